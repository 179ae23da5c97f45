export * from './public-holidays';
export * from './employee-csv';
