// Browser test of SLA clocks on the real core (polydesk-testhost): the `breaching` view lists
// the cases past or near a target, soonest due first, each row counting down; a case shows
// its targets, where their due times come from (the CRM's SLA or the team's policy), and a
// clock paused once the agent sets the case pending; an escalation due for follow-up
// reminds once, on the desktop and in the window, and opens its case.
// Build first: cargo build -p polydesk-testhost && npm --prefix ui run build:testhost
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { plain, screenshot, startApp } from './harness.mjs';

let app;
let page;
const problems = [];

const text = async (selector) => plain((await page.textContent(selector)) ?? '');
const row = (caseId) => `[data-testid=case-row][data-case-id="${caseId}"]`;

before(async () => {
  app = await startApp(problems);
  page = await app.open('/');
  // A first sync tells the cases' due times right after its pull, in the background.
  const deadline = Date.now() + 30_000;
  while ((await app.host.invoke('list_cases', { view: 'breaching', offset: 0, limit: 1 })).total === 0) {
    assert.ok(Date.now() < deadline, 'the due times were told after the first sync');
    await new Promise((r) => setTimeout(r, 200));
  }
});

after(() => app?.close());

test('the breaching view lists cases past or near a target, soonest first, counting down', async () => {
  const { cases, total } = await app.host.invoke('list_cases', { view: 'breaching', offset: 0, limit: 20 });
  assert.ok(total > 0, 'the demo has cases near their targets');
  const horizon = Date.now() + 61 * 60_000;
  for (const c of cases) assert.ok(Date.parse(c.sla_next_due) <= horizon, `${c.id} due ${c.sla_next_due}`);

  await page.click('[data-testid=view-breaching]');
  await page.waitForSelector(row(cases[0].id));
  const shown = await page.$$eval('[data-testid=case-row]', (rows) => rows.slice(0, 5).map((r) => r.dataset.caseId));
  assert.deepEqual(shown, cases.slice(0, 5).map((c) => c.id));
  // The first is the most overdue: its badge says so.
  assert.ok(Date.parse(cases[0].sla_next_due) < Date.now());
  await page.waitForSelector(`${row(cases[0].id)} .sla[data-overdue=true]`);
  assert.match(await text(`${row(cases[0].id)} .sla`), /overdue/);
  await screenshot(page, 'sla-breaching-view');
});

test('a case shows its targets and their source, and a pending case pauses the clock', async () => {
  const { cases } = await app.host.invoke('list_cases', { view: 'breaching', offset: 0, limit: 100 });
  const open = cases.find((c) => c.status === 'open' || c.status === 'new');
  assert.ok(open, 'an open case in the breaching view');
  const before = await app.host.invoke('get_case', { id: open.id });
  assert.ok(before.sla.breaching);

  await page.click(row(open.id));
  await page.waitForSelector(`[data-testid=case-detail][data-case-id="${open.id}"][aria-busy=false]`);
  const panel = '[data-testid=sla-targets]';
  await page.waitForSelector(`${panel}[data-source=${before.sla.source}]`);
  assert.match(await text(panel), before.sla.source === 'crm' ? /CRM's SLA/ : /Team policy/);
  const kinds = await page.$$eval('[data-testid=sla-target]', (ts) => ts.map((t) => `${t.dataset.kind}:${t.dataset.state}`));
  assert.deepEqual(
    kinds,
    before.sla.targets.map((t) => `${t.kind}:${t.state}`),
  );
  assert.match(await text(panel), /First response/);
  assert.equal(await page.locator('[data-testid=sla-paused]').count(), 0);

  await page.selectOption('[data-testid=field-status]', 'pending');
  await page.waitForSelector(`${panel}[data-paused=true]`);
  assert.match(await text('[data-testid=sla-paused]'), /paused while the case is pending/);
  const after = await app.host.invoke('get_case', { id: open.id });
  assert.equal(after.sla.paused, true);
  assert.deepEqual(problems, []);
});

test('an escalation due for follow-up reminds once, on the desktop and in the window', async () => {
  const { cases } = await app.host.invoke('list_cases', { view: 'mine', offset: 0, limit: 100 });
  let target = null;
  for (const c of cases.filter((c) => c.status === 'open')) {
    const detail = await app.host.invoke('get_case', { id: c.id });
    if (!detail.escalations.some((e) => e.state === 'open')) {
      target = detail;
      break;
    }
  }
  assert.ok(target, 'an open case without an open escalation');
  const dueAt = new Date(Date.now() - 60_000).toISOString();
  await app.host.invoke('escalate_case', {
    escalation: { case_id: target.id, group: 'Payments', reason: 'Payout stuck for a week.', severity: 'high', due_at: dueAt },
  });

  await page.reload();
  // Kept in the status bar, out of the way until the agent looks.
  await page.waitForSelector('[data-testid=reminders-button]', { timeout: 15_000 });
  assert.match(await text('[data-testid=reminders-button]'), /1 reminder/);
  await page.click('[data-testid=reminders-button]');
  const reminder = `[data-testid=reminder][data-kind=escalation-due][data-case-id="${target.id}"]`;
  await page.waitForSelector(reminder);
  await screenshot(page, 'sla-reminder');
  assert.match(await text(reminder), /Escalation to Payments due for follow-up/);
  assert.ok((await text(reminder)).includes(target.subject));
  const { notifications } = await app.host.shell();
  const ours = notifications.filter((n) => n.title === 'Escalation to Payments due for follow-up');
  assert.equal(ours.length, 1, 'one desktop notification');
  assert.ok(ours[0].body.includes(target.subject), 'plain text, no direction marks');

  await page.click(`${reminder} [data-testid=reminder-open]`);
  await page.waitForSelector(`[data-testid=case-detail][data-case-id="${target.id}"][aria-busy=false]`);
  assert.equal(await page.locator(reminder).count(), 0);
  assert.equal(await page.locator('[data-testid=reminders-button]').count(), 0, 'none left');
  const after = await app.host.invoke('get_case', { id: target.id });
  const open = after.escalations.find((e) => e.state === 'open');
  assert.deepEqual(open.log.map((s) => s.kind), ['opened', 'reminded']);
  // Once: it does not come back.
  assert.deepEqual(
    (await app.host.invoke('due_reminders', {})).filter((r) => r.case_id === target.id && r.kind === 'escalation-due'),
    [],
  );
  assert.deepEqual(problems, []);
});
