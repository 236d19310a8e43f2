// The panel's lazy chunk: the virtualizer, its flow layout, and a sweep of the markers lit-html leaks.
export { virtualize, virtualizerRef } from '@lit-labs/virtualizer/virtualize.js';
// Passed to virtualize() explicitly: by default the virtualizer fetches it with a request of its own.
export { flow } from '@lit-labs/virtualizer/layouts/flow.js';

/** How many leaked markers may gather before they are removed. */
const ORPHANS_PER_SWEEP = 64;

const isEmptyComment = (node: Node | null): boolean =>
  node?.nodeType === Node.COMMENT_NODE && (node as Comment).data === '';

/**
 * Removes, from `host` (the element the `virtualize()` directive renders into), the markers that
 * lit-html 3.3.1 to 3.3.3 leave behind: each `repeat()` item it removes leaves its end marker, an
 * empty comment, in the DOM (lit/lit#5298). The virtualizer walks the host's children several
 * times a frame, so scrolling grew slower the further it went: on 10,000 tickets, frames near the
 * end took twice as long as near the start, and one in a hundred took over 50 ms.
 *
 * Each row renders exactly one element between its two markers, so an empty comment with no
 * element beside it belongs to no row. Once lit-html removes both markers, none are left to find.
 * Returns the function that stops watching.
 */
export function sweepLeakedMarkers(host: HTMLElement): () => void {
  const observer = new MutationObserver((records) => {
    const rowsRemoved = records.some((record) =>
      [...record.removedNodes].some((node) => node instanceof Element),
    );
    // Swept in batches: each removal is a mutation the virtualizer handles with a pass of its own.
    if (!rowsRemoved || host.childNodes.length < 3 * host.children.length + ORPHANS_PER_SWEEP) return;
    const orphans = [...host.childNodes].filter(
      (node) =>
        isEmptyComment(node) &&
        !(node.previousSibling instanceof Element) &&
        !(node.nextSibling instanceof Element),
    );
    for (const orphan of orphans) orphan.remove();
  });
  observer.observe(host, { childList: true });
  return () => observer.disconnect();
}
