// Browser test of sync on the real core (polydesk-testhost): the status bar's sync state,
// the pending badge, the outbox, conflicts, field edits and escalation, the changed-case
// warning before a reply, and the CRM connection settings. The demo CRM (the simulated
// Zendesk running in the host) is driven through the simulation controls in Settings.
// Build first: cargo build -p polydesk-testhost && npm --prefix ui run build:testhost
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { plain, screenshot, startApp, startHost, watch, openOutbox as openOutboxOf, closeOutbox as closeOutboxOf } from './harness.mjs';

let app;
let context;
let page;
const problems = [];
/** The cases the tests work on, chosen from the first rows of the demo inbox. */
const cases = {};

const text = async (selector) => plain((await page.textContent(selector)) ?? '');
const row = (id) => `[data-testid=case-row][data-case-id="${id}"]`;

/** The first of the All view's first rows that `fits` (a summary, and the case itself). */
async function pickCase(fits, taken = Object.values(cases)) {
  const { cases: rows } = await app.host.invoke('list_cases', { view: 'all', offset: 0, limit: 18 });
  for (const row of rows.filter((r) => !taken.includes(r.id))) {
    const detail = await app.host.invoke('get_case', { id: row.id });
    if (fits(row, detail)) return row.id;
  }
  throw new Error('no case in the first rows fits');
}

before(async () => {
  app = await startApp(problems, { delayMs: 30 });
  context = app.context;
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.base });
  page = await app.open('/');
  const inbound = (d) => d.messages.some((m) => m.direction === 'inbound');
  cases.reply = await pickCase((r, d) => r.reply_language === 'pt-BR' && r.status === 'open' && r.priority !== 'urgent' && inbound(d));
  cases.escalate = await pickCase((r, d) => r.status === 'open' && r.group && r.group !== 'Tier 2' && !d.escalations.some((e) => e.state === 'open'));
  cases.changed = await pickCase((r) => r.status === 'open' && r.reply_language.startsWith('pt'));
  cases.attachment = await pickCase((r, d) => d.messages.some((m) => m.attachments.length > 0), []);
});

after(() => app?.close());

/** Run one of the demo CRM's simulations from Settings, then close Settings. */
async function simulate(action) {
  await page.click('[data-testid=settings-button]');
  await page.click(`[data-testid=demo-${action}]`);
  if (action === 'colleague-edit') await page.waitForSelector('[data-testid=demo-done]');
  await page.click('[data-testid=settings-button]');
  await page.waitForSelector('[data-testid=settings-panel]', { state: 'detached' });
}

async function openCase(id) {
  await page.click(row(id));
  await page.waitForSelector(`[data-testid=case-detail][data-case-id="${id}"][aria-busy=false] [data-testid=composer]`);
}

async function sendReply(body) {
  await page.fill('[data-testid=draft-input]', body);
  await page.click('[data-testid=send-reply]');
}

const openOutbox = () => openOutboxOf(page);
const closeOutbox = () => closeOutboxOf(page);

test('the status bar shows the sync state; the demo workspace starts online', async () => {
  await page.waitForSelector('[data-testid=sync-indicator][data-state=online]');
  assert.match(await text('[data-testid=sync-indicator]'), /Online/);
  assert.equal(await page.locator('[data-testid=sync-pending]').count(), 0);
  assert.match(await text('[data-testid=status-bar]'), /Demo workspace/);
});

