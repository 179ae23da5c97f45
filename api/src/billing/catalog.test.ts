import { describe, expect, it } from 'vitest';
import { ApiClient } from '../../test/http';

describe('GET /api/catalog', () => {
  it('serves the three plans and seven modules with integer prices in every currency, annual below twelve months', async () => {
    const { status, body } = await new ApiClient().request('GET', '/api/catalog');
    expect(status).toBe(200);
    expect(body.plans.map((plan: { key: string }) => plan.key)).toEqual(['starter', 'growth', 'scale']);
    expect(body.modules).toHaveLength(7);
    const growth = body.plans.find((plan: { key: string }) => plan.key === 'growth');
    for (const currency of ['EUR', 'USD', 'GBP']) {
      expect(Number.isInteger(growth.prices.base.monthly[currency])).toBe(true);
      expect(growth.prices.base.annual[currency]).toBeLessThan(12 * growth.prices.base.monthly[currency]);
    }
    expect(growth.prices.base.monthly.EUR).toBe(9900);
  });
});
