// A workaround for a lit-html leak in lists rendered with repeat(); delete once lit-html fixes it.

/** How many leaked markers may gather before they are removed. */
const ORPHANS_PER_SWEEP = 64;

const isEmptyComment = (node: Node | null): boolean =>
  node?.nodeType === Node.COMMENT_NODE && (node as Comment).data === '';

/**
 * The empty comments in `list` that mark no item. Between two items lie the first one's end marker
 * and the next one's start marker; before the first item, the list's own marker (an empty comment
 * too when `list` is a render() container): of each run of empty comments between elements, all
 * but the first and the last.
 */
function leakedMarkers(list: HTMLElement): ChildNode[] {
  const leaked: ChildNode[] = [];
  let run: ChildNode[] = [];
  for (const node of list.childNodes) {
    if (isEmptyComment(node)) {
      run.push(node);
    } else if (node instanceof Element) {
      leaked.push(...run.slice(1, -1));
      run = [];
    }
  }
  return [...leaked, ...run.slice(1, -1)];
}

/**
 * Removes, from `list` (an element whose children a `repeat()` renders, each item exactly one
 * element), the markers that lit-html 3.3.1 to 3.3.3 leave behind: each item `repeat()` removes
 * leaves its end marker, an empty comment, in the DOM (lit/lit#5298). In a virtualized list they
 * pile up one per row scrolled past, and the virtualizer walks the list's children several times a
 * frame: scrolling 10,000 tickets, frames near the end took twice as long as near the start.
 *
 * An item is one element between its two markers, so any further empty comments between two
 * items belong to none. Once lit-html removes both markers, none are left to find. Returns the
 * function that stops watching.
 */
export function sweepLeakedMarkers(list: HTMLElement): () => void {
  const observer = new MutationObserver((records) => {
    const itemsRemoved = records.some((record) =>
      [...record.removedNodes].some((node) => node instanceof Element),
    );
    // Swept in batches: each removal is a mutation a virtualizer handles with a pass of its own.
    if (!itemsRemoved || list.childNodes.length < 3 * list.children.length + ORPHANS_PER_SWEEP) return;
    for (const orphan of leakedMarkers(list)) orphan.remove();
  });
  observer.observe(list, { childList: true });
  return () => observer.disconnect();
}
