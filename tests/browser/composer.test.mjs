// Browser test of the reply composer on the mock backend (ui/dist-mock): the macro picker,
// variables, previews in two languages, fallback and template errors, insert and send.
// Build first: npm --prefix ui run build:mock
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { artifacts, plain, screenshot, startMockApp } from './harness.mjs';

// Every mock command answers after this long, so a preview that changes within one frame of
// a language switch cannot have waited for the backend.
const MOCK_DELAY_MS = 120;

let app;
let page;
const problems = [];

const text = async (selector) => plain((await page.textContent(selector)) ?? '');

before(async () => {
  app = await startMockApp(problems);
  page = await app.open(`/?mock-delay=${MOCK_DELAY_MS}`);
});

after(() => app?.close());

async function openCase(id) {
  await page.click(`[data-testid=case-row][data-case-id="${id}"]`);
  await page.waitForSelector(`[data-testid=case-detail][data-case-id="${id}"] [data-testid=composer]`);
}

async function waitPreview(pattern, selector = '[data-testid=macro-preview]') {
  await page.waitForFunction(
    ([sel, source]) => new RegExp(source).test(document.querySelector(sel)?.textContent ?? ''),
    [selector, pattern.source],
  );
}

test('the composer shows the reply language, where it came from, and the reply kind', async () => {
  await openCase('demo-1001');
  assert.equal(await page.inputValue('[data-testid=reply-language]'), 'pt-BR');
  const options = await page.$$eval('[data-testid=reply-language] option', (os) => os.map((o) => o.value));
  assert.deepEqual(options, ['en', 'pt-BR', 'pt-PT', 'zh-Hans', 'zh-Hant']);
  await page.waitForSelector('[data-testid=reply-language-source][data-source=customer-locale]');
  assert.match(await text('[data-testid=reply-language-source]'), /Customer’s locale/);
  assert.equal(await page.getAttribute('[data-testid=reply-kind]', 'data-kind'), 'reply');
  assert.ok(await page.isDisabled('[data-testid=send-reply]'), 'an empty draft cannot be sent');
});

test('Ctrl+M opens the picker; typing filters it; Esc closes it and keeps the case open', async () => {
  await page.focus('[data-testid=draft-input]');
  await page.keyboard.press('Control+m');
  await page.waitForSelector('[data-testid=macro-search]:focus');
  await page.waitForSelector('[data-testid=macro-item]');
  const all = await page.locator('[data-testid=macro-item]').count();
  assert.ok(all >= 3, `${all} macros`);
  // The case replies in pt-BR: a macro without a pt-BR variant would be flagged; none here.
  assert.equal(await page.locator('[data-testid=macro-item] [data-missing=true]').count(), 0);

  // j/k are typed, not shortcuts: the case stays open and selected.
  await page.keyboard.type('jk');
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=macro-item]').length === 0);
  await page.fill('[data-testid=macro-search]', '');
  await page.keyboard.press('Escape');
  await page.waitForSelector('[data-testid=macro-picker]', { state: 'detached' });
  assert.equal(await page.getAttribute('[data-testid=case-detail]', 'data-case-id'), 'demo-1001');
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'draft-input');
});

test('choosing a macro shows its variables, prefilled, and names what is missing', async () => {
  await page.click('[data-testid=macro-picker-button]');
  await page.waitForSelector('[data-testid=macro-search]:focus');
  await page.keyboard.type('refund');
  await page.waitForFunction(() => {
    const items = [...document.querySelectorAll('[data-testid=macro-item]')];
    return items.length === 1 && items[0].dataset.macroId === 'refund-approved';
  });
  // Titles are in the agent's UI language (English here).
  assert.match(await text('[data-testid=macro-item]'), /Refund approved/);
  await page.keyboard.press('Enter');
  await page.waitForSelector('[data-testid=macro-variables]');
  assert.equal(await page.inputValue('[data-testid=var-customer_name]'), 'Lucas Pereira');
  assert.equal(await page.inputValue('[data-testid=var-formality]'), 'formal');
  assert.equal(await page.inputValue('[data-testid=var-customer_gender]'), 'unknown');
  assert.equal(await page.inputValue('[data-testid=var-agent_gender]'), 'female');
  assert.equal(await page.getAttribute('[data-testid=var-days]', 'type'), 'number');
  assert.equal(await page.inputValue('[data-testid=var-amount-currency]'), 'BRL');

  // No amount, days or order number yet: the backend refuses, and says which.
  await page.waitForSelector('[data-testid=template-error]');
  assert.equal(await page.getAttribute('[data-testid=template-error]', 'data-missing'), 'amount days order_id');
  assert.match(await text('[data-testid=template-error]'), /Amount, Business days, Order number/);
  assert.ok(await page.isDisabled('[data-testid=macro-insert]'));
});

