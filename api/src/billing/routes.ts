import { catalog } from '@atrium/core';
import { z } from 'zod';
import type { RouteRegistry } from '../http/routes';

const priceByCurrency = z.object({ EUR: z.int(), USD: z.int(), GBP: z.int() });
const cyclePrices = z.object({ monthly: priceByCurrency, annual: priceByCurrency });
const catalogView = z
  .object({
    currencies: z.array(z.object({ code: z.string(), minorUnitDigits: z.int() })),
    cycles: z.array(z.string()),
    annualMonthsCharged: z.int(),
    plans: z.array(z.object({ key: z.string(), name: z.string(), seatsIncluded: z.int(), seatLimit: z.int() }).loose()),
    modules: z.array(z.object({ key: z.string(), name: z.string(), prices: cyclePrices })),
  })
  .meta({ id: 'Catalog', description: 'Every price in integer minor units' });

export function registerBillingRoutes(registry: RouteRegistry): void {
  registry.add({
    method: 'get',
    path: '/api/catalog',
    summary: 'Plans and modules with their prices per cycle and currency',
    tags: ['billing'],
    access: 'public',
    responses: { 200: { description: 'The catalog', schema: catalogView } },
    handler: (ctx) => {
      ctx.set('cache-control', 'public, max-age=300');
      ctx.body = catalog;
    },
  });
}
