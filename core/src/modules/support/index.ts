// Support desk's pure rules and schemas (the SMTP listener and its parser live in the api).
export * from './sla-clock';
export * from './schemas';
export * from './support-kit';
export * from './support-address';
