// Browser test of what one send commits, on the real core: the reply, its files, the
// draft's removal and the macro's case changes go together or not at all. A team macro
// whose case change the core refuses (a tag with a space) makes the whole send fail: no
// reply is queued, nothing reaches the outbox, and the text and the file stay in the
// composer for the agent to fix and send again. A macro that solves the case asks for the
// root cause in place (the solve dialog) and then sends the reply and solves in one action.
// Build first: cargo build -p polydesk-testhost && npm --prefix ui run build:testhost
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { plain, startApp } from './harness.mjs';

const MACRO = 'gift-credited-closing';
const SOLVING = 'gift-credited-solved';
const pack = mkdtempSync(join(tmpdir(), 'polydesk-send-'));
for (const [path, content] of Object.entries({
  // The team marks such cases with a tag Zendesk would take apart: "gift credited".
  'macros.toml':
    `[${MACRO}]\ncategory = "general"\nstatus = "solved"\ntags = ["gift credited"]\n` +
    `[${SOLVING}]\ncategory = "general"\nstatus = "solved"\ntags = ["gifts-credited"]\n`,
  'en/gifts.ftl':
    `${MACRO} =\n    { greeting }\n\n    The gifts from your LIVE are now in your balance.\n\n    { closing }\n    .title = Gifts credited: close the case\n` +
    `${SOLVING} =\n    { greeting }\n\n    Your gifts are credited.\n\n    { closing }\n    .title = Credited and solved\n`,
  'pt-BR/gifts.ftl':
    `${MACRO} =\n    { greeting }\n\n    Os presentes da sua LIVE já estão no seu saldo.\n\n    { closing }\n    .title = Presentes creditados: encerrar o caso\n` +
    `${SOLVING} =\n    { greeting }\n\n    Seus presentes foram creditados.\n\n    { closing }\n    .title = Creditados e resolvido\n`,
})) {
  mkdirSync(join(pack, path, '..'), { recursive: true });
  writeFileSync(join(pack, path), content);
}

let app;
let page;
const problems = [];

before(async () => {
  app = await startApp(problems);
  await app.host.invoke('set_macro_pack_dir', { dir: pack });
  // Offline: a reply that was queued would stay in the outbox to be seen.
  await app.host.invoke('demo_simulate', { action: 'network-down' });
  page = await app.open('/');
});

after(async () => {
  await app?.close();
  rmSync(pack, { recursive: true, force: true });
});

test('a send whose macro change is refused queues nothing, and keeps the text and the file', async () => {
  const row = page.locator('[data-testid=case-row][data-reply-language="pt-BR"]').first();
  const id = await row.getAttribute('data-case-id');
  await row.click();
  await page.waitForSelector(`[data-testid=case-detail][data-case-id="${id}"][aria-busy=false] [data-testid=composer]`);
  const before = await page.locator('[data-testid=message]').count();

  await page.click('[data-testid=macro-picker-button]');
  await page.fill('[data-testid=macro-search]', 'Gifts credited');
  await page.press('[data-testid=macro-search]', 'Enter');
  await page.waitForSelector('[data-testid=macro-insert]:enabled');
  await page.click('[data-testid=macro-insert]');
  await page.waitForSelector('[data-testid=macro-picker]', { state: 'detached' });
  await page.setInputFiles('[data-testid=reply-file-input]', {
    name: 'extrato.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.7 extrato'),
  });
  await page.waitForSelector('[data-testid=reply-file][data-name="extrato.pdf"]');
  const draft = await page.inputValue('[data-testid=draft-input]');
  assert.match(draft, /presentes da sua LIVE/);

  await page.click('[data-testid=send-reply]');
  await page.waitForSelector('[data-testid=send-error][data-code=INVALID_INPUT]');
  assert.match(plain(await page.textContent('[data-testid=send-error]')), /gift credited/);
  // Nothing of it was queued: not the reply, not its file, not the case change.
  assert.deepEqual(await app.host.invoke('list_outbox'), []);
  assert.equal(await page.locator('[data-testid=message]').count(), before);
  assert.equal(await page.locator('[data-testid=message][data-delivery=queued]').count(), 0);
  const detail = await app.host.invoke('get_case', { id });
  assert.notEqual(detail.status, 'solved');
  assert.equal(detail.pending, 0);
  // The agent's work is still there.
  assert.equal(await page.inputValue('[data-testid=draft-input]'), draft);
  await page.waitForSelector('[data-testid=reply-file][data-name="extrato.pdf"]');
});

test('a macro that solves asks for the root cause in place, then sends the reply and solves in one action', async () => {
  const { cases } = await app.host.invoke('list_cases', { view: 'all', offset: 0, limit: 500 });
  let target = null;
  for (const r of cases.filter((c) => c.reply_language === 'en' && c.status === 'open')) {
    const detail = await app.host.invoke('get_case', { id: r.id });
    if (detail.root_cause === null && !detail.escalations.some((e) => e.state === 'open') && detail.pending === 0) {
      target = detail;
      break;
    }
  }
  assert.ok(target, 'an open English case with no root cause or escalation');
  await page.fill('[data-testid=search-input]', target.subject);
  await page.press('[data-testid=search-input]', 'Enter');
  await page.click(`[data-testid=search-hit][data-case-id="${target.id}"]`);
  await page.waitForSelector(`[data-testid=case-detail][data-case-id="${target.id}"][aria-busy=false] [data-testid=composer]`);

  await page.click('[data-testid=macro-picker-button]');
  await page.fill('[data-testid=macro-search]', 'Credited and solved');
  await page.press('[data-testid=macro-search]', 'Enter');
  await page.waitForSelector('[data-testid=macro-insert]:enabled');
  await page.click('[data-testid=macro-insert]');
  await page.waitForSelector('[data-testid=macro-picker]', { state: 'detached' });
  await page.click('[data-testid=send-reply]');

  // Solving needs a root cause: the solve dialog asks for it, the reply waits.
  await page.waitForSelector('[data-testid=solve-dialog] [data-testid=solve-with-reply]');
  assert.deepEqual(await app.host.invoke('list_outbox'), []);
  await page.click('[data-testid=solve-submit]');
  await page.waitForSelector('[data-testid=solve-error][data-code=ROOT_CAUSE_REQUIRED]');
  assert.deepEqual(await app.host.invoke('list_outbox'), [], 'refused again: still nothing queued');
  const cause = await page.$eval('[data-testid=solve-root-cause] optgroup option', (o) => o.value);
  await page.selectOption('[data-testid=solve-root-cause]', cause);
  await page.click('[data-testid=solve-submit]');
  await page.waitForSelector('[data-testid=solve-dialog]', { state: 'detached' });

  await page.waitForSelector('[data-testid=message][data-delivery=queued]');
  assert.equal(await page.inputValue('[data-testid=draft-input]'), '', 'the reply went');
  const kinds = (await app.host.invoke('list_outbox')).filter((i) => i.case_id === target.id).map((i) => i.kind);
  assert.deepEqual(kinds, ['reply', 'fields']);
  const after = await app.host.invoke('get_case', { id: target.id });
  assert.equal(after.status, 'solved');
  assert.equal(after.root_cause, cause);
  assert.ok(after.tags.includes('gifts-credited'), 'the macro\'s tag went with it');
});

test('no console errors or CSP violations', () => {
  assert.deepEqual(problems, []);
});
