import type { components } from './schema';

/**
 * The API's answers, by the names its OpenAPI document gives them (`schema.d.ts` is
 * generated from `core`'s zod schemas: `npm run -w web generate:api`). Pages and components
 * read these, never a hand-written copy.
 */
export type Schemas = components['schemas'];
