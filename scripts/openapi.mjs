// `npm run openapi` writes openapi.json from the runtime schemas; `npm run openapi -- --check`
// fails when the committed file is stale, and in both cases the document is validated against
// the OpenAPI 3.1 schema (offline).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { Validator } from '@seriousme/openapi-schema-validator';
import { loadTypeScript } from './load-ts.mjs';

const { buildOpenApiDocument } = await loadTypeScript('src/api/openapi.ts', 'openapi');
const text = `${JSON.stringify(buildOpenApiDocument(), null, 2)}\n`;

const validator = new Validator();
const result = await validator.validate(JSON.parse(text));
if (!result.valid) {
  console.error('openapi.json is not a valid OpenAPI 3.1 document:', JSON.stringify(result.errors, null, 2));
  process.exit(1);
}

if (process.argv.includes('--check')) {
  const committed = existsSync('openapi.json') ? readFileSync('openapi.json', 'utf8') : '';
  if (committed !== text) {
    console.error('openapi.json is stale: run `npm run openapi` and commit the result.');
    process.exit(1);
  }
  console.log(`openapi.json is up to date and valid OpenAPI ${validator.version}.`);
} else {
  writeFileSync('openapi.json', text);
  console.log(`wrote openapi.json (valid OpenAPI ${validator.version}).`);
}
