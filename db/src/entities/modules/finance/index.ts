export * from './expense-claim';
export * from './receipt';
export * from './bank-account';
export * from './bank-transaction';
