// Browser test of the Polydesk inbox on the real core (polydesk-testhost serving
// ui/dist-testhost), in the system's Chromium through playwright-core.
// Build first: cargo build -p polydesk-testhost && npm --prefix ui run build:testhost
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { plain, screenshot, startApp, startHost, watch } from './harness.mjs';

let app;
let base;
let browser;
let page;
/** Console errors, page errors and CSP violations seen by any page. */
const problems = [];

async function newPage(context) {
  return watch(await context.newPage(), problems);
}

const selectedId = () =>
  page.evaluate(() => document.querySelector('[data-testid=case-row][aria-selected=true]')?.dataset.caseId ?? null);

async function openRow(selector) {
  const row = page.locator(selector).first();
  const id = await row.getAttribute('data-case-id');
  await row.click();
  await page.waitForSelector(`[data-testid=case-detail][data-case-id="${id}"]`);
  return id;
}

/** The first case of the All view's first rows in `lang` with an internal note in its thread. */
async function caseWithNote(lang, rows = 15) {
  const { cases } = await app.host.invoke('list_cases', { view: 'all', offset: 0, limit: rows });
  for (const c of cases.filter((c) => c.reply_language === lang)) {
    const detail = await app.host.invoke('get_case', { id: c.id });
    if (detail.messages.some((m) => m.direction === 'note')) return c.id;
  }
  throw new Error(`no ${lang} case with a note in the first rows`);
}

async function messageLanguages() {
  await page.waitForSelector('[data-testid=message]');
  return page.$$eval('[data-testid=message]', (els) => els.map((e) => e.dataset.language));
}

/** Hosts started by single tests, stopped at the end. */
const hosts = [];

/** A host with 100,000 cases more than the demo's, started once for the tests that need it. */
let large = null;
function largeInbox() {
  large ??= startHost({ fixture: 'cases:100000' }).then((h) => (hosts.push(h), h));
  return large;
}

before(async () => {
  // Filling the large cache takes a while: it starts now and fills while the first tests run.
  largeInbox().catch(() => {});
  app = await startApp(problems);
  base = app.base;
  browser = app.browser;
  page = await newPage(app.context);
});

after(async () => {
  await app?.close();
  await Promise.all(hosts.map((h) => h.stop()));
});

test('the inbox loads with the All view and at least 10 cases', async () => {
  await page.goto(`${base}/`);
  await page.waitForSelector('html[data-inbox-ready="true"]');
  const rows = await page.locator('[data-testid=case-row]').count();
  assert.ok(rows >= 10, `expected >= 10 case rows, got ${rows}`);
  assert.equal(await page.getAttribute('[data-testid=view-all]', 'aria-current'), 'page');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  const status = plain(await page.textContent('[data-testid=status-bar]'));
  assert.match(status, /Demo workspace/);
  assert.match(status, /\d+ cases/);
  assert.match(status, /Cache \d/);
});

test('language chips name their language in its script; only the Chinese ones carry a lang', async () => {
  const chips = await page.$$eval('[data-testid=case-row] [data-testid=lang-chip]', (els) =>
    els.map((e) => ({ text: e.textContent.trim(), lang: e.getAttribute('lang') })),
  );
  const chinese = chips.filter((c) => /\p{Script=Han}/u.test(c.text));
  const latin = chips.filter((c) => /^[A-Z?-]+$/.test(c.text));
  assert.ok(chinese.length > 0 && latin.length > 0, `expected both kinds of chips: ${JSON.stringify(chips)}`);
  for (const c of chinese) assert.match(c.lang ?? '', /^zh-Han[st]$/, `${c.text} needs its Chinese glyph forms`);
  for (const c of latin) assert.equal(c.lang, null, `${c.text} is a Latin code: no lang`);
});

