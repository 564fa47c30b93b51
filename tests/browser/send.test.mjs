// Browser test of what one send commits, on the real core: the reply, its files, the
// draft's removal and the macro's case changes go together or not at all. A team macro
// whose case change the core refuses (a tag with a space) makes the whole send fail: no
// reply is queued, nothing reaches the outbox, and the text and the file stay in the
// composer for the agent to fix and send again.
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

test('no console errors or CSP violations', () => {
  assert.deepEqual(problems, []);
});
