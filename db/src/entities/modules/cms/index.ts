export * from './site';
export * from './page';
export * from './revision';
export * from './media';
export * from './page-view-day';
