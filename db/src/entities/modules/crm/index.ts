export * from './organization';
export * from './contact';
export * from './deal';
export * from './activity';
export * from './task';
