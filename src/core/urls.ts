// Untrusted URLs (from the host API) go through here before they reach an href or src: only the
// schemes named are let through, so `javascript:`, `data:` and the like can never run.

const WEB = ['http:', 'https:'];

/**
 * The URL, resolved against the page, if its scheme is allowed (http and https by default, which
 * also covers same-origin relative URLs); otherwise undefined.
 */
export function safeUrl(
  value: string | null | undefined,
  schemes: readonly string[] = WEB,
): string | undefined {
  if (!value) return undefined;
  // Control characters and whitespace inside a scheme are how filters get tricked ("java\tscript:").
  const trimmed = value.trim();
  // eslint-disable-next-line no-control-regex -- refusing control characters is the point
  if (/[\u0000-\u001F\u007F]/.test(trimmed)) return undefined;
  try {
    const url = new URL(trimmed, document.baseURI);
    return schemes.includes(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** A `mailto:` or `tel:` link whose address cannot smuggle headers or extra parameters in. */
export function contactUrl(kind: 'email' | 'phone', address: string): string | undefined {
  const value = address.trim();
  if (kind === 'email') {
    if (!/^[^\s@?&#:/\\<>"]+@[^\s@?&#:/\\<>"]+\.[^\s@?&#:/\\<>"]+$/.test(value)) return undefined;
    return `mailto:${encodeURIComponent(value).replace('%40', '@')}`;
  }
  const digits = value.replace(/[\s().-]/g, '');
  return /^\+?[0-9]{3,20}$/.test(digits) ? `tel:${digits}` : undefined;
}
