import { z } from 'zod';
import { moduleKeys } from '../modules/catalog';
import { currency, dunningView, moneyView, subscriptionStatus } from '../billing/views';
import { usableModuleStateView } from '../entitlements/views';
import { notificationView } from '../notifications/views';

export const overviewModuleView = z
  .object({ key: z.enum(moduleKeys), name: z.string(), state: usableModuleStateView })
  .meta({ id: 'OverviewModule', description: 'A module the company can use now: paid, in trial, or read-only' });

export const overviewView = z
  .object({
    modules: z.array(overviewModuleView),
    /** `paid` and `limit` are null for people who cannot read billing. */
    seats: z.object({ used: z.int(), paid: z.int().nullable(), limit: z.int().nullable() }),
    /** Null for people who cannot read billing: they see no money at all. */
    billing: z
      .object({
        status: subscriptionStatus,
        planName: z.string(),
        nextCharge: z.object({ amount: moneyView, on: z.string() }).nullable(),
        dunning: dunningView.nullable(),
        /** Oldest first; `month` is YYYY-MM. */
        spendByMonth: z.array(z.object({ month: z.string(), amount: z.int(), currency })),
      })
      .nullable(),
    /** The latest five, newest first. */
    notifications: z.array(notificationView),
  })
  .meta({ id: 'CompanyOverview' });
