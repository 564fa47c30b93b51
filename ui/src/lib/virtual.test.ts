import { describe, expect, it } from 'vitest';
import { computeWindow, jumpTarget, moveSelection, pagesFor, scrollToReveal } from './virtual';

describe('computeWindow', () => {
  const base = { rowHeight: 50, viewportHeight: 500, overscan: 5 };

  it('renders the visible rows plus overscan at the top', () => {
    const w = computeWindow({ ...base, scrollTop: 0, total: 100_000 });
    expect(w.start).toBe(0);
    expect(w.end).toBe(16); // 10 visible + 1 partial + 5 overscan below
    expect(w.offsetY).toBe(0);
    expect(w.totalHeight).toBe(5_000_000);
  });

  it('moves with the scroll position and keeps the window small', () => {
    const w = computeWindow({ ...base, scrollTop: 2_500_000, total: 100_000 });
    expect(w.start).toBe(50_000 - 5);
    expect(w.end).toBe(50_000 + 11 + 5);
    expect(w.offsetY).toBe(w.start * 50);
    expect(w.end - w.start).toBeLessThan(30);
  });

  it('clamps at the end of the list and past it', () => {
    const w = computeWindow({ ...base, scrollTop: 9e9, total: 100 });
    expect(w.end).toBe(100);
    expect(w.start).toBe(90 - 5);
    const partial = computeWindow({ ...base, scrollTop: 30, total: 3 });
    expect([partial.start, partial.end]).toEqual([0, 3]);
  });

  it('handles empty lists and unmeasured viewports', () => {
    expect(computeWindow({ ...base, scrollTop: 0, total: 0 })).toEqual({ start: 0, end: 0, offsetY: 0, totalHeight: 0 });
    const w = computeWindow({ ...base, viewportHeight: 0, scrollTop: 0, total: 50 });
    expect(w.end).toBeGreaterThan(0);
    expect(w.end).toBeLessThan(10);
  });

  it('ignores negative scroll (elastic scrolling)', () => {
    expect(computeWindow({ ...base, scrollTop: -200, total: 50 }).start).toBe(0);
  });
});

describe('pagesFor', () => {
  it('lists the pages a range of rows falls in', () => {
    expect(pagesFor(0, 30, 100)).toEqual([0]);
    expect(pagesFor(95, 120, 100)).toEqual([0, 1]);
    expect(pagesFor(100, 200, 100)).toEqual([1]);
    expect(pagesFor(50_000, 50_020, 100)).toEqual([500]);
    expect(pagesFor(10, 10, 100)).toEqual([]);
  });
});

describe('scrollToReveal', () => {
  it('scrolls as little as needed', () => {
    expect(scrollToReveal(0, 0, 500, 50)).toBe(0);
    expect(scrollToReveal(5, 0, 500, 50)).toBe(0); // visible already
    expect(scrollToReveal(10, 0, 500, 50)).toBe(50); // just below: bottom-align
    expect(scrollToReveal(2, 400, 500, 50)).toBe(100); // above: top-align
    expect(scrollToReveal(-1, 123, 500, 50)).toBe(123);
  });
});

describe('moveSelection and jumpTarget', () => {
  it('moves within bounds, starting from nothing selected', () => {
    expect(moveSelection(-1, 1, 10)).toBe(0);
    expect(moveSelection(-1, -1, 10)).toBe(0);
    expect(moveSelection(3, 1, 10)).toBe(4);
    expect(moveSelection(9, 1, 10)).toBe(9);
    expect(moveSelection(0, -1, 10)).toBe(0);
    expect(moveSelection(0, 1, 0)).toBe(-1);
  });

  it('jumps with Home, End and the page keys', () => {
    expect(jumpTarget('Home', 40, 10, 100)).toBe(0);
    expect(jumpTarget('End', 40, 10, 100)).toBe(99);
    expect(jumpTarget('PageDown', 95, 10, 100)).toBe(99);
    expect(jumpTarget('PageUp', 5, 10, 100)).toBe(0);
    expect(jumpTarget('PageDown', -1, 10, 100)).toBe(10);
    expect(jumpTarget('x', 5, 10, 100)).toBeNull();
    expect(jumpTarget('Home', 0, 10, 0)).toBeNull();
  });
});
