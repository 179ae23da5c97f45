// Analytics' reads of the other modules' tables, shared by the API (dashboards) and the worker (scheduled reports).
export { metricFigures, type FiguresRequest } from './metric-figures';
export { metricFacts } from './metric-facts';
export { companyEntitlements } from './company-entitlements';
export { provisionDefaultDashboards } from './default-dashboards';
