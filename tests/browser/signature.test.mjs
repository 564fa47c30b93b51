// Browser test of the agent's own signature on the real core (polydesk-testhost serving
// ui/dist-testhost): set in settings for one reply language, kept on reopening, and appended
// when a macro is inserted.
// Build first: cargo build -p polydesk-testhost && npm --prefix ui run build:testhost
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startApp } from './harness.mjs';

const SIGNATURE = 'Um abraço,\nAna — Time de Suporte';

let app;
let page;
/** The workspace's agent (the library's signatures name them). */
let agent;
const problems = [];

before(async () => {
  app = await startApp(problems);
  agent = (await app.host.invoke('workspace_status')).agent_name;
  page = await app.open();
});

after(() => app?.close());

async function openSettings() {
  await page.click('[data-testid=settings-button]');
  await page.waitForSelector('[data-testid=signature-language]:enabled');
}

async function closeSettings() {
  await page.keyboard.press('Escape');
  await page.waitForSelector('[data-testid=settings-panel]', { state: 'detached' });
}

test('a signature saved for pt-BR is kept when settings reopen', async () => {
  await openSettings();
  const options = await page.$$eval('[data-testid=signature-language] option', (os) => os.map((o) => [o.value, o.textContent]));
  assert.deepEqual(options.map(([v]) => v), ['en', 'pt-BR', 'pt-PT', 'zh-Hans', 'zh-Hant']);
  assert.equal(options[1][1], 'Portuguese (Brazil)');
  await page.selectOption('[data-testid=signature-language]', 'pt-BR');
  // No own signature yet: the library's shows as the placeholder, and there is nothing to reset.
  assert.ok(agent, 'the demo workspace has an agent');
  assert.ok(
    (await page.getAttribute('[data-testid=signature-text]', 'placeholder')).startsWith(`Atenciosamente,\n${agent}\n`),
    'the library’s pt-BR signature, with the agent’s name',
  );
  assert.equal(await page.inputValue('[data-testid=signature-text]'), '');
  assert.equal(await page.locator('[data-testid=signature-reset]').count(), 0);

  await page.fill('[data-testid=signature-text]', SIGNATURE);
  await page.click('[data-testid=signature-save]');
  await page.waitForSelector('[data-testid=signature-reset]');
  assert.ok(await page.isDisabled('[data-testid=signature-save]'), 'nothing left to save');
  await closeSettings();

  await openSettings();
  await page.selectOption('[data-testid=signature-language]', 'pt-BR');
  assert.equal(await page.inputValue('[data-testid=signature-text]'), SIGNATURE);
  // Other languages keep the library's.
  await page.selectOption('[data-testid=signature-language]', 'en');
  assert.equal(await page.inputValue('[data-testid=signature-text]'), '');
  assert.equal(await page.locator('[data-testid=signature-reset]').count(), 0);
  await closeSettings();
});

test('inserting a macro in pt-BR ends the draft with the agent’s own signature', async () => {
  // The first case in the list that replies in Brazilian Portuguese.
  const row = page.locator('[data-testid=case-row][data-reply-language="pt-BR"]').first();
  const id = await row.getAttribute('data-case-id');
  await row.click();
  await page.waitForSelector(`[data-testid=case-detail][data-case-id="${id}"][aria-busy=false] [data-testid=composer]`);
  assert.equal(await page.inputValue('[data-testid=reply-language]'), 'pt-BR');
  await page.click('[data-testid=macro-picker-button]');
  await page.click('[data-testid=macro-item][data-macro-id="info-request-more"]');
  await page.waitForSelector('[data-testid=macro-insert]:enabled');
  await page.click('[data-testid=macro-insert]');
  await page.waitForSelector('[data-testid=macro-picker]', { state: 'detached' });
  const draft = await page.inputValue('[data-testid=draft-input]');
  assert.match(draft, /Para analisar a sua solicitação/);
  assert.ok(draft.endsWith(`\n\n${SIGNATURE}`), `draft ends: ${JSON.stringify(draft.slice(-80))}`);
  assert.doesNotMatch(draft, /Atenciosamente/);
});

test('no console errors or CSP violations', () => {
  assert.deepEqual(problems, []);
});
