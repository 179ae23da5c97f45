import type { ModuleKit } from '../kit/module-kit';

/** Analytics in the module kit: what its purge deletes (children first) and how its limits are counted. */
export const analyticsKit: ModuleKit = {
  module: 'analytics',
  tables: ['analytics_report_run', 'analytics_report', 'analytics_widget', 'analytics_dashboard'],
  usage: {
    // The company's own dashboards; the provisioned defaults come with the module.
    dashboards: { table: 'analytics_dashboard', where: 'not provisioned' },
    // A limit on how far back a range may reach, checked per query rather than counted.
    historyMonths: { constant: 0 },
    scheduledReports: { table: 'analytics_report' },
  },
};
