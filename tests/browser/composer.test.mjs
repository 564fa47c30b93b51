// Browser test of the reply composer on the real core (polydesk-testhost serving
// ui/dist-testhost): the macro picker, variables, previews in two languages, fallback and
// template errors, insert and send, and the team macro pack folder in settings.
// Build first: cargo build -p polydesk-testhost && npm --prefix ui run build:testhost
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { artifacts, plain, screenshot, startApp } from './harness.mjs';

// Every command answers after this long, so a preview that changes within one frame of a
// language switch cannot have waited for the backend.
const DELAY_MS = 120;

let app;
let page;
const problems = [];

const text = async (selector) => plain((await page.textContent(selector)) ?? '');

/** The Brazilian Portuguese case the tests write in, and its prefilled reply variables. */
let caseId;
let context;

/** Team macro packs on disk: `<dir>/<locale>/*.ftl` and an optional `<dir>/macros.toml`. */
const packs = mkdtempSync(join(tmpdir(), 'polydesk-composer-'));
const TEAM_PACK = join(packs, 'team-macros');
const BROKEN_PACK = join(packs, 'broken-team-macros');
const NOT_A_FOLDER = join(packs, 'notes.txt');
/** The team pack's macro: English and Brazilian Portuguese only, no European Portuguese. */
const TEAM_MACRO = 'pix-receipt-request';

function writePack(dir, files) {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
}

writePack(TEAM_PACK, {
  'macros.toml': `[${TEAM_MACRO}]
category = "general"
status = "pending"
tags = ["pix", "payment"]
`,
  'en/pix.ftl': `${TEAM_MACRO} =
    { greeting }

    To look into your Pix payment, please send us the receipt your bank app shows. As soon as it arrives, I’ll pick up your case { $case_ref } again.

    { closing }
    .title = Request the Pix receipt
`,
  'pt-BR/pix.ftl': `${TEAM_MACRO} =
    { greeting }

    Para analisar a sua solicitação, envie o comprovante do Pix que aparece no aplicativo do seu banco. Assim que ele chegar, retomo o seu caso { $case_ref }.

    { closing }
    .title = Solicitar o comprovante do Pix
`,
});

// One good file (one macro) and one whose entry at line 12 has no text: that file is skipped
// and reported by file and line, the rest of the pack still loads.
writePack(BROKEN_PACK, {
  'en/refunds.ftl': `chargeback-received =
    { greeting }

    We received the chargeback your bank opened for case { $case_ref } and are looking into it.

    { closing }
    .title = Chargeback received
`,
  'en/billing.ftl': `## Billing macros of the team pack.

billing-invoice-sent =
    { greeting }

    Your invoice for case { $case_ref } is attached.

    { closing }
    .title = Invoice sent

# This one lost its text.
billing-receipt-sent =

billing-refund-note =
    { greeting }
`,
});
writeFileSync(NOT_A_FOLDER, 'a file, not a folder\n');

before(async () => {
  app = await startApp(problems, { delayMs: DELAY_MS });
  // The agent is a woman (the Portuguese thanks agree) and uses the team pack; the demo CRM
  // is out of reach, so a sent reply stays queued on this computer, as the thread shows.
  await app.host.invoke('set_agent_gender', { gender: 'female' });
  await app.host.invoke('demo_simulate', { action: 'network-down' });
  await app.host.invoke('set_macro_pack_dir', { dir: TEAM_PACK });
  page = await app.open();
});

after(async () => {
  await app?.close();
  rmSync(packs, { recursive: true, force: true });
});

/**
 * The first case in the list that replies in Brazilian Portuguese because that is the
 * customer's locale, addressed formally with the customer's gender unknown.
 */
async function findCase() {
  await page.waitForSelector('[data-testid=case-row][data-reply-language="pt-BR"]');
  const ids = await page.$$eval('[data-testid=case-row][data-reply-language="pt-BR"]', (rows) => rows.map((r) => r.dataset.caseId));
  for (const id of ids) {
    const ctx = await app.host.invoke('get_reply_context', { caseId: id });
    const { suggestion, args } = ctx;
    if (suggestion.language === 'pt-BR' && suggestion.source === 'customer-locale' && args.formality === 'formal' && args.customer_gender === 'unknown') {
      return [id, ctx];
    }
  }
  throw new Error(`no formal pt-BR case by customer locale among ${ids.join(', ')}`);
}

async function openCase(id) {
  await page.click(`[data-testid=case-row][data-case-id="${id}"]`);
  await page.waitForSelector(`[data-testid=case-detail][data-case-id="${id}"][aria-busy=false] [data-testid=composer]`);
}

async function waitPreview(pattern, selector = '[data-testid=macro-preview]') {
  await page.waitForFunction(
    ([sel, source]) => new RegExp(source).test(document.querySelector(sel)?.textContent ?? ''),
    [selector, pattern.source],
  );
}

