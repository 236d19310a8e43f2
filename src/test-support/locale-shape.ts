/** Every key path of a strings object; a function is written with its argument count. */
export function shape(messages: object, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) => {
    const path = `${prefix}${key}`;
    if (typeof value === 'function') return [`${path}(${(value as () => string).length})`];
    if (value && typeof value === 'object') return shape(value as object, `${path}.`);
    return [path];
  });
}

/** Every plain string in a strings object. */
export function strings(messages: object): string[] {
  return Object.values(messages).flatMap((value) =>
    typeof value === 'string' ? [value] : value && typeof value === 'object' ? strings(value as object) : [],
  );
}
