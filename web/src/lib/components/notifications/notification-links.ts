import type { Schemas } from '#lib/api';

export type CompanyNotification = Schemas['Notification'];
export type NotificationCategory = CompanyNotification['category'];

/**
 * Where a notice leads in the dashboard, below the company: billing notices to Billing,
 * a module's to the module (or the marketplace when it is gone), the rest nowhere.
 */
export function noticePath(notice: Pick<CompanyNotification, 'category' | 'module' | 'kind'>): string | null {
  switch (notice.category) {
    case 'billing_failure':
    case 'billing':
    case 'subscription':
      return 'billing';
    case 'modules':
    case 'trial':
    case 'usage':
    case 'module_updates':
    case 'module_activity':
      if (!notice.module) return notice.category === 'usage' ? 'billing' : 'marketplace';
      return notice.kind === 'module_removed' ? `marketplace/${notice.module}` : `modules/${notice.module}`;
    default:
      return null;
  }
}
