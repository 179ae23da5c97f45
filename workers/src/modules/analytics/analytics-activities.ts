import type { Mailer, MikroORM } from '@atrium/db';
import type { AnalyticsActivities } from '@atrium/workflows';
import { mailAnalyticsReport } from './report-mail';
import { computeAnalyticsReport } from './report-summary';

export function createAnalyticsActivities({ orm, mailer }: { orm: MikroORM; mailer: Mailer }): AnalyticsActivities {
  return { computeAnalyticsReport: computeAnalyticsReport(orm), mailAnalyticsReport: mailAnalyticsReport(orm, mailer) };
}
