import { expect } from '@open-wc/testing';
import { navigationTarget, type NavigationContext } from './keys.js';

const list: NavigationContext = {
  index: 3,
  count: 10,
  orientation: 'vertical',
  rtl: false,
  wrap: false,
  pageStep: 4,
  columns: 1,
};

describe('navigationTarget', () => {
  it('moves a vertical list by Up and Down, stops at its ends, and pages', () => {
    expect(navigationTarget('ArrowDown', list)).to.equal(4);
    expect(navigationTarget('ArrowUp', list)).to.equal(2);
    expect(navigationTarget('ArrowUp', { ...list, index: 0 })).to.equal(0);
    expect(navigationTarget('ArrowDown', { ...list, index: 9 })).to.equal(9);
    expect(navigationTarget('Home', list)).to.equal(0);
    expect(navigationTarget('End', list)).to.equal(9);
    expect(navigationTarget('PageDown', list)).to.equal(7);
    expect(navigationTarget('PageDown', { ...list, index: 8 })).to.equal(9);
    expect(navigationTarget('PageUp', list)).to.equal(0);
    expect(navigationTarget('ArrowLeft', list), 'Left is not a vertical key').to.equal(undefined);
    expect(navigationTarget('PageDown', { ...list, pageStep: 0 }), 'no pages').to.equal(undefined);
  });

  it('moves horizontal collections by Left and Right, mirrored right to left, wrapping when asked', () => {
    const tabs = { ...list, index: 0, count: 3, orientation: 'horizontal' as const, wrap: true };
    expect(navigationTarget('ArrowRight', tabs)).to.equal(1);
    expect(navigationTarget('ArrowLeft', tabs), 'wraps to the end').to.equal(2);
    expect(navigationTarget('ArrowLeft', { ...tabs, rtl: true }), 'right to left: Left is next').to.equal(1);
    expect(navigationTarget('ArrowRight', { ...tabs, rtl: true })).to.equal(2);
    expect(navigationTarget('ArrowDown', tabs), 'Down is not a horizontal key').to.equal(undefined);
  });

  it('moves a grid by rows and cells', () => {
    const grid = { ...list, index: 5, count: 12, orientation: 'grid' as const, columns: 4 };
    expect(navigationTarget('ArrowDown', grid)).to.equal(9);
    expect(navigationTarget('ArrowUp', grid)).to.equal(1);
    expect(navigationTarget('ArrowRight', grid)).to.equal(6);
    expect(navigationTarget('ArrowRight', { ...grid, rtl: true })).to.equal(4);
    expect(navigationTarget('ArrowDown', { ...grid, index: 10 }), 'stays in the last row').to.equal(11);
  });

  it('has nowhere to go in an empty collection', () => {
    expect(navigationTarget('ArrowDown', { ...list, count: 0 })).to.equal(undefined);
  });
});