test('a reply queued while the network is down: pending badge, outbox, then sent when it is back', async () => {
  await simulate('network-down');
  await page.waitForSelector('[data-testid=sync-indicator][data-state=offline]');
  assert.match(await text('[data-testid=sync-indicator]'), /Offline/);

  const id = cases.reply;
  const { subject } = await app.host.invoke('get_case', { id });
  await openCase(id);
  await sendReply('Oi! Estamos verificando a sua recarga agora mesmo.');
  await page.waitForSelector('[data-testid=message][data-delivery=queued]');
  await page.waitForSelector(`${row(id)} [data-testid=pending-badge][data-count="1"]`);
  assert.match(await text(`${row(id)} [data-testid=pending-badge]`), /^\s*1 queued\s*$/);
  await page.waitForSelector('[data-testid=sync-indicator][data-pending="1"]');
  assert.match(await text('[data-testid=sync-pending]'), /1 queued/);
  assert.match(await text('[data-testid=case-pending]'), /1 queued/);

  await openOutbox();
  assert.equal(await page.getAttribute('[data-testid=outbox-sync]', 'data-state'), 'offline');
  assert.match(await text('[data-testid=outbox-sync]'), /Trying again in \d+ s/);
  assert.equal(await page.getAttribute('[data-testid=outbox-sync] [data-testid=sync-error]', 'data-code'), 'OFFLINE');
  const groups = await page.$$eval('[data-testid=outbox-group]', (gs) => gs.map((g) => g.dataset.state));
  assert.deepEqual(groups, ['pending']);
  const item = page.locator('[data-testid=outbox-item]');
  assert.equal(await item.count(), 1);
  assert.equal(await item.getAttribute('data-kind'), 'reply');
  assert.ok(plain(await item.textContent()).includes(subject), 'the item names its case');
  assert.match(plain(await item.textContent()), /Estamos verificando a sua recarga/);
  await page.click('[data-testid=outbox-copy]');
  await page.waitForFunction(() => document.querySelector('[data-testid=outbox-copy]')?.textContent?.includes('Copied'));
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), 'Oi! Estamos verificando a sua recarga agora mesmo.');
  await screenshot(page, 'sync-outbox-pending');
  await closeOutbox();

  await simulate('network-up');
  await page.waitForSelector('[data-testid=sync-indicator][data-state=online][data-pending="0"]');
  await page.waitForSelector(`${row(id)}:not(:has([data-testid=pending-badge]))`);
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=message][data-delivery=queued]').length === 0);
  assert.equal(await page.locator('[data-testid=case-pending]').count(), 0);
  await openOutbox();
  assert.match(await text('[data-testid=outbox-empty]'), /everything you did is in the CRM/);
  await closeOutbox();
});

test('a status change shows at once, pending; a colleague’s change to it is a conflict; keeping mine sends it', async () => {
  await simulate('network-down');
  await page.waitForSelector('[data-testid=sync-indicator][data-state=offline]');
  assert.equal(await page.inputValue('[data-testid=field-status]'), 'open');
  await page.selectOption('[data-testid=field-status]', 'on-hold');
  await page.waitForSelector('[data-testid=field-pending][data-field=status]');
  assert.equal(await page.inputValue('[data-testid=field-status]'), 'on-hold');
  await page.waitForSelector(`${row(cases.reply)} [data-testid=pending-badge]`);
  assert.match(await text(`${row(cases.reply)}`), /On hold/, 'the list row shows the new status too');

  await simulate('colleague-edit');
  await simulate('network-up');
  await page.waitForSelector('[data-testid=sync-indicator][data-attention="1"]');
  assert.match(await text('[data-testid=sync-attention]'), /1 needs you/);
  await page.waitForSelector('[data-testid=field-conflict][data-field=status]');
  // The colleague's priority change came through; their status waits for the agent's choice.
  assert.equal(await page.inputValue('[data-testid=field-priority]'), 'urgent');

  await openOutbox();
  const groups = await page.$$eval('[data-testid=outbox-group]', (gs) => gs.map((g) => g.dataset.state));
  assert.deepEqual(groups, ['conflict']);
  assert.equal(await page.getAttribute('[data-testid=outbox-item-error]', 'data-code'), 'CONFLICT');
  assert.match(await text('[data-testid=outbox-item-error]'), /changed in the CRM first/);
  await page.click('[data-testid=outbox-resolve]');
  await page.waitForSelector('[data-testid=conflict-dialog]');
  const field = '[data-testid=conflict-field][data-field=status]';
  assert.equal(await text(`${field} [data-testid=conflict-base]`), 'Open');
  assert.equal(await text(`${field} [data-testid=conflict-mine]`), 'On hold');
  assert.equal(await text(`${field} [data-testid=conflict-theirs]`), 'Pending');
  assert.ok(await page.isDisabled('[data-testid=conflict-submit]'), 'no choice yet');
  await screenshot(page, 'sync-conflict');
  await page.check(`${field} [data-testid=conflict-keep-mine]`);
  await page.click('[data-testid=conflict-submit]');
  await page.waitForSelector('[data-testid=conflict-dialog]', { state: 'detached' });
  await page.waitForSelector('[data-testid=outbox] [data-testid=outbox-empty]');
  await closeOutbox();
  await page.waitForSelector('[data-testid=sync-indicator][data-attention="0"][data-pending="0"]');
  assert.equal(await page.inputValue('[data-testid=field-status]'), 'on-hold');
  assert.equal(await page.locator('[data-testid=field-conflict]').count(), 0);
  assert.equal(await page.locator('[data-testid=field-pending]').count(), 0);
});

