export * from './crm-kit';
export * from './forecast';
export * from './schemas';
export * from './csv-mapping';
