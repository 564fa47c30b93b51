// The app's start, as the page sees it. The window starts hidden (see the shell's
// main_window.rs): the page shows it once its first screen is drawn, so the agent never
// sees an empty frame. Once the inbox is drawn and visible, the page tells the tests (a
// data attribute) and the backend (a startup benchmark reads its line), with milestones
// kept on the page's clock so the benchmark can say where the start went.
import { backend } from './backend';
import type { PageStartup } from './generated/PageStartup';
import type { StartupMark } from './generated/StartupMark';

/** What the start needs from the page and the shell (a fake one in tests). */
export interface StartupHost {
  showWindow(): Promise<void>;
  reportReady(page: PageStartup): Promise<void>;
  /** Calls `then` once the page is visible (at once if it already is). */
  whenVisible(then: () => void): void;
  /** Calls `then` at the next frame the page draws. */
  nextFrame(then: () => void): void;
  now(): number;
  timeOrigin(): number;
  /** When the page's document arrived (its navigation's response end), if known. */
  htmlArrived(): number | undefined;
  markInboxReady(): void;
}

export interface Startup {
  /** Notes a milestone the first time it happens (ignored once the inbox is up). */
  mark(name: string): void;
  /** The first screen (welcome, error or inbox) is drawn: show the window. Once. */
  firstScreenDrawn(): void;
  /** The inbox has drawn its case list: show the window, and report the first visible frame. */
  inboxDrawn(): void;
  /**
   * Runs `then` once the inbox's first visible frame is drawn (at once if it already is):
   * for work the first screen does not need, such as loading the code of other screens.
   */
  afterFirstFrame(then: () => void): void;
}

export function createStartup(host: StartupHost): Startup {
  const marks: StartupMark[] = [];
  let shown = false;
  let announced = false;
  let framed = false;
  let waiting: (() => void)[] = [];

  function mark(name: string): void {
    if (!announced && !marks.some((m) => m.name === name)) marks.push({ name, at_ms: host.now() });
  }

  function firstScreenDrawn(): void {
    if (shown) return;
    shown = true;
    mark('show');
    host.showWindow().catch((e: unknown) => console.warn('showing the window failed', e));
  }

  function inboxDrawn(): void {
    if (announced) return;
    mark('rows');
    firstScreenDrawn();
    announced = true;
    host.markInboxReady();
    host.whenVisible(() =>
      host.nextFrame(() => {
        const html = host.htmlArrived();
        const page: PageStartup = {
          time_origin_ms: host.timeOrigin(),
          marks: [
            ...(html === undefined ? [] : [{ name: 'html', at_ms: html }]),
            ...marks,
            { name: 'frame', at_ms: host.now() },
          ],
        };
        host.reportReady(page).catch((e: unknown) => console.warn('ui_ready failed', e));
        framed = true;
        const due = waiting;
        waiting = [];
        due.forEach((then) => then());
      }),
    );
  }

  function afterFirstFrame(then: () => void): void {
    if (framed) then();
    else waiting.push(then);
  }

  return { mark, firstScreenDrawn, inboxDrawn, afterFirstFrame };
}

const pageHost: StartupHost = {
  showWindow: async () => void (await backend.show_main_window()),
  reportReady: async (page) => void (await backend.ui_ready({ page })),
  whenVisible(then) {
    if (document.visibilityState === 'visible') return then();
    const onChange = (): void => {
      if (document.visibilityState !== 'visible') return;
      document.removeEventListener('visibilitychange', onChange);
      then();
    };
    document.addEventListener('visibilitychange', onChange);
  },
  nextFrame: (then) => void requestAnimationFrame(() => then()),
  now: () => performance.now(),
  timeOrigin: () => performance.timeOrigin,
  htmlArrived() {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    return nav?.responseEnd;
  },
  markInboxReady() {
    document.documentElement.dataset.inboxReady = 'true';
  },
};

export const startup: Startup = createStartup(pageHost);
