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

const HTML_SPACE = /[\t\n\f\r ]/;
/**
 * Elements removed whole before parsing. A `<style>` raises a CSP report wherever it is parsed; a
 * `<script>` whose end tag the parser drops (`</script x='` at the end of the input) makes Chrome
 * report a Trusted Types violation from inside the inert document DOMPurify parses into.
 */
const RAW_TEXT_REMOVED = new Set(['style', 'script']);
const ASCII_LETTER = /[a-zA-Z]/;

/**
 * Removes event-handler (`on…`) and `style` attributes and `<style>` and `<script>` elements from
 * markup before it is parsed. Nothing in them would run (DOMPurify parses into an inert document and drops them), but
 * Chrome reports a CSP violation for every such attribute the moment any document parses one, so on
 * a page with a strict policy each hostile email would flood the host's violation reports.
 *
 * It follows the HTML tokenizer where it matters: tags and their attributes (quoted values may hold
 * `>`; an attribute may follow a quote or `/` directly) and comments (ended as early as the parser
 * ends them, so a tag after a comment is never taken for comment text). Where it is unsure it removes
 * more, never less: the sanitizer is still what makes the markup safe.
 */
export function stripInlineCode(html: string): string {
  let out = '';
  let index = 0;
  while (index < html.length) {
    const open = html.indexOf('<', index);
    if (open < 0) return out + html.slice(index);
    out += html.slice(index, open);
    if (html.startsWith('<!--', open)) {
      const end = commentEnd(html, open + 4);
      out += html.slice(open, end);
      index = end;
    } else if (ASCII_LETTER.test(html[open + 1] ?? '')) {
      const tag = readTag(html, open);
      if (RAW_TEXT_REMOVED.has(tag.name)) {
        // Its content is raw text up to its end tag (`</style`, `</script`): the element goes whole,
        // or, unclosed, everything after it (the parser would read all of it as the element's text).
        const close = new RegExp(`</${tag.name}[\\t\\n\\f\\r />]`, 'i').exec(html.slice(tag.end));
        if (!close) return out;
        const closeEnd = html.indexOf('>', tag.end + close.index);
        index = closeEnd < 0 ? html.length : closeEnd + 1;
      } else {
        out += tag.text;
        index = tag.end;
      }
    } else {
      out += '<';
      index = open + 1;
    }
  }
  return out;
}

/** Where a comment whose text starts at `from` ends, as the HTML parser ends it. */
function commentEnd(html: string, from: number): number {
  if (html.startsWith('>', from)) return from + 1; // <!-->
  if (html.startsWith('->', from)) return from + 2; // <!--->
  const ends = [html.indexOf('-->', from), html.indexOf('--!>', from)].filter((at) => at >= 0);
  if (!ends.length) return html.length;
  const at = Math.min(...ends);
  return at + (html.startsWith('-->', at) ? 3 : 4);
}

/** The start tag at `open`, rewritten without its `on…` and `style` attributes. */
function readTag(html: string, open: number): { name: string; text: string; end: number } {
  let index = open + 1;
  while (index < html.length && !HTML_SPACE.test(html[index]!) && !'/>'.includes(html[index]!)) index++;
  const name = html.slice(open + 1, index).toLowerCase();
  let text = html.slice(open, index);
  while (index < html.length) {
    const char = html[index]!;
    if (char === '>') return { name, text: `${text}>`, end: index + 1 };
    if (HTML_SPACE.test(char) || char === '/') {
      text += char;
      index++;
      continue;
    }
    // An attribute: its name (a leading "=" belongs to it), then an optional value.
    const start = index;
    index++;
    while (index < html.length && !HTML_SPACE.test(html[index]!) && !'/>='.includes(html[index]!)) index++;
    const attributeName = html.slice(start, index).toLowerCase();
    let after = index;
    while (after < html.length && HTML_SPACE.test(html[after]!)) after++;
    if (html[after] === '=') {
      after++;
      while (after < html.length && HTML_SPACE.test(html[after]!)) after++;
      const quote = html[after];
      if (quote === '"' || quote === "'") {
        const close = html.indexOf(quote, after + 1);
        after = close < 0 ? html.length : close + 1;
      } else {
        while (after < html.length && !HTML_SPACE.test(html[after]!) && html[after] !== '>') after++;
      }
      index = after;
    }
    const inlineCode = attributeName.startsWith('on') || attributeName === 'style';
    text += inlineCode ? ' ' : html.slice(start, index);
  }
  return { name, text, end: html.length }; // unterminated: the parser drops it
}

/** Sanitized DOM for untrusted HTML: allowlisted tags and attributes, safe links and images only. */
export function sanitizeHtml(html: string): DocumentFragment {
  return getPurifier().sanitize(stripInlineCode(html), {
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
