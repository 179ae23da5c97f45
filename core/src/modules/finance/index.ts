// Finance's pure rules and schemas. The statement CSV reader lives in `./server`.
export * from './claim-rules';
export * from './claim-matching';
export * from './profit-and-loss';
export * from './schemas';
export * from './finance-kit';
