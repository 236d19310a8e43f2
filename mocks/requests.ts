import { HttpResponse } from 'msw';
import * as v from 'valibot';

// What the mock server accepts, checked with the contract's own schemas (src/api/schemas.ts, from
// which openapi.json is generated): a query that breaks them is a 400, a body a 422, each naming
// every field that is wrong, as a real server following the contract answers.

const PROBLEM_HEADERS = { 'Content-Type': 'application/problem+json' };

export function problem(
  status: number,
  title: string,
  extra: Record<string, unknown> = {},
  headers: Record<string, string> = {},
) {
  return HttpResponse.json(
    { type: 'about:blank', title, status, ...extra },
    { status, headers: { ...PROBLEM_HEADERS, ...headers } },
  );
}

export type Checked<T> = { ok: true; value: T } | { ok: false; response: Response };

type ObjectSchema = v.ObjectSchema<v.ObjectEntries, undefined>;

function fieldErrors(issues: v.BaseIssue<unknown>[], fallback: string) {
  return issues.map((issue) => ({ field: v.getDotPath(issue) ?? fallback, message: issue.message }));
}

/** The base type a query parameter is read as: repeated (array), a number, or text. */
function kindOf(entry: v.GenericSchema): string {
  const inner =
    entry.type === 'optional' ? (entry as unknown as { wrapped: v.GenericSchema }).wrapped : entry;
  return inner.type;
}

/** The query of `url` read as `schema` says (arrays from repeated parameters, numbers parsed). */
export function checkQuery<S extends ObjectSchema>(schema: S, url: URL): Checked<v.InferOutput<S>> {
  const params = url.searchParams;
  const raw: Record<string, unknown> = {};
  for (const [name, entry] of Object.entries(schema.entries)) {
    if (!params.has(name)) continue;
    const kind = kindOf(entry);
    if (kind === 'array') raw[name] = params.getAll(name).filter(Boolean);
    else if (kind === 'number') raw[name] = params.get(name) === '' ? undefined : Number(params.get(name));
    else raw[name] = params.get(name);
  }
  const result = v.safeParse(schema, raw);
  if (result.success) return { ok: true, value: result.output };
  return {
    ok: false,
    response: problem(400, 'Some query parameters are not valid', {
      errors: fieldErrors(result.issues, 'query'),
    }),
  };
}

/** The JSON body of `request` as `schema` says: 400 when it is not JSON, 422 when it breaks the schema. */
export async function checkBody<S extends v.GenericSchema>(
  schema: S,
  request: Request,
): Promise<Checked<v.InferOutput<S>>> {
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return { ok: false, response: problem(400, 'The request body is not valid JSON') };
  }
  const result = v.safeParse(schema, body);
  if (result.success) return { ok: true, value: result.output };
  return {
    ok: false,
    response: problem(422, 'Some fields are not valid', { errors: fieldErrors(result.issues, 'body') }),
  };
}