test('the composer shows the reply language, where it came from, and the reply kind', async () => {
  [caseId, context] = await findCase();
  await openCase(caseId);
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
  // The case replies in pt-BR: a macro without a pt-BR variant would be flagged; none here
  // (the team pack's macro has one too).
  await page.waitForSelector(`[data-testid=macro-item][data-macro-id="${TEAM_MACRO}"]`);
  assert.equal(await page.locator('[data-testid=macro-item] [data-missing=true]').count(), 0);

  // j/k are typed, not shortcuts: the case stays open and selected.
  await page.keyboard.type('jk');
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=macro-item]').length === 0);
  await page.fill('[data-testid=macro-search]', '');
  await page.keyboard.press('Escape');
  await page.waitForSelector('[data-testid=macro-picker]', { state: 'detached' });
  assert.equal(await page.getAttribute('[data-testid=case-detail]', 'data-case-id'), caseId);
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'draft-input');
});

test('choosing a macro shows its variables, prefilled, and names what is missing', async () => {
  await page.click('[data-testid=macro-picker-button]');
  await page.waitForSelector('[data-testid=macro-search]:focus');
  // "refund" alone matches every refund macro of the library; two words narrow it to one.
  await page.keyboard.type('refund appr');
  await page.waitForFunction(() => {
    const items = [...document.querySelectorAll('[data-testid=macro-item]')];
    return items.length === 1 && items[0].dataset.macroId === 'refund-approved';
  });
  // Titles are in the agent's UI language (English here).
  assert.match(await text('[data-testid=macro-item]'), /Refund approved/);
  await page.keyboard.press('Enter');
  await page.waitForSelector('[data-testid=macro-variables]');
  assert.equal(await page.inputValue('[data-testid=var-customer_name]'), context.args.customer_name);
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
  // Every built-in macro has all five locales; the team pack's has no pt-PT variant.
  const item = page.locator(`[data-testid=macro-item][data-macro-id="${TEAM_MACRO}"]`);
  assert.equal(await item.locator('[data-missing=true]').getAttribute('data-locale'), 'pt-PT');
  assert.equal(await page.locator('[data-testid=macro-item] [data-missing=true]').count(), 1);
  await item.click();
  await page.waitForSelector('[data-testid=fallback-warning]');
  assert.match(await text('[data-testid=fallback-warning]'), /no Portuguese \(Portugal\) version.*in Portuguese \(Brazil\)/);
  assert.equal(await page.getAttribute('[data-testid=macro-preview]', 'data-used'), 'pt-BR');
  await waitPreview(/Para analisar a sua solicitação, envie o comprovante do Pix/);
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
  assert.ok(draft.startsWith(`Olá, ${context.args.customer_name}!\n\nBoa notícia`), `draft starts: ${JSON.stringify(draft.slice(0, 80))}`);
  assert.ok(
    draft.endsWith(`Obrigada pelo contato!\n\nAtenciosamente,\n${context.args.agent_name}\nEquipe de Atendimento`),
    `draft ends: ${JSON.stringify(draft.slice(-80))}`,
  );
  assert.doesNotMatch(draft, /\{\$/);
  await page.waitForSelector('[data-testid=draft-state][data-state=saved]');
});

test('Ctrl+Enter sends; the reply is queued in the thread at once', async () => {
  const before = await page.locator('[data-testid=message]').count();
  await page.focus('[data-testid=draft-input]');
  await page.keyboard.press('Control+Enter');
  // No warning for a pt-BR reply in pt-BR; confirm if one shows anyway. "Refund approved"
  // solves the case: solving asks for the root cause in place when the case has none. (One wait for any,
  // so no click is left waiting for the next test's confirmation.)
  const next = async () =>
    (
      await page.waitForFunction(() =>
        document.querySelector('[data-testid=message][data-delivery=queued]')
          ? 'queued'
          : document.querySelector('[data-testid=confirm-send]')
            ? 'confirm'
            : document.querySelector('[data-testid=solve-dialog]')
              ? 'solve'
              : null,
      )
    ).jsonValue();
  let shown = await next();
  if (shown === 'confirm') {
    await page.click('[data-testid=confirm-send]');
    shown = await next();
  }
  if (shown === 'solve') {
    await page.selectOption('[data-testid=solve-root-cause]', 'refund-processing');
    await page.click('[data-testid=solve-submit]');
    await page.waitForSelector('[data-testid=solve-dialog]', { state: 'detached' });
  }
  await page.waitForSelector('[data-testid=message][data-delivery=queued] [data-testid=queued-badge]');
  // Sent: the box empties (a reload of the case can show the message a moment earlier).
  await page.waitForFunction(() => document.querySelector('[data-testid=draft-input]')?.value === '');
  assert.equal(await page.locator('[data-testid=message]').count(), before + 1);
  const queued = page.locator('[data-testid=message][data-delivery=queued]').last();
  assert.equal(await queued.getAttribute('data-direction'), 'outbound');
  assert.match(plain(await queued.textContent()), /Queued/);
  assert.match(plain(await queued.textContent()), /Boa notícia/);
  assert.equal(await page.inputValue('[data-testid=draft-input]'), '');
  assert.match(await text('[data-testid=queued-note]'), /kept on this computer/);
  await page.waitForSelector(`[data-testid=case-row][data-case-id="${caseId}"]:not(:has([data-testid=draft-marker]))`);
});

test('a draft in another language asks before sending', async () => {
  const first = context.args.customer_first_name;
  await page.fill('[data-testid=draft-input]', `Hi ${first}, your refund has been approved and you will get it soon.`);
  await page.waitForSelector('[data-testid=language-mismatch][data-detected=en]');
  assert.match(await text('[data-testid=language-mismatch]'), /looks like English, but the reply language is Portuguese \(Brazil\)/);
  const before = await page.locator('[data-testid=message]').count();
  await page.focus('[data-testid=draft-input]');
  await page.keyboard.press('Control+Enter');
  await page.waitForSelector('[data-testid=confirm-send]');
  assert.equal(await page.locator('[data-testid=message]').count(), before, 'not sent without confirming');
  await page.click('[data-testid=confirm-send]');
  await page.waitForFunction(
    (n) => document.querySelectorAll('[data-testid=message]').length === n + 1 && document.querySelector('[data-testid=draft-input]')?.value === '',
    before,
  );
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
  const builtIn = (await app.host.invoke('list_macros', { lang: 'en' })).filter((m) => m.origin === 'built-in').length;
  // The team pack set up at the start is in use, with its one macro.
  await page.waitForSelector(`[data-testid=macro-pack-status][data-count="${builtIn + 1}"]`);
  assert.equal(await page.inputValue('[data-testid=macro-pack-dir]'), TEAM_PACK);
  await page.fill('[data-testid=macro-pack-dir]', NOT_A_FOLDER);
  await page.click('[data-testid=macro-pack-use]');
  await page.waitForSelector('[data-testid=macro-pack-error][data-code=INVALID_INPUT]');
  await page.fill('[data-testid=macro-pack-dir]', BROKEN_PACK);
  await page.click('[data-testid=macro-pack-use]');
  await page.waitForSelector('[data-testid=macro-pack-problem]');
  assert.equal(await page.getAttribute('[data-testid=macro-pack-status]', 'data-count'), String(builtIn + 1));
  assert.equal(await page.locator('[data-testid=macro-pack-problem]').count(), 1);
  assert.match(await text('[data-testid=macro-pack-problem]'), /billing\.ftl:12 — Expected a message field for "billing-receipt-sent"/);
  await screenshot(page, 'settings-macro-pack');
  await page.click('[data-testid=macro-pack-clear]');
  await page.waitForSelector(`[data-testid=macro-pack-status][data-count="${builtIn}"]`);
  assert.equal(await page.locator('[data-testid=macro-pack-problem]').count(), 0);

  await page.selectOption('[data-testid=agent-gender]', 'male');
  await page.keyboard.press('Escape');
  await page.waitForSelector('[data-testid=settings-panel]', { state: 'detached' });
  // The Portuguese closing follows: Obrigado.
  await page.click('[data-testid=reply-kind] [data-kind=reply]');
  await page.click('[data-testid=macro-picker-button]');
  await page.fill('[data-testid=macro-search]', 'escalated');
  // The pack changed, so the list is fetched again: the team pack's macros are gone.
  await page.waitForSelector('[data-testid=macro-item][data-macro-id="escalation-acknowledged"]');
  await page.fill('[data-testid=macro-search]', '');
  await page.waitForSelector('[data-testid=macro-item][data-macro-id="escalation-acknowledged"]');
  assert.equal(await page.locator(`[data-testid=macro-item][data-macro-id="${TEAM_MACRO}"]`).count(), 0);
  assert.equal(await page.locator('[data-testid=macro-item][data-macro-id="chargeback-received"]').count(), 0);
  await page.fill('[data-testid=macro-search]', 'escalated');
  await page.waitForFunction(() => document.querySelector('[data-testid=macro-item]')?.dataset.macroId === 'escalation-acknowledged');
  await page.press('[data-testid=macro-search]', 'Enter');
  await page.fill('[data-testid=var-days]', '2');
  await waitPreview(/Obrigado pelo contato!/);
  await page.keyboard.press('Escape');
});

test('no console errors or CSP violations', () => {
  assert.deepEqual(problems, []);
});
