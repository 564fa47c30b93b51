import { describe, expect, it } from 'vitest';
import type { PageStartup } from './generated/PageStartup';
import { createStartup, type StartupHost } from './startup';

/** A page whose visibility, frames and clock the test moves by hand. */
function fakePage(opts: { visible?: boolean; html?: number } = {}) {
  const calls: string[] = [];
  const reports: PageStartup[] = [];
  let visible = opts.visible ?? false;
  let clock = 0;
  let onVisible: (() => void)[] = [];
  let frames: (() => void)[] = [];
  const host: StartupHost = {
    showWindow: async () => void calls.push('show'),
    reportReady: async (page) => {
      calls.push('report');
      reports.push(page);
    },
    whenVisible: (then) => (visible ? then() : void onVisible.push(then)),
    nextFrame: (then) => void frames.push(then),
    now: () => clock,
    timeOrigin: () => 1_000_000,
    htmlArrived: () => opts.html,
    markInboxReady: () => void calls.push('inbox-ready'),
  };
  return {
    host,
    calls,
    reports,
    advance: (ms: number) => (clock += ms),
    becomeVisible() {
      visible = true;
      const waiting = onVisible;
      onVisible = [];
      waiting.forEach((f) => f());
    },
    drawFrame() {
      const waiting = frames;
      frames = [];
      waiting.forEach((f) => f());
    },
  };
}

describe('the start of the app', () => {
  it('shows the hidden window once the inbox is drawn, and reports only a frame drawn after that', () => {
    const page = fakePage({ html: 40 });
    const startup = createStartup(page.host);
    page.advance(60);
    startup.mark('script');
    page.advance(100);
    startup.inboxDrawn();
    expect(page.calls).toEqual(['show', 'inbox-ready']);

    page.drawFrame(); // no frame was asked for while hidden
    page.advance(30);
    page.becomeVisible();
    expect(page.calls).toEqual(['show', 'inbox-ready']);
    page.advance(16);
    page.drawFrame();
    expect(page.calls).toEqual(['show', 'inbox-ready', 'report']);
    expect(page.reports[0]).toEqual({
      time_origin_ms: 1_000_000,
      marks: [
        { name: 'html', at_ms: 40 },
        { name: 'script', at_ms: 60 },
        { name: 'rows', at_ms: 160 },
        { name: 'show', at_ms: 160 },
        { name: 'frame', at_ms: 206 },
      ],
    });
  });

  it('does everything once, however often the screens say they are drawn', () => {
    const page = fakePage({ visible: true });
    const startup = createStartup(page.host);
    startup.firstScreenDrawn();
    startup.firstScreenDrawn();
    startup.inboxDrawn();
    startup.inboxDrawn();
    page.drawFrame();
    page.drawFrame();
    expect(page.calls).toEqual(['show', 'inbox-ready', 'report']);
    expect(page.reports[0]?.marks.map((m) => m.name)).toEqual(['show', 'rows', 'frame']);
  });

  it('keeps the first time of a milestone and none after the report', () => {
    const page = fakePage({ visible: true });
    const startup = createStartup(page.host);
    startup.mark('status');
    page.advance(50);
    startup.mark('status');
    startup.inboxDrawn();
    startup.mark('late');
    page.drawFrame();
    expect(page.reports[0]?.marks.map((m) => [m.name, m.at_ms])).toEqual([
      ['status', 0],
      ['rows', 50],
      ['show', 50],
      ['frame', 50],
    ]);
  });

  it('still reports when showing the window fails', async () => {
    const page = fakePage({ visible: true });
    page.host.showWindow = () => Promise.reject(new Error('no window'));
    const startup = createStartup(page.host);
    startup.inboxDrawn();
    page.drawFrame();
    await Promise.resolve();
    expect(page.calls).toEqual(['inbox-ready', 'report']);
  });

  it('runs deferred work after the first visible frame is reported, once, and at once after that', () => {
    const page = fakePage();
    const startup = createStartup(page.host);
    const ran: string[] = [];
    startup.afterFirstFrame(() => ran.push('early'));
    startup.inboxDrawn();
    page.drawFrame();
    expect(ran).toEqual([]); // still hidden: no frame counted yet
    page.becomeVisible();
    page.drawFrame();
    expect(page.calls).toEqual(['show', 'inbox-ready', 'report']);
    expect(ran).toEqual(['early']);
    startup.afterFirstFrame(() => ran.push('late'));
    page.drawFrame();
    expect(ran).toEqual(['early', 'late']);
  });
});