test('from the case header, a conflict can be settled keeping the CRM’s value', async () => {
  await simulate('network-down');
  await page.selectOption('[data-testid=field-priority]', 'low');
  await page.waitForSelector('[data-testid=field-pending][data-field=priority]');
  await simulate('colleague-edit');
  await simulate('network-up');
  await page.click('[data-testid=case-resolve-conflict]');
  await page.waitForSelector('[data-testid=conflict-dialog] [data-testid=conflict-field][data-field=priority]');
  const theirs = await text('[data-testid=conflict-field][data-field=priority] [data-testid=conflict-theirs]');
  assert.notEqual(theirs, 'Low');
  await page.click('[data-testid=conflict-all-theirs]');
  await page.click('[data-testid=conflict-submit]');
  await page.waitForSelector('[data-testid=outbox] [data-testid=outbox-empty]');
  await closeOutbox();
  await page.waitForFunction((label) => {
    const select = document.querySelector('[data-testid=field-priority]');
    return select && select.selectedOptions[0]?.textContent?.trim() === label;
  }, theirs);
  assert.equal(await page.locator('[data-testid=case-resolve-conflict]').count(), 0);
});

test('escalating asks for a reason, then moves the case to the team with a queued note', async () => {
  const id = cases.escalate;
  const { group } = await app.host.invoke('get_case', { id });
  await openCase(id);
  await simulate('network-down');
  await page.click('[data-testid=escalate-button]');
  await page.waitForSelector('[data-testid=escalate-dialog]');
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'escalate-team');
  const teams = await page.$$eval('#escalate-teams option', (os) => os.map((o) => o.value));
  assert.ok(teams.includes('Tier 2') && !teams.includes(group), `teams offered to a ${group} case: ${teams}`);
  await page.fill('[data-testid=escalate-team]', 'Tier 2');
  await page.selectOption('[data-testid=escalate-priority]', 'high');
  await page.click('[data-testid=escalate-submit]');
  await page.waitForSelector('[data-testid=escalate-error][data-code=INVALID_INPUT]');
  assert.match(await text('[data-testid=escalate-error]'), /Choose a team and say why/);
  assert.match(await text('[data-testid=escalate-error-detail]'), /why the case is escalated/);
  assert.equal(await page.getAttribute('[data-testid=escalate-reason]', 'aria-invalid'), 'true');

  await page.fill('[data-testid=escalate-reason]', 'Ingest logs show packet loss on ap-east; needs the streaming team.');
  await page.click('[data-testid=escalate-submit]');
  await page.waitForSelector('[data-testid=escalate-dialog]', { state: 'detached' });
  assert.equal(await page.inputValue('[data-testid=field-group]'), 'Tier 2');
  assert.equal(await page.inputValue('[data-testid=field-priority]'), 'high');
  await page.waitForSelector('[data-testid=case-tag][data-tag=escalated]');
  await page.waitForSelector('[data-testid=field-pending][data-field=group]');
  const note = page.locator('[data-testid=message][data-direction=note][data-delivery=queued]').last();
  assert.match(plain(await note.textContent()), /Escalated to Tier 2 — severity: normal; risk: none; due: \S+\s+Reason: Ingest logs show packet loss/);
  await page.waitForSelector(`${row(id)} [data-testid=pending-badge][data-count="2"]`);

  await openOutbox();
  const kinds = await page.$$eval('[data-testid=outbox-item]', (is) => is.map((i) => i.dataset.kind));
  assert.deepEqual(kinds, ['fields', 'note']);
  assert.ok((await text('[data-testid=outbox-item][data-kind=fields]')).includes(`Group: ${group} → Tier 2`));
  await closeOutbox();
  await simulate('network-up');
  await page.waitForSelector('[data-testid=sync-indicator][data-state=online][data-pending="0"]');
});

test('a tag is added and removed from the header; a tag with spaces is refused with the reason', async () => {
  await page.fill('[data-testid=tag-input]', 'packet-loss');
  await page.press('[data-testid=tag-input]', 'Enter');
  await page.waitForSelector('[data-testid=case-tag][data-tag=packet-loss]');
  assert.equal(await page.inputValue('[data-testid=tag-input]'), '');
  await page.fill('[data-testid=tag-input]', 'order dispute');
  await page.press('[data-testid=tag-input]', 'Enter');
  await page.waitForSelector('[data-testid=edit-error][data-code=INVALID_INPUT]');
  assert.match(await text('[data-testid=edit-error]'), /use hyphens/);
  await page.click('[data-testid=case-tag][data-tag=packet-loss] button');
  await page.waitForSelector('[data-testid=case-tag][data-tag=packet-loss]', { state: 'detached' });
});

