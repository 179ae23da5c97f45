export * from './ticket';
export * from './message';
export * from './saved-reply';
