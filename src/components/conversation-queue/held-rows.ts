/**
 * A live list that does not move under the agent. While they work in it (focus in the list,
 * scrolled down, rows selected), rows keep their places: a row the server changed shows its new
 * data where it is, a row that left the view stays until the agent lets go, and conversations that
 * arrived are held back and counted ("3 new conversations", with a button to show them), as a feed
 * does. Rows of a page the agent asked for (scrolling, "Load more") join at once, below. When the
 * agent is not working in the list, it follows the server as it is.
 */
export class HeldRows<Row extends { id: string }> {
  private shown: Row[] = [];
  private key?: string;
  private fresh?: readonly Row[];
  private held: Row[] = [];
  /** Whether the rows shown are the server's, as they are. */
  private synced = true;
  /** Arrivals since the agent last saw the list as the server has it, for the announcement. */
  private arrivedSinceSaid = 0;

  private pages = 0;

  /**
   * The rows to render for the view `key`, given the server's rows, how many pages they fill, and
   * whether to hold.
   */
  rows(key: string, fresh: readonly Row[], pages: number, hold: boolean): Row[] {
    const paged = pages > this.pages;
    this.pages = pages;
    const sameView = key === this.key && this.fresh !== undefined;
    if (sameView && fresh === this.fresh && (hold || this.synced)) return this.shown;
    if (!sameView || !hold) {
      if (sameView) this.arrivedSinceSaid += this.arrivals([...this.shown, ...this.held], fresh);
      this.key = key;
      this.fresh = fresh;
      this.shown = [...fresh];
      this.held = [];
      this.synced = true;
      return this.shown;
    }
    this.fresh = fresh;
    this.synced = false;
    const byId = new Map(fresh.map((row) => [row.id, row]));
    const shownIds = new Set(this.shown.map((row) => row.id));
    // A page the agent asked for adds rows below the last one shown; anything else new arrived.
    let lastShown = -1;
    fresh.forEach((row, index) => {
      if (shownIds.has(row.id)) lastShown = index;
    });
    const wasHeld = new Set(this.held.map((row) => row.id));
    const unseen = fresh.map((row, index) => [row, index] as const).filter(([row]) => !shownIds.has(row.id));
    const appended = paged ? unseen.filter(([, index]) => index > lastShown).map(([row]) => row) : [];
    const joined = new Set(appended.map((row) => row.id));
    this.held = unseen.map(([row]) => row).filter((row) => !joined.has(row.id));
    this.shown = [...this.shown.map((row) => byId.get(row.id) ?? row), ...appended];
    this.arrivedSinceSaid += this.held.filter((row) => !wasHeld.has(row.id)).length;
    return this.shown;
  }

  /** Conversations that arrived above while the agent worked, not shown yet. */
  get heldBack(): number {
    return this.held.length;
  }

  /** Shows the list as the server has it (the rows held back included) at the next render. */
  release(): void {
    this.held = [];
    this.fresh = undefined;
  }

  /** How many arrived since last asked (and resets): what to announce. */
  takeArrivals(): number {
    const count = this.arrivedSinceSaid;
    this.arrivedSinceSaid = 0;
    return count;
  }

  /** How many rows of `next` the agent has not seen: above the first they had, and not theirs. */
  private arrivals(seen: readonly Row[], next: readonly Row[]): number {
    const known = new Set(seen.map((row) => row.id));
    const firstKnown = next.findIndex((row) => known.has(row.id));
    return next.slice(0, Math.max(firstKnown, 0)).filter((row) => !known.has(row.id)).length;
  }
}