test('a reply on a case that changed since it was opened asks first; review keeps the draft, send anyway sends', async () => {
  const id = cases.changed;
  await openCase(id);
  const before = Number(await page.getAttribute(row(id), 'data-index'));
  const draft = 'Olá! Já pedimos à equipa de pagamentos que valide o seu IBAN.';
  await simulate('colleague-edit');
  // The pull shows the colleague's note in the open case at once.
  await page.waitForSelector('[data-testid=message]:has-text("waiting for the customer")');
  // The case moved up the list (newest first); the selection moved with it.
  await page.waitForFunction(
    ([id, before]) => {
      const selected = document.querySelector('[data-testid=case-row][aria-selected=true]');
      return selected?.dataset.caseId === id && Number(selected.dataset.index) < before;
    },
    [id, before],
  );
  await sendReply(draft);
  await page.waitForSelector('[data-testid=case-changed-dialog]');
  const changes = await page.$$eval('[data-testid=case-change]', (cs) => cs.map((c) => c.dataset.kind));
  assert.deepEqual(changes, ['colleague-wrote', 'status-changed']);
  assert.match(await text('[data-testid=case-change][data-kind=status-changed]'), /The status changed from Open to Pending\./);
  const colleague = plain(await page.locator('[data-testid=message]:has-text("waiting for the customer") .author').last().textContent());
  assert.ok((await text('[data-testid=case-change][data-kind=colleague-wrote]')).includes(`${colleague.trim()} added a message`));
  assert.equal(await page.locator('[data-testid=message][data-delivery=queued]').count(), 0, 'nothing sent yet');
  await screenshot(page, 'sync-case-changed');

  // Esc is "Review the case": the dialog closes, the case stays open with the draft.
  await page.keyboard.press('Escape');
  await page.waitForSelector('[data-testid=case-changed-dialog]', { state: 'detached' });
  assert.equal(await page.inputValue('[data-testid=draft-input]'), draft);
  assert.equal(await page.getAttribute('[data-testid=case-detail]', 'data-case-id'), id, 'Esc in the dialog kept the case open');

  await simulate('colleague-edit');
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=message]').length > 0 &&
    [...document.querySelectorAll('[data-testid=message]')].filter((m) => m.textContent.includes('waiting for the customer')).length === 2);
  assert.equal(await page.inputValue('[data-testid=draft-input]'), draft, 'the pull refreshed the case, not the draft');
  await page.click('[data-testid=send-reply]');
  await page.waitForSelector('[data-testid=case-changed-dialog]');
  await page.click('[data-testid=case-changed-send]');
  await page.waitForSelector('[data-testid=case-changed-dialog]', { state: 'detached' });
  // Queued, and (online) soon sent: either way, in the thread once.
  await page.waitForSelector('[data-testid=message][data-direction=outbound]:has-text("valide o seu IBAN")');
  assert.equal(await page.locator('[data-testid=message]:has-text("valide o seu IBAN")').count(), 1);
  assert.equal(await page.inputValue('[data-testid=draft-input]'), '');

  // What was sent anyway is now what the agent has seen: the next reply goes without asking.
  await sendReply('Entretanto, pode confirmar o nome do titular?');
  await page.waitForSelector('[data-testid=message][data-direction=outbound]:has-text("pode confirmar o nome do titular")');
  assert.equal(await page.locator('[data-testid=case-changed-dialog]').count(), 0);
});

test('discarding a queued reply asks first, takes it out of the thread, and keeps its text to copy', async () => {
  // Offline, so the reply stays in the outbox.
  await simulate('network-down');
  await page.waitForSelector('[data-testid=sync-indicator][data-state=offline]');
  await sendReply('Pode também enviar um extrato bancário recente?');
  await page.waitForSelector('[data-testid=message][data-delivery=queued]:has-text("extrato bancário")');
  await openOutbox();
  const before = await page.locator('[data-testid=outbox-item][data-kind=reply]').count();
  assert.ok(before >= 1, `${before} replies queued`);
  const item = page.locator('[data-testid=outbox-item][data-kind=reply]').last();
  await item.locator('[data-testid=outbox-discard]').click();
  await item.locator('[data-testid=outbox-discard-yes]').click();
  await page.waitForSelector('[data-testid=outbox-discarded]');
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid=outbox-item][data-kind=reply]').length === n, before - 1);
  await page.click('[data-testid=outbox-copy-discarded]');
  await page.waitForFunction(() => document.querySelector('[data-testid=outbox-copy-discarded]')?.textContent?.includes('Copied'));
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), 'Pode também enviar um extrato bancário recente?');
  await closeOutbox();
  assert.equal(await page.locator('[data-testid=message]:has-text("extrato bancário")').count(), 0);
  await simulate('network-up');
  await page.waitForSelector('[data-testid=sync-indicator][data-state=online]');
});

