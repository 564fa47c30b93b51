// End-to-end test of the real desktop app: tauri-driver drives WebKitWebDriver, which
// drives the Polydesk window (under Xvfb in CI). Launches on a temporary data directory.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { WebDriver, ENTER, ESCAPE } from './webdriver.mjs';

const root = resolve(import.meta.dirname, '..', '..');
const app = process.env.POLYDESK_APP ?? join(root, 'target', 'debug', 'polydesk');
const artifacts = join(root, 'tests', 'artifacts');
const port = 4444 + Math.floor(Math.random() * 1000);
const dataDir = mkdtempSync(join(tmpdir(), 'polydesk-e2e-'));
let driverProcess;
/** What the driver and the app it started wrote to stderr (also passed through). */
let driverErr = '';
const wd = new WebDriver(`http://127.0.0.1:${port}`);

async function shot(name) {
  mkdirSync(artifacts, { recursive: true });
  // Let WebKit paint the last change before capturing.
  await new Promise((r) => setTimeout(r, 300));
  writeFileSync(join(artifacts, `e2e-${name}.png`), await wd.screenshot());
}

before(async () => {
  assert.ok(existsSync(app), `app binary missing: ${app} (build it first)`);
  driverProcess = spawn('tauri-driver', ['--port', String(port)], {
    env: { ...process.env, POLYDESK_DATA_DIR: dataDir, LANG: 'en_US.UTF-8' },
    stdio: ['ignore', 'inherit', 'pipe'],
  });
  driverProcess.stderr.on('data', (chunk) => {
    driverErr += chunk;
    process.stderr.write(chunk);
  });
  await wd.until('tauri-driver', async () => fetch(`http://127.0.0.1:${port}/status`).then((r) => r.ok).catch(() => false));
  await wd.start({ 'tauri:options': { application: app } });
});

/** Pids of processes running the app binary (Linux /proc). */
function appProcesses() {
  const pids = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const argv0 = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0')[0];
      if (resolve(argv0) === resolve(app)) pids.push(Number(entry));
    } catch {
      // gone meanwhile
    }
  }
  return pids;
}

