import type { FieldError } from '../src/api/errors.js';
import type { Page } from '../src/api/types.js';

// What the mock backend's stores answer: a value, or a problem the handlers send as problem+json;
// and the paging and filtering every list shares.

export type Outcome<T> =
  | { ok: true; value: T; etag?: string }
  | {
      ok: false;
      status: number;
      title: string;
      detail?: string;
      errors?: FieldError[];
      current?: unknown;
      etag?: string;
    };

export const fail = (
  status: number,
  title: string,
  detail?: string,
  extra: Partial<Extract<Outcome<never>, { ok: false }>> = {},
) => ({ ok: false, status, title, detail, ...extra }) as const;

/** A list filter: no values match everything, else the value must be one of them. */
export function anyOf(values: string[] | undefined, value: string | null | undefined): boolean {
  return !values?.length || values.includes(value ?? '');
}

export function encodeCursor(offset: number): string {
  return btoa(`o:${offset}`);
}
export function decodeCursor(cursor: string | null | undefined): number | undefined {
  if (!cursor) return 0;
  try {
    const match = /^o:(\d+)$/.exec(atob(cursor));
    return match ? Number(match[1]) : undefined;
  } catch {
    return undefined;
  }
}

export function paginate<T>(items: T[], cursor: string | null | undefined, limit: number): Outcome<Page<T>> {
  const offset = decodeCursor(cursor);
  if (offset === undefined) return fail(400, 'Invalid cursor', 'The cursor is not one this server issued.');
  const size = Math.min(Math.max(limit || 25, 1), 200);
  const slice = items.slice(offset, offset + size);
  const next = offset + size < items.length ? encodeCursor(offset + size) : null;
  return { ok: true, value: { items: slice, nextCursor: next } };
}
