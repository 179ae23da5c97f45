import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateApiSchema, schemaFile } from '../web/scripts/generate-api-schema';

describe("the dashboard's API types", () => {
  it('are the ones the API documents today (run `npm run -w web generate:api` after changing a schema)', async () => {
    const committed = readFileSync(schemaFile, 'utf8');
    expect(committed === (await generateApiSchema()), 'web/src/lib/api/schema.d.ts is stale: run `npm run -w web generate:api`').toBe(true);
  }, 60_000);
});