test('“work offline” pauses sync; turning it off sends what waited', async () => {
  await openOutbox();
  await page.check('[data-testid=work-offline]');
  await page.waitForSelector('[data-testid=sync-indicator][data-state=paused]');
  assert.match(await text('[data-testid=sync-indicator]'), /Working offline/);
  assert.ok(await page.isDisabled('[data-testid=sync-now]'));
  await page.uncheck('[data-testid=work-offline]');
  await page.waitForSelector('[data-testid=sync-indicator][data-state=online][data-pending="0"]');
  await page.waitForSelector('[data-testid=outbox] [data-testid=outbox-empty]');
  await closeOutbox();
});

test('an attachment is listed under its message and opened on demand', async () => {
  const id = cases.attachment;
  const detail = await app.host.invoke('get_case', { id });
  const message = detail.messages.find((m) => m.attachments.length > 0);
  const { file_name: name, id: attachmentId } = message.attachments[0];
  await openCase(id);
  const file = page.locator(`[data-testid=message][data-message-id="${message.id}"] [data-testid=attachment]`).first();
  assert.ok(plain(await file.textContent()).includes(name));
  assert.match(plain(await file.textContent()), /\d+\s?(byte|kB)/, 'its size is shown');
  await file.click();
  const saved = page.locator('[data-testid=attachment-saved]');
  await saved.waitFor();
  assert.ok(plain(await saved.textContent()).includes(`attachments/${attachmentId}/${name}`), plain(await saved.textContent()));
  assert.equal(await page.locator('[data-testid=attachment-error]').count(), 0);
  // Downloaded from the CRM into the data folder, and opened with the computer's app.
  const { opened } = await app.host.shell();
  assert.ok(opened.some((p) => p.endsWith(`attachments/${attachmentId}/${name}`)), `opened: ${opened}`);
});

