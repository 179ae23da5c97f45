import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { offlineOpenApiDocument } from '../../api/src/openapi/offline-document';

/**
 * The dashboard's API types, generated from the OpenAPI document the API's route registry
 * builds (in-process: no server needed). `npm run -w web generate:api` writes them; the
 * contract test regenerates them and fails when the committed file differs, so a renamed
 * response field reaches the pages as a svelte-check error.
 */

export const schemaFile = fileURLToPath(new URL('../src/lib/api/schema.d.ts', import.meta.url));

const header = `/**
 * Generated from the API's OpenAPI document by \`npm run -w web generate:api\`
 * (web/scripts/generate-api-schema.ts). Do not edit: change the response schema in \`core\`.
 */

`;

export async function generateApiSchema(): Promise<string> {
  const document = offlineOpenApiDocument();
  const ast = await openapiTS(JSON.parse(JSON.stringify(document)), { alphabetize: true, silent: true });
  return header + astToString(ast);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  writeFileSync(schemaFile, await generateApiSchema());
  console.log(`Wrote ${path.relative(process.cwd(), schemaFile)}`);
}