test('opens a Portuguese and a Chinese case with their messages', async () => {
  await openRow(`[data-testid=case-row][data-case-id="${await caseWithNote('pt-BR')}"]`);
  const pt = await messageLanguages();
  assert.ok(pt.includes('pt-BR'), `pt-BR messages: ${pt}`);
  assert.ok(await page.locator('[data-testid=message][data-direction=note]').count(), 'an internal note is shown');

  await openRow('[data-testid=case-row][data-reply-language="zh-Hans"]');
  await page.waitForFunction(() =>
    [...document.querySelectorAll('[data-testid=message]')].some((m) => m.dataset.language === 'zh-Hans'),
  );
  const zh = await messageLanguages();
  assert.ok(zh.includes('zh-Hans'), `zh-Hans messages: ${zh}`);
  assert.match(await page.textContent('[data-testid=case-detail]'), /[\u4e00-\u9fff]/);

  // The look of it: a Chinese case with a longer thread (replies, an internal note), found
  // by its subject.
  const id = await caseWithNote('zh-Hans', 60);
  const { subject } = await app.host.invoke('get_case', { id });
  await page.fill('[data-testid=search-input]', subject);
  await page.press('[data-testid=search-input]', 'Enter');
  await page.click(`[data-testid=search-hit][data-case-id="${id}"]`);
  await page.waitForSelector(`[data-testid=case-detail][data-case-id="${id}"] [data-testid=message][data-direction=note]`);
  await screenshot(page, 'inbox');
  await page.focus('[data-testid=search-input]');
  await page.keyboard.press('Escape');
  await page.waitForSelector('[data-testid=case-row]');
});

test('search for 退款 finds the Chinese refund case; Esc goes back to the view', async () => {
  await page.fill('[data-testid=search-input]', '退款');
  await page.press('[data-testid=search-input]', 'Enter');
  await page.waitForSelector('[data-testid=search-hit]');
  const hit = page.locator('[data-testid=search-hit]', { hasText: '退款还没到账' }).first();
  const id = await hit.getAttribute('data-case-id');
  assert.ok(id);
  assert.equal(await page.locator('[data-testid=case-row]').count(), 0, 'hits replace the case list');
  await hit.click();
  await page.waitForSelector(`[data-testid=case-detail][data-case-id="${id}"]`);
  assert.match(await page.textContent('[data-testid=case-detail]'), /退款还没到账/);

  // Accent-insensitive: "nao recebi" finds "não recebi os diamantes".
  await page.keyboard.press('/');
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'search-input');
  await page.fill('[data-testid=search-input]', 'nao recebi');
  await page.press('[data-testid=search-input]', 'Enter');
  await page.waitForSelector('[data-testid=search-hit]');
  assert.match(await page.textContent('[data-testid=search-results]'), /diamantes/);

  await page.focus('[data-testid=search-input]');
  await page.keyboard.press('Escape');
  await page.waitForSelector('[data-testid=case-row]');
  assert.equal(await page.locator('[data-testid=search-hit]').count(), 0);
  assert.equal(await page.inputValue('[data-testid=search-input]'), '');
});

test('j/k move the selection, Enter opens, Esc closes', async () => {
  await page.keyboard.press('Escape'); // close the open case
  await page.waitForSelector('[data-testid=case-detail]', { state: 'detached' });
  await page.keyboard.press('j');
  const first = await selectedId();
  assert.ok(first, 'j selects the first row');
  await page.keyboard.press('j');
  const second = await selectedId();
  assert.ok(second && second !== first, 'j moves down');
  await page.keyboard.press('k');
  assert.equal(await selectedId(), first, 'k moves back up');
  await page.keyboard.press('j');
  await page.keyboard.press('Enter');
  await page.waitForSelector(`[data-testid=case-detail][data-case-id="${second}"]`);
  await page.keyboard.press('Escape');
  await page.waitForSelector('[data-testid=case-detail]', { state: 'detached' });
});

