// Browser test of casework on the real core (polydesk-testhost): the escalate dialog
// (team, severity, risks), the open escalation's banner and the `escalated` view, a
// follow-up, solving refused until the root cause is chosen and the escalation's outcome
// recorded — all in the solve dialog, one action — and the loop closed; the customer's
// other cases beside a case, the repeat-complaint banner with links to the earlier ones, and
// likely duplicates linked and merged.
// Build first: cargo build -p polydesk-testhost && npm --prefix ui run build:testhost
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { plain, screenshot, startApp } from './harness.mjs';

let app;
let page;
const problems = [];
let id;

const text = async (selector) => plain((await page.textContent(selector)) ?? '');
const row = (caseId) => `[data-testid=case-row][data-case-id="${caseId}"]`;

before(async () => {
  app = await startApp(problems);
  page = await app.open('/');
  const { cases } = await app.host.invoke('list_cases', { view: 'all', offset: 0, limit: 30 });
  for (const r of cases) {
    if (r.status !== 'open' || !r.group || r.group === 'Tier 2') continue;
    const detail = await app.host.invoke('get_case', { id: r.id });
    if (detail.escalations.length === 0 && detail.root_cause === null) {
      id = r.id;
      break;
    }
  }
  assert.ok(id, 'an open case that was never escalated');
});

after(() => app?.close());

test('escalating with a severity and risks shows the open escalation and lists the case as escalated', async () => {
  await page.click(row(id));
  await page.waitForSelector(`[data-testid=case-detail][data-case-id="${id}"][aria-busy=false]`);
  assert.equal(await page.locator('[data-testid=escalation-banner]').count(), 0);
  await page.click('[data-testid=escalate-button]');
  await page.fill('[data-testid=escalate-team]', 'Tier 2');
  await page.selectOption('[data-testid=escalate-severity]', 'critical');
  await page.check('[data-testid=escalate-risk][data-risk=legal]');
  await page.check('[data-testid=escalate-risk][data-risk=creator-revenue]');
  await page.fill('[data-testid=escalate-reason]', 'The creator’s lawyer wrote about the missing payout.');
  await page.click('[data-testid=escalate-submit]');
  await page.waitForSelector('[data-testid=escalate-dialog]', { state: 'detached' });

  const banner = '[data-testid=escalation-banner]';
  await page.waitForSelector(`${banner}[data-severity=critical]`);
  assert.match(await text(banner), /Escalated to Tier 2/);
  assert.match(await text('[data-testid=escalation-reason]'), /lawyer wrote about the missing payout/);
  const risks = await page.$$eval('[data-testid=escalation-risk]', (rs) => rs.map((r) => r.dataset.risk));
  assert.deepEqual(risks, ['legal', 'creator-revenue']);
  // Critical, due by default in two hours; it sets the priority to urgent.
  assert.match(await text('[data-testid=escalation-due]'), /Follow up in 2 hours/);
  assert.equal(await page.inputValue('[data-testid=field-priority]'), 'urgent');
  for (const tag of ['escalated', 'severity-critical', 'risk-legal']) {
    await page.waitForSelector(`[data-testid=case-tag][data-tag=${tag}]`);
  }

  await screenshot(page, 'casework-escalated');
  await page.click('[data-testid=view-escalated]');
  await page.waitForSelector(row(id));
  const { cases } = await app.host.invoke('list_cases', { view: 'escalated', offset: 0, limit: 50 });
  assert.ok(cases.some((c) => c.id === id));
});

test('a follow-up moves the due time', async () => {
  await page.click(row(id));
  await page.click('[data-testid=escalation-follow-up]');
  await page.fill('[data-testid=escalation-text]', 'Asked Payments for an ETA.');
  // A due time already past: the banner turns into a reminder.
  await page.fill('[data-testid=escalation-next-due]', '2020-01-01T09:00');
  await page.click('[data-testid=escalation-submit]');
  await page.waitForSelector('[data-testid=escalation-banner][data-overdue=true]');
  assert.match(await text('[data-testid=escalation-due]'), /Follow-up due .*years? ago/);
  const detail = await app.host.invoke('get_case', { id });
  assert.equal(detail.escalations[0].log.map((s) => s.kind).join(','), 'opened,followed-up');
});

