import { toJsonSchema } from '@valibot/to-json-schema';
import type * as v from 'valibot';

// The pieces every part of the OpenAPI document is made of (openapi.ts and the files beside it),
// typed by the names of the document's component schemas.

export function openApiParts<SchemaName extends string>() {
  const ref = (name: SchemaName | 'Problem') => ({ $ref: `#/components/schemas/${name}` });
  const json = (name: SchemaName) => ({ 'application/json': { schema: ref(name) } });
  const problemResponse = (description: string) => ({
    description,
    content: { 'application/problem+json': { schema: ref('Problem') } },
  });
  const ok = (name: SchemaName, description = 'OK', headers?: object) => ({
    description,
    content: json(name),
    ...(headers ? { headers } : {}),
  });
  const errors = {
    default: problemResponse('An error, as RFC 9457 problem details.'),
  };
  const pathId = (name: string, description: string) => ({
    name,
    in: 'path',
    required: true,
    schema: { type: 'string' },
    description,
  });
  return { ref, json, problemResponse, ok, errors, pathId, queryParameters };
}

/** An operation's query parameters, from the schema the mock server validates the query with. */
export function queryParameters(schema: v.ObjectSchema<v.ObjectEntries, undefined>): object[] {
  return Object.entries(schema.entries).map(([name, entry]) => {
    const optional = entry.type === 'optional';
    const inner = optional ? (entry as unknown as { wrapped: v.GenericSchema }).wrapped : entry;
    const fallback = optional ? (entry as unknown as { default?: unknown }).default : undefined;
    const {
      description,
      $schema: _,
      ...json
    } = toJsonSchema(inner, { target: 'draft-2020-12' }) as Record<string, unknown>;
    return {
      name,
      in: 'query',
      required: !optional,
      schema: fallback === undefined ? json : { ...json, default: fallback },
      description,
      ...(json.type === 'array' ? { style: 'form', explode: true } : {}),
    };
  });
}
