import type { Ticket } from '../../api/types.js';

// A search matches the summary too (the contract's `q`), so a result can look unrelated: the row
// shows why it matched, the words around the hit in the summary, when the subject and number do
// not show it.

const CONTEXT_BEFORE = 24;
const CONTEXT_AFTER = 48;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The hit of `query` in the ticket's summary and the words around it, if that is where it is. */
export function searchMatch(
  ticket: Pick<Ticket, 'subject' | 'number' | 'summary'>,
  query: string | undefined,
): { before: string; hit: string; after: string } | undefined {
  const words = query?.trim();
  if (!words || !ticket.summary) return undefined;
  const pattern = new RegExp(escape(words), 'iu');
  if (pattern.test(ticket.subject) || pattern.test(ticket.number)) return undefined;
  const found = pattern.exec(ticket.summary);
  if (!found) return undefined;
  const summary = ticket.summary.replace(/\s+/g, ' ');
  const at = pattern.exec(summary)!.index;
  const end = at + found[0].length;
  const start = Math.max(0, at - CONTEXT_BEFORE);
  const stop = Math.min(summary.length, end + CONTEXT_AFTER);
  return {
    // Where the summary is cut, it is cut at a space (not mid-word) and says so with an ellipsis.
    before: start > 0 ? `…${summary.slice(start, at).replace(/^\S*\s(?=\S)/, '')}` : summary.slice(0, at),
    hit: summary.slice(at, end),
    after: stop < summary.length ? `${summary.slice(end, stop).replace(/\s\S*$/, '')}…` : summary.slice(end),
  };
}
