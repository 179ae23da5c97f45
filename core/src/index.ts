export * from './auth/schemas';
export * from './company/roles';
export * from './company/schemas';
export * from './company/slug';
export * from './onboarding/checklist';
export * from './onboarding/schemas';
export * from './api/errors';
