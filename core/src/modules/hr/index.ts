// HR's pure rules and schemas. Public holidays and the CSV reader live in `./server`
// (large data, a parser), which the workflow bundle must not carry.
export * from './calendar-dates';
export * from './working-days';
export * from './leave-balance';
export * from './leave-rules';
export * from './org-chart';
export * from './schemas';
export * from './hr-kit';
