import { announcer, type Politeness } from '../core/interactions/announcer.js';

/** How many lines the page's announcer has said so far: pass it to `announced` to look only after. */
export function announcementMark(): number {
  return announcer.saidCount;
}

/** The lines said since `mark` (all, without one). */
export function announcedSince(mark = 0, politeness?: Politeness): string[] {
  // The log keeps the last 100 lines: translate the mark (a count of all lines) into an index.
  const dropped = announcer.saidCount - announcer.said.length;
  return announcer.said
    .slice(Math.max(0, mark - dropped))
    .filter((entry) => !politeness || entry.politeness === politeness)
    .map((entry) => entry.line);
}

/** What the page's live regions hold now, as a screen reader would read them. */
export function liveRegionText(politeness: Politeness): string {
  const holder = document.querySelector('[data-cx-announcer]');
  const region = holder?.shadowRoot?.querySelector(`[data-cx-live="${politeness}"]`);
  return region?.textContent?.trim() ?? '';
}

/**
 * Waits until a line matching `pattern` is said after `since`; resolves with it. The failure names
 * what was said instead.
 */
export async function announced(
  pattern: RegExp | string,
  options: { since?: number; politeness?: Politeness; timeout?: number } = {},
): Promise<string> {
  const matches = (line: string) => (typeof pattern === 'string' ? line === pattern : pattern.test(line));
  const deadline = performance.now() + (options.timeout ?? 3000);
  for (;;) {
    const found = announcedSince(options.since ?? 0, options.politeness).find(matches);
    if (found !== undefined) return found;
    if (performance.now() > deadline) {
      throw new Error(
        `nothing said matched ${String(pattern)}; said: ${JSON.stringify(announcedSince(options.since ?? 0))}`,
      );
    }
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}
