export * from './dashboard';
export * from './widget';
export * from './report';
