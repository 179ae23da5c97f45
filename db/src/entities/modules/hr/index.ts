export * from './employee';
export * from './leave-request';