test('keys an input method is composing never trigger shortcuts', async () => {
  const before = await selectedId();
  await page.evaluate(() => {
    const target = document.activeElement ?? document.body;
    target.dispatchEvent(new KeyboardEvent('keydown', { key: 'j', isComposing: true, bubbles: true, cancelable: true }));
    target.dispatchEvent(new KeyboardEvent('keydown', { key: 'j', keyCode: 229, bubbles: true, cancelable: true }));
    target.dispatchEvent(new KeyboardEvent('keydown', { key: '?', isComposing: true, bubbles: true, cancelable: true }));
  });
  assert.equal(await selectedId(), before, 'composing j does not move the selection');
  assert.equal(await page.locator('[data-testid=shortcuts-overlay]').count(), 0);
  // The same key, not composing, does.
  await page.evaluate(() =>
    (document.activeElement ?? document.body).dispatchEvent(
      new KeyboardEvent('keydown', { key: 'j', bubbles: true, cancelable: true }),
    ),
  );
  assert.notEqual(await selectedId(), before);
});

test('? opens the shortcuts overlay and Esc closes it', async () => {
  await page.keyboard.press('?');
  await page.waitForSelector('[data-testid=shortcuts-overlay]');
  assert.match(await page.textContent('[data-testid=shortcuts-overlay]'), /Next case/);
  await page.keyboard.press('Escape');
  await page.waitForSelector('[data-testid=shortcuts-overlay]', { state: 'detached' });
});

test('a draft autosaves and is back when the case is reopened', async () => {
  const a = await openRow('[data-testid=case-row] >> nth=0');
  const text = 'Olá! Já verifiquei o seu pedido — 谢谢.';
  await page.fill('[data-testid=draft-input]', text);
  await page.waitForSelector('[data-testid=draft-state][data-state=saved]');
  assert.match(await page.textContent('[data-testid=draft-state]'), /Draft saved/);
  await page.type('[data-testid=draft-input]', ' +1');
  // Switch at once: the pending (debounced) save must not be lost.
  await openRow('[data-testid=case-row] >> nth=1');
  assert.equal(await page.inputValue('[data-testid=draft-input]'), '', 'the other case has no draft');
  await page.locator(`[data-testid=case-row][data-case-id="${a}"]`).click();
  await page.waitForSelector(`[data-testid=case-detail][data-case-id="${a}"]`);
  assert.equal(await page.inputValue('[data-testid=draft-input]'), `${text} +1`);
  await page.waitForSelector(`[data-testid=case-row][data-case-id="${a}"] [data-testid=draft-marker]`);
});

test('switching the UI language to zh-Hans re-renders the labels', async () => {
  assert.equal(plain(await page.textContent('[data-testid=view-all] .name')), 'All');
  await page.click('[data-testid=settings-button]');
  const options = await page.$$eval('[data-testid=ui-language-select] option', (os) => os.map((o) => [o.value, o.textContent.trim()]));
  assert.deepEqual(options, [
    ['en', 'English'],
    ['pt-BR', 'Português (Brasil)'],
    ['zh-Hans', '中文（简体）'],
  ]);
  await page.selectOption('[data-testid=ui-language-select]', 'zh-Hans');
  await page.waitForFunction(() => document.querySelector('[data-testid=view-all] .name')?.textContent?.includes('全部'));
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'zh-Hans');
  assert.equal(plain(await page.textContent('[data-testid=view-mine] .name')), '我的未解决');
  assert.match(plain(await page.textContent('[data-testid=status-bar]')), /演示工作区/);
  await page.keyboard.press('Escape');
  await openRow(`[data-testid=case-row][data-case-id="${await caseWithNote('pt-BR')}"]`);
  await page.waitForSelector('[data-testid=message][data-direction=note]');
  await screenshot(page, 'inbox-zh-Hans');

  await page.click('[data-testid=settings-button]');
  await page.selectOption('[data-testid=ui-language-select]', 'pt-BR');
  await page.waitForFunction(() => document.querySelector('[data-testid=view-all] .name')?.textContent?.includes('Todos'));
  await page.selectOption('[data-testid=ui-language-select]', 'en');
  await page.waitForFunction(() => document.querySelector('[data-testid=view-all] .name')?.textContent?.includes('All'));
});

