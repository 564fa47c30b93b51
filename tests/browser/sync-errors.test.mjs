// Browser test of how sync failures reach the agent, one per kind, on the real core: the
// demo CRM (the simulated Zendesk in the test host) is made to misbehave as a real desk
// does — unreachable, refusing the credentials, rate limiting, answering garbage, failing,
// refusing one change — and the status bar and the outbox say which, by the error's code.
// Build first: cargo build -p polydesk-testhost && npm --prefix ui run build:testhost
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { plain, screenshot, startApp, openOutbox as openOutboxOf, closeOutbox as closeOutboxOf } from './harness.mjs';

let app;
let page;
const problems = [];

const text = async (selector) => plain((await page.textContent(selector)) ?? '');
const indicator = (state, code) => `[data-testid=sync-indicator][data-state=${state}][data-code="${code}"]`;

before(async () => {
  app = await startApp(problems);
  page = await app.open('/');
  await page.waitForSelector(indicator('online', ''));
});

after(() => app?.close());

const openOutbox = () => openOutboxOf(page);
const closeOutbox = () => closeOutboxOf(page);

/** The demo CRM misbehaves as `spec` says (see crm-sim's faults), and sync runs. */
async function fault(spec) {
  await app.host.demoFaults(spec);
  await app.host.invoke('sync_now');
}

/** The CRM behaves again, and the agent syncs: back online. */
async function recover() {
  await app.host.demoFaults('none');
  await app.host.invoke('sync_now');
  await page.waitForSelector(indicator('online', ''), { timeout: 30_000 });
}

/** What the outbox's sync section says about the failure (its code and text). */
async function outboxProblem() {
  await openOutbox();
  const code = await page.getAttribute('[data-testid=outbox-sync] [data-testid=sync-error]', 'data-code');
  const said = await text('[data-testid=outbox-sync] [data-testid=sync-error]');
  await closeOutbox();
  return { code, said };
}

test('OFFLINE: a CRM that cannot be reached shows offline, and changes wait', async () => {
  await app.host.invoke('demo_simulate', { action: 'network-down' });
  await page.waitForSelector(indicator('offline', 'OFFLINE'));
  const { code, said } = await outboxProblem();
  assert.equal(code, 'OFFLINE');
  assert.match(said, /The CRM can’t be reached\. Your changes wait in the outbox/);
  await app.host.invoke('demo_simulate', { action: 'network-up' });
  await page.waitForSelector(indicator('online', ''));
});

test('AUTH_REFUSED: refused credentials ask the agent to sign in again', async () => {
  await fault('401');
  await page.waitForSelector(indicator('sign-in-required', 'AUTH_REFUSED'));
  assert.match(await text('[data-testid=sync-indicator]'), /Sign in again/);
  const { code, said } = await outboxProblem();
  assert.equal(code, 'AUTH_REFUSED');
  assert.match(said, /refused the user name, password or token\. Sign in again in Settings/);
  await recover();
});

test('RATE_LIMITED: a rate limit says until when, and sync goes on by itself when it ends', async () => {
  await fault('429:5');
  await page.waitForSelector(indicator('rate-limited', 'RATE_LIMITED'));
  assert.match(await text('[data-testid=sync-indicator]'), /Slowed down by the CRM/);
  const { code, said } = await outboxProblem();
  assert.equal(code, 'RATE_LIMITED');
  assert.match(said, /asked Polydesk to slow down until .+\d/);
  await screenshot(page, 'sync-rate-limited');
  // The CRM's window ends: nobody has to do anything.
  await app.host.demoFaults('none');
  await page.waitForSelector(indicator('online', ''), { timeout: 30_000 });
});

test('CRM_MALFORMED: an unreadable answer is a failed sync naming the endpoint, never online', async () => {
  await fault('malformed');
  await page.waitForSelector(indicator('failed', 'CRM_MALFORMED'));
  assert.match(await text('[data-testid=sync-indicator]'), /Sync failed/);
  const { code, said } = await outboxProblem();
  assert.equal(code, 'CRM_MALFORMED');
  assert.match(said, /answered with something Polydesk can’t read/);
  assert.match(said, /\/api\/v2\//, 'the detail names the endpoint');
  await recover();
});

test('CRM_SERVER_ERROR: a CRM failing on its side is a failed sync that is retried', async () => {
  await fault('500');
  await page.waitForSelector(indicator('failed', 'CRM_SERVER_ERROR'));
  const { code, said } = await outboxProblem();
  assert.equal(code, 'CRM_SERVER_ERROR');
  assert.match(said, /failed on its side/);
  await recover();
});

/** A case change the CRM refuses (a fault SPEC), kept in the outbox with why. */
async function refusedChange(refusal, expectedCode, expectedText) {
  const { cases } = await app.host.invoke('list_cases', { view: 'all', offset: 0, limit: 10 });
  const target = cases.find((c) => c.status === 'open' || c.status === 'new');
  await app.host.demoFaults(refusal);
  await app.host.invoke('update_case', { caseId: target.id, edit: { priority: target.priority === 'low' ? 'high' : 'low', add_tags: [], remove_tags: [] } });
  await app.host.invoke('sync_now');
  await page.waitForSelector('[data-testid=sync-indicator][data-attention="1"]', { timeout: 30_000 });
  // A refused change never stops the rest: sync itself stays online.
  assert.equal(await page.getAttribute('[data-testid=sync-indicator]', 'data-state'), 'online');
  await openOutbox();
  const item = page.locator('[data-testid=outbox-item][data-kind=fields]');
  assert.equal(await page.getAttribute('[data-testid=outbox-group]', 'data-state'), 'rejected');
  assert.equal(await item.locator('[data-testid=outbox-item-error]').getAttribute('data-code'), expectedCode);
  assert.match(plain(await item.locator('[data-testid=outbox-item-error]').textContent()), expectedText);
  await item.locator('[data-testid=outbox-discard]').click();
  await item.locator('[data-testid=outbox-discard-yes]').click();
  await page.waitForSelector('[data-testid=outbox] [data-testid=outbox-empty]');
  await closeOutbox();
  await app.host.demoFaults('none');
}

test('FORBIDDEN: a change this user may not make is kept, saying so', async () => {
  await refusedChange('403', 'FORBIDDEN', /doesn’t let this user do that/);
});

test('CRM_NOT_FOUND: a change to a case the CRM no longer has is kept, saying so', async () => {
  await refusedChange('404', 'CRM_NOT_FOUND', /doesn’t have it any more/);
});

test('CRM_REJECTED: a change the CRM refuses is kept with the CRM’s own reason', async () => {
  await refusedChange('422', 'CRM_REJECTED', /refused this change and said why:.*closed to changes/);
});

test('no console errors or CSP violations', () => {
  assert.deepEqual(problems, []);
});
