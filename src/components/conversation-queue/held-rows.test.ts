import { expect } from '@open-wc/testing';
import { HeldRows } from './held-rows.js';

const rows = (...ids: string[]) => ids.map((id) => ({ id, at: 0 }));
const ids = (list: { id: string }[]) => list.map((row) => row.id);

describe('HeldRows: a live list that does not move under the agent', () => {
  it('follows the server while the agent is not working in the list', () => {
    const held = new HeldRows<{ id: string; at: number }>();
    expect(ids(held.rows('v', rows('a', 'b'), 1, false))).to.deep.equal(['a', 'b']);
    expect(ids(held.rows('v', rows('n', 'a', 'b'), 1, false))).to.deep.equal(['n', 'a', 'b']);
    expect(held.takeArrivals()).to.equal(1);
    expect(held.heldBack).to.equal(0);
  });

  it('holds arrivals, keeps rows that left and shows changed rows in place while the agent works', () => {
    const held = new HeldRows<{ id: string; at: number }>();
    held.rows('v', rows('a', 'b', 'c'), 1, true);
    const changedB = { id: 'b', at: 1 };
    const shown = held.rows(
      'v',
      [{ id: 'n1', at: 0 }, { id: 'n2', at: 0 }, { id: 'a', at: 0 }, changedB],
      1,
      true,
    );
    expect(ids(shown)).to.deep.equal(['a', 'b', 'c']);
    expect(shown[1]).to.equal(changedB);
    expect(held.heldBack).to.equal(2);
    expect(held.takeArrivals()).to.equal(2);
    // The same arrivals again (a refetch) are not announced twice.
    held.rows('v', [...rows('n1', 'n2', 'a'), changedB], 1, true);
    expect(held.takeArrivals()).to.equal(0);
    held.release();
    expect(ids(held.rows('v', [...rows('n1', 'n2', 'a'), changedB], 1, true))).to.deep.equal([
      'n1',
      'n2',
      'a',
      'b',
    ]);
    expect(held.heldBack).to.equal(0);
    expect(held.takeArrivals()).to.equal(0);
  });

  it('lets a page the agent asked for join below, while arrivals stay held', () => {
    const held = new HeldRows<{ id: string; at: number }>();
    held.rows('v', rows('a', 'b'), 1, true);
    const shown = held.rows('v', rows('n', 'a', 'b', 'c', 'd'), 2, true);
    expect(ids(shown)).to.deep.equal(['a', 'b', 'c', 'd']);
    expect(held.heldBack).to.equal(1);
  });

  it('holds arrivals even when they push every shown row out of the loaded pages', () => {
    const held = new HeldRows<{ id: string; at: number }>();
    held.rows('v', rows('a', 'b'), 1, true);
    expect(ids(held.rows('v', rows('n1', 'n2'), 1, true))).to.deep.equal(['a', 'b']);
    expect(held.heldBack).to.equal(2);
  });

  it('starts afresh for another view', () => {
    const held = new HeldRows<{ id: string; at: number }>();
    held.rows('v', rows('a'), 1, true);
    held.rows('v', rows('n', 'a'), 1, true);
    expect(ids(held.rows('w', rows('x', 'y'), 1, true))).to.deep.equal(['x', 'y']);
    expect(held.heldBack).to.equal(0);
  });
});
