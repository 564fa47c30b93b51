// Tells the page (tests) and the backend (a startup benchmark) the inbox is up. Once.
// Milestones on the way are kept on the page's clock and handed over with it, so the
// benchmark can say where the start went.
import { backend } from './backend';
import type { StartupMark } from './generated/StartupMark';

let announced = false;
const marks: StartupMark[] = [];

/** Notes a start-up milestone the first time it happens (ignored once the inbox is up). */
export function markStartup(name: string): void {
  if (!announced && !marks.some((m) => m.name === name)) marks.push({ name, at_ms: performance.now() });
}

export function announceInboxReady(): void {
  if (announced) return;
  markStartup('rows');
  announced = true;
  document.documentElement.dataset.inboxReady = 'true';
  const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  const html = nav ? [{ name: 'html', at_ms: nav.responseEnd }] : [];
  backend
    .ui_ready({ page: { time_origin_ms: performance.timeOrigin, marks: [...html, ...marks] } })
    .catch((e: unknown) => console.warn('ui_ready failed', e));
}
