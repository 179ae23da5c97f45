import { describe, expect, it } from 'vitest';
import { currencyLockedMessage } from '@atrium/core';
import { signUpCompany } from '../../test/http';

describe('the company currency', () => {
  it('follows the profile until the first invoice, then stays, and every view says the same one', async () => {
    const { api, companyId } = await signUpCompany('currency');
    const company = (path = '') => `/api/companies/${companyId}${path}`;
    const currencies = async () => {
      const [view, marketplace, billing] = await Promise.all([
        api.request('GET', company()),
        api.request('GET', company('/marketplace')),
        api.request('GET', company('/billing')),
      ]);
      return [view.body.profile.currency, marketplace.body.modules[0].prices.monthly.currency, billing.body.subscription.currency];
    };

    expect(await currencies()).toEqual(['EUR', 'EUR', 'EUR']);
    expect((await api.request('PATCH', company('/profile'), { currency: 'USD' })).status).toBe(200);
    expect(await currencies()).toEqual(['USD', 'USD', 'USD']);

    // The first invoice: a module bought in dollars.
    await api.request('POST', company('/billing/payment-methods'), { number: '4242424242424242', expMonth: 12, expYear: 2040, cvc: '123' });
    const bought = await api.request('POST', company('/marketplace/crm/purchase'));
    expect(bought.body.invoice.total.currency).toBe('USD');

    const refused = await api.request('PATCH', company('/profile'), { currency: 'GBP', legalName: 'Currency Ltd' });
    expect(refused).toMatchObject({ status: 409, body: { error: 'currency_locked', message: currencyLockedMessage } });
    expect(await currencies()).toEqual(['USD', 'USD', 'USD']);
    const view = (await api.request('GET', company())).body;
    expect([view.profile.currencyLocked, view.profile.legalName]).toEqual([true, '']);
  });
});
