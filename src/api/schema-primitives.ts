import * as v from 'valibot';

// The building blocks of the contract's schemas (schemas.ts and the files beside it): identifiers,
// timestamps, open enums, pages, and the pieces of request queries.

/** One of `values`, or any other string a newer server may send. */
export function openEnum<const T extends readonly [string, ...string[]]>(values: T, description: string) {
  return v.pipe(v.union([v.picklist(values), v.string()]), v.description(description));
}

export const Id = v.pipe(v.string(), v.minLength(1), v.description('Opaque identifier.'));
export const Timestamp = v.pipe(v.string(), v.isoTimestamp(), v.description('ISO 8601 timestamp, UTC.'));
export const Count = v.pipe(v.number(), v.integer(), v.minValue(0));

const pageItems = new WeakMap<v.GenericSchema, v.GenericSchema>();

/** The item schema of a page schema made by `pageOf`; undefined for any other schema. */
export function pageItemSchema(schema: v.GenericSchema): v.GenericSchema | undefined {
  return pageItems.get(schema);
}

/**
 * A page of a cursor-paged list; no `nextCursor` on the last page. The REST data source validates
 * its items one by one, so one broken item leaves out only itself.
 */
export function pageOf<TItem extends v.GenericSchema>(item: TItem) {
  const page = v.object({
    items: v.array(item),
    nextCursor: v.nullish(v.pipe(v.string(), v.description('Pass as `cursor` to get the next page.'))),
  });
  pageItems.set(page, item);
  return page;
}

/** A page that also says how many items match in all (lists a grid pages through with a total). */
export function countedPageOf<TItem extends v.GenericSchema>(item: TItem) {
  const page = v.object({
    items: v.array(item),
    nextCursor: v.nullish(v.pipe(v.string(), v.description('Pass as `cursor` to get the next page.'))),
    total: v.nullish(v.pipe(Count, v.description('How many items match the filters, on every page.'))),
  });
  pageItems.set(page, item);
  return page;
}

// ---- pieces of request queries (as a server reads them: a repeated parameter is an array, a
// number is parsed). Filters on open enums accept any string. ----

export const many = (item: v.GenericSchema<string>, description: string) =>
  v.optional(
    v.pipe(
      v.array(item),
      v.description(`${description} Repeat the parameter for several values (any of them matches).`),
    ),
  );
export const text = (description: string) => v.optional(v.pipe(v.string(), v.description(description)));
export const DateOrTime = v.pipe(
  v.string(),
  v.regex(/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/, 'Expected an ISO 8601 date or date-time.'),
);

/** Page size and position, on every list. */
export const PageQuerySchema = v.object({
  cursor: text('The `nextCursor` of the previous page.'),
  limit: v.optional(
    v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(200), v.description('Page size (1–200).')),
  ),
});
