import type { DateRange, Entitlements, MetricFacts, MetricKey } from '@atrium/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { atriumSpend } from './billing-metrics';
import { pageViews } from './cms-page-views';
import { openPipeline, revenueWon } from './crm-metrics';
import { profitAndLossByMonth, spendByCategory } from './finance-metrics';
import { absenceDays, headcount } from './hr-metrics';
import { overdueTasks, tasksDone } from './projects-metrics';
import { firstResponseMinutes, slaBreaches, ticketVolume } from './support-metrics';

/** One query per metric, over the range (the previous period included); money in the company's currency only. */
export function metricFacts(em: EntityManager, metric: MetricKey, range: DateRange, entitlements: Entitlements): Promise<MetricFacts> {
  const currency = entitlements.currency;
  switch (metric) {
    case 'revenue_won':
      return revenueWon(em, range, currency);
    case 'open_pipeline':
      return openPipeline(em, range, currency);
    case 'headcount':
      return headcount(em);
    case 'absence_days':
      return absenceDays(em, range);
    case 'spend_by_category':
      return spendByCategory(em, range, currency);
    case 'profit_and_loss':
      return profitAndLossByMonth(em, range, currency, entitlements.usableModules.includes('crm'));
    case 'tasks_done':
      return tasksDone(em, range);
    case 'overdue_tasks':
      return overdueTasks(em);
    case 'ticket_volume':
      return ticketVolume(em, range);
    case 'first_response_time':
      return firstResponseMinutes(em, range);
    case 'sla_breaches':
      return slaBreaches(em, range);
    case 'page_views':
      return pageViews(em, range);
    case 'atrium_spend':
      return atriumSpend(em, range, currency);
  }
}
