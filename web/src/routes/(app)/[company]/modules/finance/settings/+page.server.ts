import { abilityFor } from '#lib/permissions';
import { error } from '@sveltejs/kit';
import { answer } from '#lib/server/api-client';
import { textField } from '#lib/server/form-data';
import { parseAmount } from '#lib/components/crm/format';
import { done, financePath, problem, refused } from '../finance.server';
import type { Actions, PageServerLoad } from './$types';

/** Who approves claims when HR names no manager, the threshold for finance's approval, and the categories. */
export const load: PageServerLoad = async (event) => {
  const { company } = await event.parent();
  const ability = abilityFor(company.rules);
  if (!ability.can('manage', 'finance')) error(403, 'Approval settings are for finance managers.', { code: 'forbidden' });
  const path = { params: { path: financePath(event.params.company) } };
  const [settings, categories, members] = await Promise.all([
    answer(event.locals.api.GET('/api/companies/{companyId}/modules/finance/settings', path)),
    answer(event.locals.api.GET('/api/companies/{companyId}/modules/finance/categories', path)),
    answer(event.locals.api.GET('/api/companies/{companyId}/members', path)),
  ]);
  if (!settings.ok) error(settings.status, settings.problem.message);
  return {
    settings: settings.data,
    categories: categories.ok ? categories.data.categories : [],
    members: members.ok ? members.data.members.map((member) => ({ userId: member.userId, name: member.name || member.email })) : [],
  };
};

export const actions: Actions = {
  approvals: async (event) => {
    const form = await event.request.formData();
    const typed = textField(form, 'threshold');
    const threshold = typed ? parseAmount(typed, 'EUR') : null;
    if (typed && threshold === null) return problem('Give the threshold as an amount, like 500.00, or leave it empty.');
    const saved = await answer(
      event.locals.api.PUT('/api/companies/{companyId}/modules/finance/settings', { params: { path: financePath(event.params.company) }, body: { approverUserId: textField(form, 'approverUserId') || null, approvalThresholdMinor: threshold } }),
    );
    if (!saved.ok) return refused(saved);
    return done('Approval settings saved.');
  },
  category: async (event) => {
    const form = await event.request.formData();
    const added = await answer(event.locals.api.POST('/api/companies/{companyId}/modules/finance/categories', { params: { path: financePath(event.params.company) }, body: { name: textField(form, 'name') } }));
    if (!added.ok) return refused(added);
    return done(`${added.data.name} added.`);
  },
};