test('solving asks for the root cause and the outcome, then closes the loop in one action', async () => {
  const before = (await app.host.invoke('list_outbox')).length;
  await page.selectOption('[data-testid=field-status]', 'solved');
  await page.waitForSelector('[data-testid=solve-dialog]');
  // The case stays as it is until the dialog has solved it.
  assert.equal(await page.inputValue('[data-testid=field-status]'), 'open');
  assert.match(await text('[data-testid=solve-escalation]'), /escalated to Tier 2/);

  await page.click('[data-testid=solve-submit]');
  await page.waitForSelector('[data-testid=solve-error][data-code=ROOT_CAUSE_REQUIRED]');
  assert.equal(await page.getAttribute('[data-testid=solve-root-cause]', 'aria-invalid'), 'true');

  const options = await page.$$eval('[data-testid=solve-root-cause] option', (os) => os.map((o) => o.value));
  assert.ok(options.includes('payout-delay'), `${options}`);
  await page.selectOption('[data-testid=solve-root-cause]', 'payout-delay');
  await page.click('[data-testid=solve-submit]');
  await page.waitForSelector('[data-testid=solve-error][data-code=ESCALATION_OPEN]');
  assert.equal(await page.getAttribute('[data-testid=solve-outcome]', 'aria-invalid'), 'true');
  assert.equal((await app.host.invoke('list_outbox')).length, before, 'nothing queued while refused');

  await page.fill('[data-testid=solve-outcome]', 'Payout released; the creator was told by phone.');
  await screenshot(page, 'casework-solve');
  await page.click('[data-testid=solve-submit]');
  await page.waitForSelector('[data-testid=solve-dialog]', { state: 'detached' });
  await page.waitForSelector('[data-testid=escalation-banner]', { state: 'detached' });
  assert.equal(await page.inputValue('[data-testid=field-status]'), 'solved');
  await page.waitForSelector('[data-testid=case-tag][data-tag=rc-payout-delay]');
  await page.waitForSelector('[data-testid=case-tag][data-tag=escalation-resolved]');
  const detail = await app.host.invoke('get_case', { id });
  assert.equal(detail.escalations[0].state, 'resolved');
  assert.equal(detail.escalations[0].outcome, 'Payout released; the creator was told by phone.');
  assert.equal(detail.root_cause, 'payout-delay');
  const { cases } = await app.host.invoke('list_cases', { view: 'escalated', offset: 0, limit: 50 });
  assert.ok(!cases.some((c) => c.id === id));
});

test('a repeat complaint names the earlier cases, which open from the banner and the customer panel', async () => {
  const { cases } = await app.host.invoke('list_cases', { view: 'all', offset: 0, limit: 500 });
  let repeat = null;
  for (const r of cases) {
    const detail = await app.host.invoke('get_case', { id: r.id });
    if (detail.repeat_of.length > 0) {
      repeat = detail;
      break;
    }
  }
  assert.ok(repeat, 'the demo workspace has a repeat complaint');
  const earlier = repeat.repeat_of[0];
  // Found by its subject, the way an agent would.
  await page.fill('[data-testid=search-input]', repeat.subject);
  await page.press('[data-testid=search-input]', 'Enter');
  await page.click(`[data-testid=search-hit][data-case-id="${repeat.id}"]`);
  await page.waitForSelector(`[data-testid=case-detail][data-case-id="${repeat.id}"][aria-busy=false]`);

  await page.waitForSelector('[data-testid=repeat-banner]');
  await screenshot(page, 'casework-repeat');
  assert.match(await text('[data-testid=repeat-banner]'), /Repeat complaint/);
  const named = await page.$$eval('[data-testid=repeat-case]', (cs) => cs.map((c) => c.dataset.caseId));
  assert.deepEqual(named, repeat.repeat_of);
  const history = await page.$$eval('[data-testid=history-case]', (cs) => cs.map((c) => c.dataset.caseId));
  assert.deepEqual(history, repeat.customer_history.cases.map((c) => c.id));
  assert.match(await text('[data-testid=history-counts]'), /cases? and \d+ escalations? in the last 90 days/);

  await page.click(`[data-testid=repeat-case][data-case-id="${earlier}"] button`);
  await page.waitForSelector(`[data-testid=case-detail][data-case-id="${earlier}"][aria-busy=false]`);
  // The earlier case lists the later one among the customer's cases, and opens it back.
  await page.click(`[data-testid=history-case][data-case-id="${repeat.id}"] button`);
  await page.waitForSelector(`[data-testid=case-detail][data-case-id="${repeat.id}"][aria-busy=false]`);
});

