export { ModuleUpdate, type ModuleUpdateEntity } from './module-update';
