export * from './project';
export * from './task';
export * from './checklist-item';
export * from './comment';
export * from './milestone';
export * from './guest';
