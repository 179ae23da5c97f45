export * from './module-trial';
export * from './module-installation';
export * from './module-setting';