test('a risk prompt names what matched and escalates with those risks', async () => {
  const { cases } = await app.host.invoke('list_cases', { view: 'all', offset: 0, limit: 500 });
  let risky = null;
  for (const r of cases.filter((c) => c.status === 'open' || c.status === 'new')) {
    const detail = await app.host.invoke('get_case', { id: r.id });
    if (detail.risks.length > 0 && !detail.escalations.some((e) => e.state === 'open')) {
      risky = detail;
      break;
    }
  }
  assert.ok(risky, 'the demo workspace has a case its risk rules flag');
  await page.fill('[data-testid=search-input]', risky.subject);
  await page.press('[data-testid=search-input]', 'Enter');
  await page.click(`[data-testid=search-hit][data-case-id="${risky.id}"]`);
  await page.waitForSelector(`[data-testid=case-detail][data-case-id="${risky.id}"][aria-busy=false]`);

  const banner = '[data-testid=risk-banner]';
  await page.waitForSelector(banner);
  const flags = await page.$$eval('[data-testid=risk-match]', (ms) => ms.map((m) => m.dataset.risk));
  assert.deepEqual(flags, risky.risks.map((r) => r.flag));
  assert.ok((await text(banner)).includes(risky.risks[0].term), 'the matched term is named');
  await screenshot(page, 'casework-risk');

  await page.click('[data-testid=risk-escalate]');
  await page.waitForSelector('[data-testid=escalate-dialog]');
  for (const flag of flags) assert.ok(await page.isChecked(`[data-testid=escalate-risk][data-risk=${flag}]`));
  assert.equal(await page.inputValue('[data-testid=escalate-severity]'), 'high');
  await page.fill('[data-testid=escalate-team]', 'Tier 2');
  await page.fill('[data-testid=escalate-reason]', 'Flagged by the risk prompt.');
  await page.click('[data-testid=escalate-submit]');
  await page.waitForSelector('[data-testid=escalation-banner]');
  assert.equal(await page.locator(banner).count(), 0, 'gone once an escalation is open');
  const after = await app.host.invoke('get_case', { id: risky.id });
  const opened = after.escalations.find((e) => e.state === 'open');
  assert.deepEqual(opened.risks, flags);
  assert.ok(opened.since_arrival_secs > 0, 'the time from arrival to escalation is kept');
});

test('a likely duplicate is offered for link and merge; both reach the demo CRM', async () => {
  const { cases } = await app.host.invoke('list_cases', { view: 'all', offset: 0, limit: 500 });
  let dup = null;
  for (const r of cases.filter((c) => c.id !== id && c.status !== 'solved' && c.status !== 'closed')) {
    const detail = await app.host.invoke('get_case', { id: r.id });
    const other = detail.customer_history.cases.find((c) => c.duplicate && c.id !== id);
    if (other && !detail.escalations.some((e) => e.state === 'open')) {
      dup = { detail, other };
      break;
    }
  }
  assert.ok(dup, 'the demo workspace has likely duplicates');
  const { detail, other } = dup;
  await page.fill('[data-testid=search-input]', detail.subject);
  await page.press('[data-testid=search-input]', 'Enter');
  await page.click(`[data-testid=search-hit][data-case-id="${detail.id}"]`);
  await page.waitForSelector(`[data-testid=case-detail][data-case-id="${detail.id}"][aria-busy=false]`);

  const offer = `[data-testid=duplicate-case][data-case-id="${other.id}"]`;
  await page.waitForSelector(offer);
  assert.match(await text('[data-testid=duplicate-banner]'), /Likely the same request/);
  await screenshot(page, 'casework-duplicate');
  const otherCrmId = other.id.replace(/^demo-/, '');
  const thisCrmId = detail.id.replace(/^demo-/, '');

  // Link: a note on this case at once, one on the other with it.
  await page.click(`${offer} [data-testid=duplicate-link]`);
  await page.waitForSelector(`${offer} [data-testid=duplicate-linked]`);
  const notes = () => page.$$eval('[data-testid=message]', (ms) => ms.map((m) => m.textContent ?? ''));
  await page.waitForFunction((n) => [...document.querySelectorAll('[data-testid=message]')].some((m) => m.textContent?.includes(n)), `Linked to #${otherCrmId}`);
  const theirs = await app.host.invoke('get_case', { id: other.id });
  assert.ok(theirs.messages.some((m) => m.body_text.startsWith(`Linked to #${thisCrmId}`)), 'the other case has its note');

  // Merge asks once more; then this case gets the note saying where it went.
  assert.equal(await page.locator(`${offer} [data-testid=duplicate-link]`).count(), 0, 'linked once');
  await page.click(`${offer} [data-testid=duplicate-merge]`);
  await page.click(`${offer} [data-testid=duplicate-merge-confirm]`);
  await page.waitForFunction((n) => [...document.querySelectorAll('[data-testid=message]')].some((m) => m.textContent?.includes(n)), `Merged into #${otherCrmId}`);
  assert.equal((await notes()).filter((n) => n.includes(`Merged into #${otherCrmId}`)).length, 1);

  // Delivered: the outbox empties and the case merged away is closed in the CRM.
  await app.host.invoke('sync_now');
  const deadline = Date.now() + 30_000;
  let merged = null;
  while (Date.now() < deadline) {
    merged = await app.host.invoke('get_case', { id: detail.id });
    const left = (await app.host.invoke('list_outbox')).filter((i) => [detail.id, other.id].includes(i.case_id));
    if (left.length === 0 && merged.status === 'closed') break;
    await new Promise((r) => setTimeout(r, 500));
    await app.host.invoke('sync_now');
  }
  assert.equal(merged.status, 'closed', 'the merged case is closed once the CRM merged it');
  const stays = await app.host.invoke('get_case', { id: other.id });
  assert.notEqual(stays.status, 'closed');
});

test('no console errors or CSP violations', () => {
  assert.deepEqual(problems, []);
});
