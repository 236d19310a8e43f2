import type { Placement } from '@floating-ui/dom';

// Floating panels (the history's filters, the case flyout) are positioned with Floating UI, which
// is fetched the first time one opens. Positions are set through the CSSOM (element.style), never
// as style strings, so a strict CSP holds.

export interface AnchorOptions {
  placement: Placement;
  /** Gap between the anchor and the panel, in pixels. */
  offset: number;
  /** The panel never gets shorter than this, even with little room. */
  minBlockSize: number;
  /** Also limit the panel's width to the room there is (for panels wider than a small screen). */
  fitInline?: boolean;
  /** The anchor left the page (a virtualized row scrolled away): the panel has nothing to follow. */
  onDetached?(): void;
}

/**
 * Keeps `floating` next to `anchor` (flipping to the other side and shifting along it to stay on
 * screen, and shrinking to the room there is) until the returned function is called.
 */
export async function anchorTo(
  anchor: Element,
  floating: HTMLElement,
  options: AnchorOptions,
): Promise<() => void> {
  const { autoUpdate, computePosition, flip, offset, shift, size } = await import('@floating-ui/dom');
  return autoUpdate(anchor, floating, () => {
    if (!anchor.isConnected) {
      options.onDetached?.();
      return;
    }
    void computePosition(anchor, floating, {
      strategy: 'fixed',
      placement: options.placement,
      middleware: [
        offset(options.offset),
        flip({ padding: 8 }),
        shift({ padding: 8 }),
        size({
          padding: 8,
          apply: ({ availableHeight, availableWidth }) => {
            floating.style.setProperty(
              'max-block-size',
              `${Math.max(options.minBlockSize, availableHeight)}px`,
            );
            if (options.fitInline) floating.style.setProperty('max-inline-size', `${availableWidth}px`);
          },
        }),
      ],
    }).then(({ x, y }) => {
      floating.style.left = `${x}px`;
      floating.style.top = `${y}px`;
    });
  });
}
