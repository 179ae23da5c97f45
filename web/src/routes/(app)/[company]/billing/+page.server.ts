import { error } from '@sveltejs/kit';
import { abilityFor } from '#lib/permissions';
import type { PageServerLoad } from './$types';

/** Owners and billing managers only; everyone else gets a 403 page, not an empty one. */
export const load: PageServerLoad = async ({ parent }) => {
  const { company } = await parent();
  if (!abilityFor(company.rules).can('read', 'Billing')) {
    error(403, 'Billing is for the owners and billing managers of this company.', { code: 'forbidden' });
  }
  return {};
};