test('the preview renders in the reply language, beside the agent’s own', async () => {
  await page.fill('[data-testid=var-amount]', '1234.5');
  await page.fill('[data-testid=var-days]', '3');
  await page.fill('[data-testid=var-order_id]', '5801234567890');
  await page.waitForSelector('[data-testid=template-error]', { state: 'detached' });
  await waitPreview(/R\$\s1\.234,50/);
  assert.equal(await page.getAttribute('[data-testid=macro-preview]', 'data-lang'), 'pt-BR');
  const pt = await text('[data-testid=macro-preview]');
  assert.match(pt, /Boa notícia: o reembolso de R\$\s1\.234,50 do pedido 5801234567890 foi aprovado/);
  assert.match(pt, /em até 3 dias úteis/);
  assert.match(pt, /Obrigada pelo contato!/, 'the closing agrees with the agent’s gender');
  assert.doesNotMatch(pt, /\{\$/);
  assert.equal(await page.getAttribute('[data-testid=macro-preview-agent]', 'data-lang'), 'en');
  await waitPreview(/Good news: your refund of R\$1,234\.50/, '[data-testid=macro-preview-agent]');
  assert.equal(await page.isEnabled('[data-testid=macro-insert]'), true);
  await screenshot(page, 'composer-macro');
  await page.locator('[data-testid=composer]').screenshot({ path: join(artifacts, 'composer-macro-close.png') });
});

test('switching the reply language swaps the preview within one frame', async () => {
  const switched = await page.evaluate(async () => {
    const select = document.querySelector('[data-testid=reply-language]');
    select.value = 'zh-Hans';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await new Promise((ok) => requestAnimationFrame(() => ok()));
    const preview = document.querySelector('[data-testid=macro-preview]');
    return { lang: preview.dataset.lang, text: preview.textContent };
  });
  assert.equal(switched.lang, 'zh-Hans');
  assert.match(switched.text, /好消息！您订单5801234567890的退款R\$1,234\.50已审核通过/);
  assert.match(switched.text, /3个工作日内/);
  // The agent's own preview stays English, and the choice sticks as the agent's.
  assert.equal(await page.getAttribute('[data-testid=macro-preview-agent]', 'data-lang'), 'en');
  await page.waitForSelector('[data-testid=reply-language-source][data-source=agent]');
  assert.equal(await page.getAttribute('[data-testid=case-detail]', 'data-reply-language'), 'zh-Hans');
});

test('a macro without the reply locale falls back, with a warning', async () => {
  await page.selectOption('[data-testid=reply-language]', 'pt-PT');
  await page.click('[data-testid=macro-back]');
  await page.fill('[data-testid=macro-search]', '');
  const item = page.locator('[data-testid=macro-item][data-macro-id="info-request-more"]');
  assert.equal(await item.locator('[data-missing=true]').getAttribute('data-locale'), 'pt-PT');
  await item.click();
  await page.waitForSelector('[data-testid=fallback-warning]');
  assert.match(await text('[data-testid=fallback-warning]'), /no Portuguese \(Portugal\) version.*in Portuguese \(Brazil\)/);
  assert.equal(await page.getAttribute('[data-testid=macro-preview]', 'data-used'), 'pt-BR');
  await waitPreview(/Para analisar a sua solicitação/);
});

test('clearing a required variable blocks Insert; inserting adds the signature', async () => {
  await page.selectOption('[data-testid=reply-language]', 'pt-BR');
  await page.waitForSelector('[data-testid=fallback-warning]', { state: 'detached' });
  await page.click('[data-testid=macro-back]');
  await page.fill('[data-testid=macro-search]', 'refund approved');
  await page.press('[data-testid=macro-search]', 'Enter');
  await page.waitForSelector('[data-testid=macro-variables]');
  // The values typed before are still there.
  assert.equal(await page.inputValue('[data-testid=var-order_id]'), '5801234567890');
  await waitPreview(/em até 3 dias úteis/);

  await page.fill('[data-testid=var-days]', '');
  await page.waitForSelector('[data-testid=template-error][data-missing="days"]');
  assert.match(await text('[data-testid=template-error]'), /Business days/);
  assert.ok(await page.isDisabled('[data-testid=macro-insert]'));

  await page.fill('[data-testid=var-days]', '1');
  await page.waitForSelector('[data-testid=template-error]', { state: 'detached' });
  await waitPreview(/em até 1 dia útil/);
  await page.click('[data-testid=macro-insert]');
  await page.waitForSelector('[data-testid=macro-picker]', { state: 'detached' });
  const draft = await page.inputValue('[data-testid=draft-input]');
  assert.match(draft, /^Olá, Lucas Pereira!\n\nBoa notícia/);
  assert.match(draft, /Obrigada pelo contato!\n\nAtenciosamente,\nAna Souza\nEquipe de Atendimento$/);
  assert.doesNotMatch(draft, /\{\$/);
  await page.waitForSelector('[data-testid=draft-state][data-state=saved]');
});

test('Ctrl+Enter sends; the reply is queued in the thread at once', async () => {
  const before = await page.locator('[data-testid=message]').count();
  await page.focus('[data-testid=draft-input]');
  await page.keyboard.press('Control+Enter');
  // No warning for a pt-BR reply in pt-BR; confirm if one shows anyway.
  await Promise.race([
    page.waitForSelector('[data-testid=message][data-delivery=queued]'),
    page.waitForSelector('[data-testid=confirm-send]').then(() => page.click('[data-testid=confirm-send]')),
  ]);
  await page.waitForSelector('[data-testid=message][data-delivery=queued] [data-testid=queued-badge]');
  assert.equal(await page.locator('[data-testid=message]').count(), before + 1);
  const queued = page.locator('[data-testid=message][data-delivery=queued]').last();
  assert.equal(await queued.getAttribute('data-direction'), 'outbound');
  assert.match(plain(await queued.textContent()), /Queued/);
  assert.match(plain(await queued.textContent()), /Boa notícia/);
  assert.equal(await page.inputValue('[data-testid=draft-input]'), '');
  assert.match(await text('[data-testid=queued-note]'), /kept on this computer/);
  await page.waitForSelector('[data-testid=case-row][data-case-id="demo-1001"]:not(:has([data-testid=draft-marker]))');
});

test('a draft in another language asks before sending', async () => {
  await page.fill('[data-testid=draft-input]', 'Hi Lucas, your refund has been approved and you will get it soon.');
  await page.waitForSelector('[data-testid=language-mismatch][data-detected=en]');
  assert.match(await text('[data-testid=language-mismatch]'), /looks like English, but the reply language is Portuguese \(Brazil\)/);
  const before = await page.locator('[data-testid=message]').count();
  await page.focus('[data-testid=draft-input]');
  await page.keyboard.press('Control+Enter');
  await page.waitForSelector('[data-testid=confirm-send]');
  assert.equal(await page.locator('[data-testid=message]').count(), before, 'not sent without confirming');
  await page.click('[data-testid=confirm-send]');
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid=message]').length === n + 1, before);
  assert.equal(await page.locator('[data-testid=queued-badge]').count(), 2);
});

test('an internal note is amber and is queued as a note', async () => {
  await page.click('[data-testid=reply-kind] [data-kind=note]');
  assert.equal(await page.getAttribute('[data-testid=composer]', 'data-kind'), 'note');
  await page.fill('[data-testid=draft-input]', 'Cliente confirmou o Pix; aguardando Pagamentos.');
  await page.click('[data-testid=send-reply]');
  await page.waitForSelector('[data-testid=message][data-direction=note][data-delivery=queued]');
});

test('settings: the agent’s gender and the team macro pack folder', async () => {
  await page.click('[data-testid=settings-button]');
  await page.waitForSelector('[data-testid=macro-pack-status]');
  assert.equal(await page.inputValue('[data-testid=agent-gender]'), 'female');
  const builtIn = Number(await page.getAttribute('[data-testid=macro-pack-status]', 'data-count'));
  await page.fill('[data-testid=macro-pack-dir]', 'not a folder');
  await page.click('[data-testid=macro-pack-use]');
  await page.waitForSelector('[data-testid=macro-pack-error][data-code=INVALID_INPUT]');
  await page.fill('[data-testid=macro-pack-dir]', '/srv/broken-team-macros');
  await page.click('[data-testid=macro-pack-use]');
  await page.waitForSelector(`[data-testid=macro-pack-status][data-count="${builtIn + 1}"]`);
  assert.match(await text('[data-testid=macro-pack-problem]'), /billing\.ftl:12 — expected a message body/);
  await screenshot(page, 'settings-macro-pack');
  await page.click('[data-testid=macro-pack-clear]');
  await page.waitForSelector(`[data-testid=macro-pack-status][data-count="${builtIn}"]`);

  await page.selectOption('[data-testid=agent-gender]', 'male');
  await page.keyboard.press('Escape');
  await page.waitForSelector('[data-testid=settings-panel]', { state: 'detached' });
  // The Portuguese closing follows: Obrigado.
  await page.click('[data-testid=reply-kind] [data-kind=reply]');
  await page.click('[data-testid=macro-picker-button]');
  await page.fill('[data-testid=macro-search]', 'escalated');
  // The pack changed, so the list is fetched again.
  await page.waitForSelector('[data-testid=macro-item][data-macro-id="escalation-acknowledged"]');
  await page.press('[data-testid=macro-search]', 'Enter');
  await page.fill('[data-testid=var-days]', '2');
  await waitPreview(/Obrigado pelo contato!/);
  await page.keyboard.press('Escape');
});

test('no console errors or CSP violations', () => {
  assert.deepEqual(problems, []);
});
