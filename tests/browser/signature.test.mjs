// Browser test of the agent's own signature on the mock backend (ui/dist-mock): set in
// settings for one reply language, kept on reopening, and appended when a macro is inserted.
// Build first: npm --prefix ui run build:mock
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startMockApp } from './harness.mjs';

const SIGNATURE = 'Um abraço,\nAna — Time de Suporte';

let app;
let page;
const problems = [];

before(async () => {
  app = await startMockApp(problems);
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
  assert.match(await page.getAttribute('[data-testid=signature-text]', 'placeholder'), /^Atenciosamente,\nAna Souza/);
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
  await page.click('[data-testid=case-row][data-case-id="demo-1001"]');
  await page.waitForSelector('[data-testid=case-detail][data-case-id="demo-1001"] [data-testid=composer]');
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
