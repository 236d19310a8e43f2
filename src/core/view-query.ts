// A widget's view (its filters, sort, tab) as a URL query string, so a host can put it in its
// address bar and a supervisor's view can be deep-linked: written in a stable order, read
// leniently (what a hand-edited address cannot mean is left out, never refused).

/** Which keys a view has: repeated ones (lists) and single ones, each with what a valid value is. */
export interface ViewQuerySpec {
  lists: Readonly<Record<string, (value: string) => boolean>>;
  values: Readonly<Record<string, (value: string) => boolean>>;
}

export type ViewQueryValues = Record<string, string | readonly string[] | undefined>;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar day, `YYYY-MM-DD`, that exists. */
export const isDay = (value: string): boolean => DAY.test(value) && !Number.isNaN(Date.parse(value));

/** One of `options`. */
export const oneOf =
  (options: readonly string[]) =>
  (value: string): boolean =>
    options.includes(value);

export const anyText = (value: string): boolean => value.trim().length > 0;

/** The values as a query string, keys in the spec's order, values as given (lists repeated). */
export function writeViewQuery(spec: ViewQuerySpec, values: ViewQueryValues): string {
  const params = new URLSearchParams();
  for (const key of Object.keys(spec.values)) {
    const value = values[key];
    if (typeof value === 'string' && value) params.set(key, value);
  }
  for (const key of Object.keys(spec.lists)) {
    const list = values[key];
    if (Array.isArray(list)) for (const value of list) params.append(key, value);
  }
  return params.toString();
}

/** The values a query string holds: valid ones only, lists without repeats, text trimmed. */
export function readViewQuery(
  spec: ViewQuerySpec,
  text: string | null | undefined,
): Record<string, string | string[]> {
  const params = new URLSearchParams(text ?? '');
  const read: Record<string, string | string[]> = {};
  for (const [key, valid] of Object.entries(spec.values)) {
    const value = params.get(key)?.trim();
    if (value && valid(value)) read[key] = value;
  }
  for (const [key, valid] of Object.entries(spec.lists)) {
    const values = [...new Set(params.getAll(key).filter((value) => value && valid(value)))];
    if (values.length) read[key] = values;
  }
  return read;
}
