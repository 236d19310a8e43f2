import DOMPurify from 'dompurify';
import { safeUrl } from './urls.js';

// Rich text from the host API (HTML email bodies, notes) is sanitized with DOMPurify against an
// allowlist and returned as DOM nodes, never as a string for innerHTML. DOMPurify parses through its
// own Trusted Types policy ("dompurify"), so this works on pages that enforce Trusted Types.

const ALLOWED_TAGS = [
  'a',
  'b',
  'blockquote',
  'br',
  'code',
  'del',
  'div',
  'em',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'i',
  'img',
  'li',
  'ol',
  'p',
  'pre',
  's',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'table',
  'tbody',
  'td',
  'th',
  'thead',
  'tr',
  'u',
  'ul',
];
const ALLOWED_ATTR = ['href', 'src', 'alt', 'title', 'colspan', 'rowspan', 'target', 'rel'];

let purifier: ReturnType<typeof DOMPurify> | undefined;

function getPurifier() {
  if (purifier) return purifier;
  purifier = DOMPurify(window);
  purifier.addHook('afterSanitizeAttributes', (node) => {
    if (node instanceof HTMLAnchorElement) {
      const href = safeUrl(node.getAttribute('href'), ['http:', 'https:', 'mailto:']);
      if (href) {
        node.setAttribute('href', href);
        // Links open outside the widget, and the opened page gets no handle on ours.
        node.setAttribute('target', '_blank');
        node.setAttribute('rel', 'noopener noreferrer');
      } else {
        node.removeAttribute('href');
        node.removeAttribute('target');
      }
    }
    if (node instanceof HTMLImageElement) {
      const src = safeUrl(node.getAttribute('src'));
      if (src) node.setAttribute('src', src);
      else node.remove(); // images only over http and https
      node.setAttribute('loading', 'lazy');
      node.setAttribute('referrerpolicy', 'no-referrer');
    }
  });
  return purifier;
}

/** Sanitized DOM for untrusted HTML: allowlisted tags and attributes, safe links and images only. */
export function sanitizeHtml(html: string): DocumentFragment {
  return getPurifier().sanitize(html, {
    ALLOWED_TAGS,
    ALLOWED_ATTR,
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    RETURN_DOM_FRAGMENT: true,
  });
}

/** Plain text of untrusted HTML (for previews and search). */
export function htmlToText(html: string): string {
  return sanitizeHtml(html).textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

/** Sanitized HTML as a string, for sending to the server (reading `innerHTML` is not a sink). */
export function sanitizeHtmlToString(html: string): string {
  const container = document.createElement('div');
  container.append(sanitizeHtml(html));
  return container.innerHTML;
}
