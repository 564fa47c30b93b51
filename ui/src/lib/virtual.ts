// Window math for the virtualized case list: fixed row height, rows absolutely placed.

export interface WindowInput {
  scrollTop: number;
  viewportHeight: number;
  rowHeight: number;
  total: number;
  /** Extra rows rendered above and below the visible ones. */
  overscan: number;
}

export interface ListWindow {
  /** First rendered row index. */
  start: number;
  /** One past the last rendered row index. */
  end: number;
  /** Where the first rendered row sits, in px from the top of the list. */
  offsetY: number;
  /** Height of the whole (mostly unrendered) list, in px. */
  totalHeight: number;
}

export function computeWindow({ scrollTop, viewportHeight, rowHeight, total, overscan }: WindowInput): ListWindow {
  const count = Math.max(0, Math.floor(total));
  const totalHeight = count * rowHeight;
  if (count === 0 || rowHeight <= 0) return { start: 0, end: 0, offsetY: 0, totalHeight };
  const maxTop = Math.max(0, totalHeight - viewportHeight);
  const top = Math.min(Math.max(0, scrollTop), maxTop);
  const firstVisible = Math.floor(top / rowHeight);
  const visible = Math.ceil(Math.max(viewportHeight, rowHeight) / rowHeight) + 1;
  const start = Math.max(0, firstVisible - overscan);
  const end = Math.min(count, firstVisible + visible + overscan);
  return { start, end, offsetY: start * rowHeight, totalHeight };
}

/** The page numbers (of `pageSize` rows) that rows [start, end) fall in. */
export function pagesFor(start: number, end: number, pageSize: number): number[] {
  if (end <= start) return [];
  const first = Math.floor(start / pageSize);
  const last = Math.floor((end - 1) / pageSize);
  const pages: number[] = [];
  for (let p = first; p <= last; p++) pages.push(p);
  return pages;
}

/** The scrollTop that brings row `index` fully into view, moving as little as possible. */
export function scrollToReveal(index: number, scrollTop: number, viewportHeight: number, rowHeight: number): number {
  if (index < 0) return scrollTop;
  const rowTop = index * rowHeight;
  const rowBottom = rowTop + rowHeight;
  if (rowTop < scrollTop) return rowTop;
  if (rowBottom > scrollTop + viewportHeight) return Math.max(0, rowBottom - viewportHeight);
  return scrollTop;
}

/** Move a selection by `delta` within [0, total), starting from nothing selected (-1). */
export function moveSelection(current: number, delta: number, total: number): number {
  if (total <= 0) return -1;
  if (current < 0) return 0;
  return Math.min(total - 1, Math.max(0, current + delta));
}

/** Where Home, End, Page Up and Page Down move a selection in a list of `total`; null for other keys. */
export function jumpTarget(key: string, current: number, pageRows: number, total: number): number | null {
  if (total <= 0) return null;
  switch (key) {
    case 'Home':
      return 0;
    case 'End':
      return total - 1;
    case 'PageDown':
      return Math.min(total - 1, Math.max(0, current) + pageRows);
    case 'PageUp':
      return Math.max(0, current - pageRows);
    default:
      return null;
  }
}
