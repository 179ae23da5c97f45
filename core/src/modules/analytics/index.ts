// Analytics' pure parts: the metric catalogue, date ranges and buckets, figures, schemas.
export * from './metrics';
export * from './date-ranges';
export * from './figures';
export * from './report-period';
export * from './format-figure';
export * from './schemas';
export * from './analytics-kit';