after(async () => {
  if (wd.sessionId) await shot('last').catch(() => {});
  await wd.quit().catch(() => {});
  // Closing the session closes the window; an app still running a moment later (the
  // driver went first) is ended, so it never holds this runner's output open.
  const deadline = Date.now() + 5000;
  while (appProcesses().length > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  for (const pid of appProcesses()) process.kill(pid, 'SIGTERM');
  driverProcess?.kill();
  rmSync(dataDir, { recursive: true, force: true });
});

const rowCount = () => wd.execute('return document.querySelectorAll("[data-testid=case-row]").length');

test('first launch offers the demo workspace, then shows the inbox', async () => {
  // The window starts hidden; the welcome screen shows it once drawn.
  await wd.until('a visible window', async () => (await wd.execute('return document.visibilityState')) === 'visible');
  await wd.click('[data-testid=welcome-demo]');
  await wd.until('case rows', async () => (await rowCount()) > 5, 60000);
  assert.equal(await wd.execute('return document.documentElement.dataset.inboxReady'), 'true');
  const status = await wd.text('[data-testid=status-bar]');
  assert.match(status, /3\d\d/, `status bar shows the case count: ${status}`);
  await shot('inbox');
});

/**
 * Open the first case of the first rows answered in `lang` (with `unescalated`, the first
 * without an open escalation: a macro that solves the case would be asked for its outcome;
 * with `unsolved`, one still to solve).
 */
async function openCaseInLanguage(lang, { unescalated = false, unsolved = false } = {}) {
  const ids = await wd.execute(
    `return [...document.querySelectorAll('[data-testid=case-row]')]
       .filter((r) => r.dataset.replyLanguage === arguments[0]).map((r) => r.dataset.caseId);`,
    lang,
  );
  assert.ok(ids.length > 0, `a ${lang} case is in the first rows`);
  for (const id of ids) {
    await wd.execute(`document.querySelector('[data-testid=case-row][data-case-id="' + arguments[0] + '"]').click();`, id);
    await wd.waitFor(`[data-testid=case-detail][data-case-id="${id}"][aria-busy=false]`);
    const langs = await wd.until('thread', () =>
      wd.execute('const m = [...document.querySelectorAll("[data-testid=message]")]; return m.length ? m.map((x) => x.dataset.language) : null'),
    );
    const escalated = await wd.execute('return document.querySelector("[data-testid=escalation-banner]") !== null');
    const solved = await wd.execute('return ["solved", "closed"].includes(document.querySelector("[data-testid=field-status]")?.value)');
    if ((!unescalated || !escalated) && (!unsolved || !solved)) return { id, langs };
  }
  throw new Error(`no ${lang} case in the first rows fits (unescalated: ${unescalated}, unsolved: ${unsolved})`);
}

test('opens a Portuguese and a Chinese case and renders their threads', async () => {
  const pt = await openCaseInLanguage('pt-BR');
  assert.ok(pt.langs.some((l) => l === 'pt-BR'), `pt-BR messages: ${pt.langs}`);
  await shot('case-pt');
  const zh = await openCaseInLanguage('zh-Hans');
  assert.ok(zh.langs.some((l) => l === 'zh-Hans'), `zh-Hans messages: ${zh.langs}`);
  const thread = await wd.text('[data-testid=case-detail]');
  assert.match(thread, /[\u4e00-\u9fff]/, 'Chinese text is rendered');
  await shot('case-zh');
});

test('search for 退款 finds its case', async () => {
  await wd.type('[data-testid=search-input]', `退款${ENTER}`);
  await wd.waitFor('[data-testid=search-hit]');
  const hitCase = await wd.execute('return document.querySelector("[data-testid=search-hit]").dataset.caseId');
  await wd.click('[data-testid=search-hit]');
  await wd.waitFor(`[data-testid=case-detail][data-case-id="${hitCase}"]`);
  const detail = await wd.text('[data-testid=case-detail]');
  assert.match(detail, /退款/);
  await shot('search');
});

test('a macro renders in the case\'s language; a reply sent offline with a file is queued and reaches the demo CRM once it is back', async () => {
  // Back from the search results to the view.
  await wd.type('[data-testid=search-input]', ESCAPE);
  await wd.until('the view again', async () => (await wd.execute('return document.querySelectorAll("[data-testid=search-hit]").length')) === 0);
  const { id } = await openCaseInLanguage('pt-BR', { unescalated: true });
  await wd.click('[data-testid=macro-picker-button]');
  await wd.type('[data-testid=macro-search]', 'refund approved');
  await wd.click('[data-testid=macro-item][data-macro-id="refund-approved"]');
  // Missing amount and days: the text is refused and the variables are named.
  const refused = await wd.until('template error', () =>
    wd.execute('const e = document.querySelector("[data-testid=template-error]"); return e && e.innerText'),
  );
  assert.match(refused, /Amount/);
  await wd.execute(
    `const o = document.querySelector('[data-testid=var-order_id]');
     if (o && !o.value) { o.value = '5801234567890'; o.dispatchEvent(new Event('input', { bubbles: true })); }`,
  );
  await wd.type('[data-testid=var-days]', '3');
  await wd.execute(
    `const input = document.querySelector('[data-testid=var-amount] input, input[data-testid=var-amount]');
     input.value = '120.5';
     input.dispatchEvent(new Event('input', { bubbles: true }));
     input.dispatchEvent(new Event('change', { bubbles: true }));`,
  );
  const preview = await wd.until('Portuguese preview', () =>
    wd.execute(
      `const p = document.querySelector('[data-testid=macro-preview]');
       return p && p.dataset.lang === 'pt-BR' && /reembolso/i.test(p.innerText) && /120,50/.test(p.innerText) ? p.innerText : null;`,
    ),
  );
  assert.doesNotMatch(preview, /\{\s*\$/, 'no placeholder reaches the text');
  await wd.click('[data-testid=macro-insert]');
  // Inserting renders the final text and the signature first (two commands): wait for it.
  const draft = await wd.until('the macro in the draft', () =>
    wd.execute('const d = document.querySelector("[data-testid=draft-input]"); return d && d.value ? d.value : null'),
  );
  assert.match(draft, /reembolso/i);
  // A 3 MB file, chosen through the composer's file input (the real IPC path carries it).
  const receipt = join(dataDir, 'comprovante reembolso.pdf');
  writeFileSync(receipt, Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(3_000_000, 0x5a)]));
  await wd.type('[data-testid=reply-file-input]', receipt);
  await wd.until('the file listed in the composer', () =>
    wd.execute('return document.querySelector("[data-testid=reply-file]")?.dataset.name === "comprovante reembolso.pdf"'),
  );
  await shot('composer');
  // The demo workspace syncs with its in-process CRM: take it off the network first.
  await demo('network-down');
  await wd.until('offline', async () =>
    (await wd.execute('return document.querySelector("[data-testid=sync-indicator]")?.dataset.state')) === 'offline',
  );
  await wd.click('[data-testid=send-reply]');
  // "Refund approved" solves the case: when the case has no root cause, solving asks for it
  // in place (the reply goes with it).
  const asked = await wd.until('the reply sent or the root cause asked for', async () => {
    await wd.execute('const c = document.querySelector("[data-testid=confirm-send]"); if (c) c.click();');
    return wd.execute(
      `if (document.querySelector('[data-testid=solve-dialog]')) return 'solve';
       const refused = document.querySelector('[data-testid=send-error]');
       if (refused) return 'refused: ' + refused.dataset.code + ' ' + refused.textContent;
       return document.querySelector('[data-testid=message][data-delivery=queued]') ? 'sent' : null;`,
    );
  });
  assert.ok(!asked.startsWith('refused'), asked);
  if (asked === 'solve') {
    await wd.execute(
      `const s = document.querySelector('[data-testid=solve-root-cause]');
       s.value = 'refund-processing';
       s.dispatchEvent(new Event('change', { bubbles: true }));`,
    );
    await wd.click('[data-testid=solve-submit]');
  }
  await wd.until('queued reply', async () => {
    await wd.execute('const c = document.querySelector("[data-testid=confirm-send]"); if (c) c.click();');
    return wd.execute(
      `return [...document.querySelectorAll('[data-testid=message][data-delivery=queued]')].some((m) => /reembolso/i.test(m.innerText));`,
    );
  });
  assert.ok(await wd.find('[data-testid=queued-badge]'));
  assert.equal(await wd.execute('return document.querySelector("[data-testid=case-detail]").dataset.caseId'), id);
  await shot('queued');
  // Back online: the background sync delivers it and the thread shows it sent, once.
  await demo('network-up');
  await wd.until(
    'the reply delivered',
    () =>
      wd.execute(
        `const m = [...document.querySelectorAll('[data-testid=message]')].filter((m) => /reembolso/i.test(m.innerText) && m.dataset.direction === 'outbound');
         return m.length === 1 && m[0].dataset.delivery === 'sent';`,
      ),
    30_000,
  );
  // The delivered reply lists the file the agent sent.
  await wd.until(
    'the file on the delivered reply',
    () =>
      wd.execute(
        `const m = [...document.querySelectorAll('[data-testid=message]')].find((m) => /reembolso/i.test(m.innerText) && m.dataset.direction === 'outbound');
         return m && /comprovante reembolso\.pdf/.test(m.querySelector('[data-testid=attachments]')?.innerText ?? '');`,
      ),
    30_000,
  );
});