test('a corrupt cache shows the error screen, and moving it aside starts fresh', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US' });
  const p = await newPage(context);
  const corrupt = await startHost({ fixture: 'corrupt' });
  hosts.push(corrupt);
  await p.goto(corrupt.base);
  await p.waitForSelector('[data-testid=app-error][data-code=CACHE_CORRUPT]');
  assert.match(await p.textContent('[data-testid=app-error]'), /damaged/);
  await screenshot(p, 'error-cache-corrupt');
  await p.click('[data-testid=move-aside]');
  await p.click('[data-testid=welcome-demo]');
  await p.waitForSelector('html[data-inbox-ready="true"]');
  assert.ok((await p.locator('[data-testid=case-row]').count()) >= 10);
  await context.close();
});

test('100k cases: only a window of rows is in the DOM, and scrolling fetches more', async () => {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-US' });
  const p = await newPage(context);
  await p.goto((await largeInbox()).base);
  await p.waitForSelector('html[data-inbox-ready="true"]', { timeout: 60_000 });
  const total = Number(await p.getAttribute('[data-testid=case-list]', 'data-total'));
  assert.ok(total > 100_000, `total ${total}`);
  const inDom = await p.locator('[data-testid=case-row]').count();
  assert.ok(inDom > 10 && inDom < 60, `${inDom} rows in the DOM`);
  await p.$eval('[data-testid=case-list]', (el) => (el.scrollTop = el.scrollHeight / 2));
  await p.waitForFunction(() => {
    const rows = [...document.querySelectorAll('[data-testid=case-row]')].map((r) => Number(r.dataset.index));
    return rows.length > 10 && Math.min(...rows) > 40_000;
  });
  assert.ok((await p.locator('[data-testid=case-row]').count()) < 60);
  // Another view starts at its top, with its first rows drawn.
  await p.click('[data-testid=view-pending]');
  await p.waitForFunction(() => {
    const list = document.querySelector('[data-testid=case-list]');
    const first = document.querySelector('[data-testid=case-row]');
    return list?.scrollTop === 0 && first?.dataset.index === '0';
  });
  await context.close();
});

test('the first frame draws the rows in sight; the next rows follow it, and a taller window gets more', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US' });
  const p = await newPage(context);
  // What the list held when the page said its inbox was drawn (just before its first frame).
  await p.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (document.documentElement.dataset.inboxReady !== 'true') return;
      observer.disconnect();
      window.__rowsAtFirstFrame = document.querySelectorAll('[data-testid=case-row]').length;
    }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-inbox-ready'] });
  });
  await p.goto((await largeInbox()).base);
  await p.waitForSelector('html[data-inbox-ready="true"]', { timeout: 60_000 });
  const rowHeight = await p.$eval('[data-testid=case-row]', (el) => el.getBoundingClientRect().height);
  const first = await p.evaluate(() => window.__rowsAtFirstFrame);
  const inSight = Math.ceil(800 / rowHeight) + 1;
  assert.ok(first >= 10 && first <= inSight, `${first} rows at the first frame; ${inSight} fit the window`);
  /** Rows drawn below the list's visible bottom, once there are at least `atLeast`. */
  const rowsBelow = async (atLeast) => {
    const below = await p.waitForFunction(
      ([h, n]) => {
        const list = document.querySelector('[data-testid=case-list]');
        const rows = document.querySelectorAll('[data-testid=case-row]');
        const count = Math.floor((rows.length * h - list.clientHeight) / h);
        return count >= n ? count : false;
      },
      [rowHeight, atLeast],
    );
    return below.jsonValue();
  };
  assert.ok((await rowsBelow(4)) >= 4);
  const before = await p.locator('[data-testid=case-row]').count();
  await p.setViewportSize({ width: 1280, height: 1100 });
  await p.waitForFunction(
    ([h, n]) => document.querySelectorAll('[data-testid=case-row]').length >= n + Math.floor(300 / h),
    [rowHeight, before],
  );
  assert.ok((await rowsBelow(4)) >= 4, 'the taller list keeps rows below its bottom');
  await context.close();
});

test('no console errors or CSP violations', () => {
  assert.deepEqual(problems, []);
});
