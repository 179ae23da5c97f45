import { currencies, isCurrency } from '@atrium/core';
import { answer } from '#lib/server/api-client';
import { textField } from '#lib/server/form-data';
import { done, financePath, problem, pageProblem, refused } from '../finance.server';
import type { Actions, PageServerLoad } from './$types';

/** The bank accounts, and their latest transactions with the claims each payment may be. */
export const load: PageServerLoad = async (event) => {
  const path = financePath(event.params.company);
  const unmatched = event.url.searchParams.get('unmatched') === 'true';
  const [accounts, transactions] = await Promise.all([
    answer(event.locals.api.GET('/api/companies/{companyId}/modules/finance/bank-accounts', { params: { path } })),
    answer(event.locals.api.GET('/api/companies/{companyId}/modules/finance/transactions', { params: { path, query: { limit: 100, ...(unmatched ? { unmatched: 'true' as const } : {}) } } })),
  ]);
  if (!accounts.ok) return { accounts: [], transactions: [], total: 0, unmatched, problem: pageProblem(accounts) };
  return { accounts: accounts.data.accounts, transactions: transactions.ok ? transactions.data.transactions : [], total: transactions.ok ? transactions.data.total : 0, unmatched, problem: null };
};

const transactionPath = (company: string, transactionId: string) => ({ params: { path: { ...financePath(company), transactionId } } });

export const actions: Actions = {
  addAccount: async (event) => {
    const form = await event.request.formData();
    const currency = textField(form, 'currency');
    const lastFour = textField(form, 'lastFour');
    if (!isCurrency(currency)) return problem(`Choose the currency: ${currencies.join(', ')}.`);
    const added = await answer(event.locals.api.POST('/api/companies/{companyId}/modules/finance/bank-accounts', { params: { path: financePath(event.params.company) }, body: { name: textField(form, 'name'), currency, lastFour: lastFour || null } }));
    if (!added.ok) return refused(added);
    return done(`${added.data.name} added. Import a statement to fill it.`);
  },
  categorise: async (event) => {
    const form = await event.request.formData();
    const transactionId = textField(form, 'transactionId');
    const category = textField(form, 'category');
    const saved = await answer(event.locals.api.PATCH('/api/companies/{companyId}/modules/finance/transactions/{transactionId}', { ...transactionPath(event.params.company, transactionId), body: { category: category || null } }));
    if (!saved.ok) return refused(saved, transactionId);
    return done(category ? `Categorised as ${category}.` : 'Category removed: it stays out of the profit and loss.', transactionId);
  },
  match: async (event) => {
    const form = await event.request.formData();
    const transactionId = textField(form, 'transactionId');
    const matched = await answer(event.locals.api.POST('/api/companies/{companyId}/modules/finance/transactions/{transactionId}/match', { ...transactionPath(event.params.company, transactionId), body: { claimId: textField(form, 'claimId') } }));
    if (!matched.ok) return refused(matched, transactionId);
    return done(`Matched to the claim at ${matched.data.matchedClaimMerchant}.`, transactionId);
  },
  unmatch: async (event) => {
    const form = await event.request.formData();
    const transactionId = textField(form, 'transactionId');
    const unmatched = await answer(event.locals.api.DELETE('/api/companies/{companyId}/modules/finance/transactions/{transactionId}/match', transactionPath(event.params.company, transactionId)));
    if (!unmatched.ok) return refused(unmatched, transactionId);
    return done('Match undone.', transactionId);
  },
};