test('connection settings: a bad address is refused with the reason, an unreachable CRM is a problem, a good one syncs', async () => {
  // A Zendesk-shaped CRM of its own, a little slow, so its first sync shows its progress.
  const crm = await app.host.crm({ cases: 600, faults: 'latency:20ms' });
  await page.click('[data-testid=settings-button]');
  await page.waitForSelector('[data-testid=connection-current][data-kind=demo]');
  assert.match(await text('[data-testid=connection-current]'), /Demo CRM/);
  // The demo CRM comes with the demo workspace: nothing to test or save for it.
  assert.equal(await page.inputValue('[data-testid=connection-kind]'), 'demo');
  assert.equal(await page.locator('[data-testid=connection-save]').count(), 0);
  await page.selectOption('[data-testid=connection-kind]', 'zendesk');
  await page.fill('[data-testid=connection-url]', 'acme.zendesk');
  await page.fill('[data-testid=connection-user]', crm.user);
  await page.fill('[data-testid=connection-secret]', crm.token);
  assert.equal(await page.getAttribute('[data-testid=connection-secret]', 'type'), 'password');
  await page.click('[data-testid=connection-test]');
  await page.waitForSelector('[data-testid=connection-error][data-code=INVALID_INPUT]');
  assert.match(await text('[data-testid=connection-error]'), /Check the connection settings\./);
  assert.match(await text('[data-testid=connection-error]'), /should start with https:\/\//);
  await page.click('[data-testid=connection-save]');
  await page.waitForSelector('[data-testid=connection-error][data-code=INVALID_INPUT]');
  assert.equal(await page.getAttribute('[data-testid=connection-current]', 'data-kind'), 'demo', 'nothing saved');

  // Nothing listens there: the CRM cannot be reached.
  await page.fill('[data-testid=connection-url]', 'http://127.0.0.1:9');
  await page.click('[data-testid=connection-test]');
  await page.waitForSelector('[data-testid=connection-result][data-ok=false][data-code=OFFLINE]');
  assert.match(await text('[data-testid=connection-problem]'), /The CRM can’t be reached/);

  // The right address, the wrong token: refused.
  await page.fill('[data-testid=connection-url]', crm.url);
  await page.fill('[data-testid=connection-secret]', 'not-the-token');
  await page.click('[data-testid=connection-test]');
  await page.waitForSelector('[data-testid=connection-result][data-ok=false][data-code=AUTH_REFUSED]');
  assert.match(await text('[data-testid=connection-problem]'), /refused the user name, password or token/);

  await page.fill('[data-testid=connection-secret]', crm.token);
  await page.click('[data-testid=connection-test]');
  await page.waitForSelector('[data-testid=connection-result][data-ok=true]');
  assert.match(await text('[data-testid=connection-result]'), /Connected as \S.*\./);
  await page.click('[data-testid=connection-save]');
  await page.waitForSelector('[data-testid=connection-notice][data-notice=saved]');
  assert.equal(await page.inputValue('[data-testid=connection-secret]'), '', 'the secret is not kept after saving');
  assert.equal(await page.getAttribute('[data-testid=connection-current]', 'data-kind'), 'zendesk');
  assert.equal(await page.locator('[data-testid=demo-controls]').count(), 0, 'simulation is for the demo CRM only');

  // The first sync reports its progress in the status bar.
  await page.waitForSelector('[data-testid=sync-progressbar]');
  assert.match(await text('[data-testid=sync-progress]'), /of 600 cases( · (about \d+ min left|less than a minute left))?/);
  const now = Number(await page.getAttribute('[data-testid=sync-progressbar]', 'aria-valuenow'));
  assert.ok(now >= 0 && now <= 100, `aria-valuenow ${now}`);
  await screenshot(page, 'sync-first-sync');
  await page.waitForSelector('[data-testid=sync-indicator][data-state=online]', { timeout: 60_000 });
  assert.equal(await page.locator('[data-testid=sync-progressbar]').count(), 0);
  assert.doesNotMatch(await text('[data-testid=status-bar]'), new RegExp(crm.token));
});

test('forgetting the CRM stops sync; the UI speaks Portuguese and Chinese too', async () => {
  await page.click('[data-testid=connection-forget]');
  await page.click('[data-testid=connection-forget-yes]');
  await page.waitForSelector('[data-testid=connection-notice][data-notice=forgotten]');
  await page.waitForSelector('[data-testid=sync-indicator][data-state=not-configured]');
  assert.match(await text('[data-testid=sync-indicator]'), /No CRM/);
  await page.selectOption('[data-testid=ui-language-select]', 'pt-BR');
  await page.waitForFunction(() => document.querySelector('[data-testid=sync-indicator]')?.textContent?.includes('Sem CRM'));
  assert.match(await text('[data-testid=connection-current]'), /Nenhum CRM conectado/);
  await page.selectOption('[data-testid=ui-language-select]', 'zh-Hans');
  await page.waitForFunction(() => document.querySelector('[data-testid=sync-indicator]')?.textContent?.includes('未连接 CRM'));
  await page.keyboard.press('Escape');
  await openOutbox();
  assert.equal(await text('[data-testid=outbox] h2'), '发件箱');
  assert.match(await text('[data-testid=outbox-sync]'), /尚未连接 CRM/);
  await closeOutbox();
  await page.click('[data-testid=settings-button]');
  await page.selectOption('[data-testid=ui-language-select]', 'en');
  await page.keyboard.press('Escape');
});

test('a keychain that refuses the secret is reported as such', async () => {
  const locked = await startHost({ fixture: 'seeded', keychain: 'refuse' });
  const p = watch(await context.newPage(), problems);
  await p.goto(locked.base);
  await p.waitForSelector('html[data-inbox-ready="true"]');
  await p.click('[data-testid=settings-button]');
  await p.selectOption('[data-testid=connection-kind]', 'rt');
  await p.fill('[data-testid=connection-url]', 'http://rt.example.com:8080');
  await p.fill('[data-testid=connection-user]', 'ana');
  await p.fill('[data-testid=connection-secret]', 'hunter2');
  await p.click('[data-testid=connection-save]');
  await p.waitForSelector('[data-testid=connection-error][data-code=KEYCHAIN]');
  assert.match(plain((await p.textContent('[data-testid=connection-error]')) ?? ''), /keychain couldn’t keep or give back/);
  await p.close();
  await locked.stop();
});

test('no console errors or CSP violations', () => {
  assert.deepEqual(problems, []);
});