/** Run one of the demo CRM's switches from Settings, then close Settings. */
async function demo(action) {
  await wd.click('[data-testid=settings-button]');
  await wd.click(`[data-testid=demo-${action}]`);
  await wd.click('[data-testid=settings-button]');
  await wd.until('settings closed', async () => (await wd.execute('return !document.querySelector("[data-testid=settings-panel]")')) === true);
}

/** Choose `value` in the select `css` as the agent would (the page reacts to its change). */
async function choose(css, value) {
  await wd.execute(
    `const s = document.querySelector(arguments[0]);
     s.value = arguments[1];
     s.dispatchEvent(new Event('change', { bubbles: true }));`,
    css,
    value,
  );
}

test('casework: escalate, solving refused while the escalation is open, resolve with the outcome, solve with a root cause', async () => {
  const { id } = await openCaseInLanguage('en', { unescalated: true, unsolved: true });
  await wd.click('[data-testid=escalate-button]');
  await wd.type('[data-testid=escalate-team]', 'Tier 2');
  await choose('[data-testid=escalate-severity]', 'high');
  await wd.type('[data-testid=escalate-reason]', 'Payout held by the bank; Tier 2 to contact Payments.');
  await wd.click('[data-testid=escalate-submit]');
  await wd.waitFor('[data-testid=escalation-banner][data-severity=high]');
  assert.match(await wd.text('[data-testid=escalation-banner]'), /Tier 2/);

  // Solving while the escalation is open is refused in the dialog; nothing changes.
  await choose('[data-testid=field-status]', 'solved');
  await wd.waitFor('[data-testid=solve-dialog]');
  const cause = await wd.execute('return [...document.querySelectorAll("[data-testid=solve-root-cause] option")].map((o) => o.value).find((v) => v)');
  await choose('[data-testid=solve-root-cause]', cause);
  await wd.click('[data-testid=solve-submit]');
  await wd.waitFor('[data-testid=solve-error][data-code=ESCALATION_OPEN]');
  await shot('casework-refused');
  await wd.execute(`document.querySelector('[data-testid=solve-dialog]').dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));`);
  await wd.until('dialog closed', async () => (await wd.execute('return !document.querySelector("[data-testid=solve-dialog]")')) === true);
  assert.notEqual(await wd.execute('return document.querySelector("[data-testid=field-status]").value'), 'solved');

  // Resolve with the outcome from the banner, then solve with the root cause.
  await wd.click('[data-testid=escalation-resolve]');
  await wd.type('[data-testid=escalation-text]', 'Payments released the payout; creator informed.');
  await wd.click('[data-testid=escalation-submit]');
  await wd.until('the escalation resolved', async () => (await wd.execute('return !document.querySelector("[data-testid=escalation-banner]")')) === true);
  await choose('[data-testid=field-status]', 'solved');
  await wd.waitFor('[data-testid=solve-dialog]');
  await choose('[data-testid=solve-root-cause]', cause);
  await wd.click('[data-testid=solve-submit]');
  await wd.until('solved', async () =>
    wd.execute('return !document.querySelector("[data-testid=solve-dialog]") && document.querySelector("[data-testid=field-status]").value === "solved"'),
  );
  await wd.waitFor(`[data-testid=case-tag][data-tag=rc-${cause}]`);
  assert.equal(await wd.execute('return document.querySelector("[data-testid=case-detail]").dataset.caseId'), id);
  // The background sync takes every step to the demo CRM.
  await wd.until('all delivered', async () => (await wd.execute('return !document.querySelector("[data-testid=case-pending]")')) === true, 30_000);
  await shot('casework-solved');
});

test('switching the UI language to Chinese changes the labels', async () => {
  assert.match(await wd.text('[data-testid=view-all]'), /All/);
  await wd.click('[data-testid=settings-button]');
  await wd.waitFor('[data-testid=ui-language-select]');
  await wd.execute(
    `const s = document.querySelector('[data-testid=ui-language-select]');
     s.value = 'zh-Hans';
     s.dispatchEvent(new Event('change', { bubbles: true }));`,
  );
  await wd.until('Chinese labels', async () => /全部/.test(await wd.text('[data-testid=view-all]')));
  assert.equal(await wd.execute('return document.documentElement.lang'), 'zh-Hans');
  await shot('zh-ui');
});

test('the page showed its own window: the shell never had to', () => {
  // The shell shows a window the page left hidden after 3 s, and says so on stderr.
  assert.doesNotMatch(driverErr, /did not show its window/);
});
