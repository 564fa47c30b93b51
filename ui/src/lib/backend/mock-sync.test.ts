// The mock backend's outbox, sync and simulated CRM: what the browser tests drive, checked
// command by command.
import { describe, expect, it } from 'vitest';
import type { SyncStatus } from '../generated/SyncStatus';
import { createMockBackend } from './mock';
import type { Backend } from './types';

const memory = () => {
  const data = new Map<string, string>();
  return { get: (k: string) => data.get(k) ?? null, set: (k: string, v: string) => void data.set(k, v) };
};
const mock = (search = '') =>
  createMockBackend({ search: `?mock-delay=0${search}`, storage: memory(), locale: 'en-US', syncMs: 1 });

async function until(what: string, check: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error(`timed out waiting for ${what}`);
}

const reply = (b: Backend, body: string, extra: Partial<Parameters<Backend['send_reply']>[0]> = {}) =>
  b.send_reply({
    reply: { case_id: 'demo-1001', body, internal: false, language: 'pt-BR', files: [] },
    seen: null,
    sendAnyway: false,
    ...extra,
  });

const row = async (b: Backend, id: string) => (await b.list_cases({ view: 'all', offset: 0, limit: 500 })).cases.find((c) => c.id === id);

describe('the mock outbox and sync', () => {
  it('keeps a reply pending while the network is down, and sends it when it is back', async () => {
    const b = mock();
    expect((await b.get_sync_status()).state).toBe('online');
    await b.demo_simulate({ action: 'network-down', caseId: null });
    expect(await b.get_sync_status()).toMatchObject({ state: 'offline', retry_in_seconds: 30, pending: 0 });
    await reply(b, 'Oi, Lucas! Já estamos vendo.');
    expect((await b.get_sync_status()).pending).toBe(1);
    expect((await row(b, 'demo-1001'))?.pending).toBe(1);
    const [item] = await b.list_outbox();
    expect(item).toMatchObject({ kind: 'reply', state: 'pending', case_subject: 'Não recebi os diamantes da recarga', text: 'Oi, Lucas! Já estamos vendo.' });
    await b.sync_now();
    await new Promise((r) => setTimeout(r, 20));
    expect((await b.list_outbox()).length).toBe(1);

    await b.demo_simulate({ action: 'network-up', caseId: null });
    await until('the outbox to drain', async () => (await b.list_outbox()).length === 0);
    expect(await b.get_sync_status()).toMatchObject({ state: 'online', pending: 0, needs_attention: 0 });
    expect((await row(b, 'demo-1001'))?.pending).toBe(0);
    expect((await b.get_case({ id: 'demo-1001' })).messages.at(-1)?.delivery).toBe('sent');
  });

  it('shows a field change at once, and turns it into a conflict when a colleague changed the same field', async () => {
    const b = mock();
    await b.demo_simulate({ action: 'network-down', caseId: null });
    const edited = await b.update_case({ caseId: 'demo-1001', edit: { status: 'pending', add_tags: ['vip'], remove_tags: [] } });
    expect(edited).toMatchObject({ status: 'pending', pending: 1 });
    expect(edited.tags).toContain('vip');
    expect(edited.pending_changes.map((c) => c.field)).toEqual(['status', 'tags']);
    expect((await row(b, 'demo-1001'))?.status).toBe('pending');

    await b.demo_simulate({ action: 'colleague-edit', caseId: 'demo-1001' });
    // Offline: the colleague's change is in the CRM, not yet in the cache.
    expect((await b.get_case({ id: 'demo-1001' })).messages.some((m) => m.author === 'Marcus Lee')).toBe(false);
    await b.demo_simulate({ action: 'network-up', caseId: null });
    await until('the conflict', async () => (await b.get_sync_status()).needs_attention === 1);

    const [item] = await b.list_outbox();
    expect(item).toMatchObject({ kind: 'fields', state: 'conflict' });
    expect(item?.conflicts).toEqual([{ field: 'status', base: 'open', mine: 'pending', theirs: 'on-hold' }]);
    // The tags went through; the status waits for the agent and still shows theirs... and conflicts.
    const now = await b.get_case({ id: 'demo-1001' });
    expect(now.tags).toContain('vip');
    expect(now.conflicts.map((c) => c.field)).toEqual(['status']);

    await expect(b.resolve_conflict({ id: item!.id, choices: [] })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await b.resolve_conflict({ id: item!.id, choices: [{ field: 'status', choice: 'keep-mine' }] });
    await until('the kept change to go', async () => (await b.list_outbox()).length === 0);
    expect((await b.get_case({ id: 'demo-1001' })).status).toBe('pending');
  });

  it('drops the agent’s value when they keep the CRM’s', async () => {
    const b = mock();
    await b.update_case({ caseId: 'demo-1002', edit: { priority: 'low', add_tags: [], remove_tags: [] } });
    await b.demo_simulate({ action: 'colleague-edit', caseId: 'demo-1002' });
    await until('the conflict', async () => (await b.list_outbox())[0]?.state === 'conflict');
    const [item] = await b.list_outbox();
    expect(item?.conflicts[0]).toMatchObject({ field: 'priority', mine: 'low' });
    await b.resolve_conflict({ id: item!.id, choices: [{ field: 'priority', choice: 'keep-theirs' }] });
    expect(await b.list_outbox()).toEqual([]);
    expect((await b.get_case({ id: 'demo-1002' })).priority).toBe(item!.conflicts[0]!.theirs);
  });

  it('escalates: a reason is required; the group, tag and priority show at once, the reason is a queued note', async () => {
    const b = mock();
    await b.demo_simulate({ action: 'network-down', caseId: null });
    await expect(b.escalate_case({ escalation: { case_id: 'demo-1003', group: 'Tier 2', reason: '  ' } })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringMatching(/why/),
    });
    await expect(b.escalate_case({ escalation: { case_id: 'demo-1003', group: ' ', reason: 'x' } })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    const d = await b.escalate_case({ escalation: { case_id: 'demo-1003', group: 'Tier 2', priority: 'urgent', reason: 'Ingest logs needed' } });
    expect(d).toMatchObject({ group: 'Tier 2', priority: 'urgent', pending: 2 });
    expect(d.tags).toContain('escalated');
    expect(d.messages.at(-1)).toMatchObject({ direction: 'note', delivery: 'queued', body_text: 'Escalated to Tier 2: Ingest logs needed' });
    expect((await b.list_outbox()).map((i) => i.kind)).toEqual(['fields', 'note']);
    expect((await b.list_case_choices()).groups).toContain('Tier 2');
  });

  it('refuses a change to a team the CRM does not have; it can be retried or discarded', async () => {
    const b = mock();
    await b.update_case({ caseId: 'demo-1005', edit: { group: 'Nowhere Team', add_tags: [], remove_tags: [] } });
    await b.sync_now();
    await until('the refusal', async () => (await b.list_outbox())[0]?.state === 'rejected');
    const [item] = await b.list_outbox();
    expect(item?.last_error).toMatch(/Nowhere Team/);
    // A refused change no longer shows on the case.
    expect((await b.get_case({ id: 'demo-1005' })).group).toBe('Tier 1');
    expect(await b.get_sync_status()).toMatchObject({ needs_attention: 1, pending: 0 });
    await b.retry_outbox_item({ id: item!.id });
    await until('the refusal again', async () => (await b.list_outbox())[0]?.attempts === 2);
    expect(await b.discard_outbox_item({ id: item!.id })).toBeNull();
    expect(await b.list_outbox()).toEqual([]);
    await expect(b.discard_outbox_item({ id: item!.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('discarding a queued reply takes it out of the thread and gives its text back', async () => {
    const b = mock();
    await reply(b, 'Texto a guardar');
    const [item] = await b.list_outbox();
    expect(await b.discard_outbox_item({ id: item!.id })).toBe('Texto a guardar');
    expect((await b.get_case({ id: 'demo-1001' })).messages.some((m) => m.body_text === 'Texto a guardar')).toBe(false);
  });

  it('warns before a reply on a case that changed since it was seen, and sends anyway when asked', async () => {
    const b = mock();
    const opened = await b.get_case({ id: 'demo-1004' });
    const seen = { updated_at: opened.updated_at, status: opened.status, assignee: opened.assignee, message_count: opened.messages.length };
    // Nothing changed: it goes.
    expect((await b.send_reply({ reply: { case_id: 'demo-1004', body: 'Olá', internal: false, language: 'pt-PT', files: [] }, seen, sendAnyway: false })).outcome).toBe('queued');

    const changed: string[] = [];
    const off = await b.onCasesChanged(() => changed.push('x'));
    await b.demo_simulate({ action: 'colleague-edit', caseId: 'demo-1004' });
    await until('the pull', async () => changed.length > 0);
    off();
    const out = await b.send_reply({ reply: { case_id: 'demo-1004', body: 'Olá de novo', internal: false, language: 'pt-PT', files: [] }, seen, sendAnyway: false });
    expect(out.outcome).toBe('case-changed');
    if (out.outcome !== 'case-changed') return;
    expect(out.changes).toEqual([
      { kind: 'colleague-wrote', count: 1, author: 'Marcus Lee' },
      { kind: 'status-changed', from: 'open', to: 'on-hold' },
    ]);
    expect((await b.get_case({ id: 'demo-1004' })).messages.some((m) => m.body_text === 'Olá de novo')).toBe(false);
    const anyway = await b.send_reply({ reply: { case_id: 'demo-1004', body: 'Olá de novo', internal: false, language: 'pt-PT', files: [] }, seen, sendAnyway: true });
    expect(anyway).toMatchObject({ outcome: 'queued', message: { body_text: 'Olá de novo' } });
  });

  it('pauses sync ("work offline") and resumes it', async () => {
    const b = mock();
    const seen: SyncStatus[] = [];
    const off = await b.onSyncStatus((s) => seen.push(s));
    expect((await b.set_sync_paused({ paused: true })).state).toBe('paused');
    await reply(b, 'Fila');
    await b.sync_now();
    await new Promise((r) => setTimeout(r, 20));
    expect((await b.list_outbox()).length).toBe(1);
    expect((await b.set_sync_paused({ paused: false })).state).not.toBe('paused');
    await until('the outbox to drain', async () => (await b.list_outbox()).length === 0);
    off();
    expect(seen.map((s) => s.state)).toContain('paused');
    expect(seen.at(-1)).toMatchObject({ state: 'online', pending: 0 });
  });
});

describe('the mock CRM connection', () => {
  const zendesk = { kind: 'zendesk' as const, url: 'https://acme.zendesk.com', user: 'ana@acme.com' };

  it('checks the address before anything else', async () => {
    const b = mock();
    await expect(b.test_connection({ settings: { ...zendesk, url: 'acme' }, secret: 'tok' })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringMatching(/https:\/\//),
    });
    await expect(b.save_connection({ settings: { ...zendesk, url: 'ftp://x' }, secret: 'tok' })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(b.test_connection({ settings: { ...zendesk, user: ' ' }, secret: 'tok' })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });

  it('reports an unreachable CRM and refused credentials as problems, not errors', async () => {
    const b = mock();
    expect(await b.test_connection({ settings: { ...zendesk, url: 'https://offline.example.com' }, secret: 'tok' })).toMatchObject({
      ok: false,
      problem: 'offline',
    });
    expect(await b.test_connection({ settings: zendesk, secret: 'wrong' })).toMatchObject({ ok: false, problem: 'auth' });
    // No secret typed and none in the keychain: nothing to test with.
    await expect(b.test_connection({ settings: zendesk, secret: null })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    expect(await b.test_connection({ settings: { ...zendesk, user: 'admin@acme.com' }, secret: 'tok' })).toMatchObject({
      ok: true,
      agent: 'admin@acme.com',
      is_admin: true,
    });
  });

  it('saves the settings (never the secret), syncs with progress, and forgets', async () => {
    const b = mock();
    // The demo CRM comes with the demo workspace; it is not saved like a real one.
    await expect(b.save_connection({ settings: { kind: 'demo', url: '', user: null }, secret: null })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
    await expect(b.save_connection({ settings: zendesk, secret: null })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    const seen: SyncStatus[] = [];
    await b.onSyncStatus((s) => seen.push(s));
    expect((await b.save_connection({ settings: zendesk, secret: 'tok-123' })).state).toBe('connecting');
    expect(await b.get_connection()).toEqual(zendesk);
    expect(JSON.stringify(await b.get_connection())).not.toContain('tok-123');
    await until('the first sync', async () => (await b.get_sync_status()).state === 'online');
    const progress = seen.flatMap((s) => (s.state === 'syncing' && s.progress ? [s.progress] : []));
    expect(progress.length).toBeGreaterThan(2);
    expect(progress.at(-1)).toMatchObject({ cases_done: progress.at(-1)?.cases_total, eta_seconds: 0 });
    // The secret stays in the (mock) keychain: a test without one still signs in.
    expect((await b.test_connection({ settings: zendesk, secret: null })).ok).toBe(true);
    await expect(b.demo_simulate({ action: 'network-down', caseId: null })).rejects.toMatchObject({ code: 'INVALID_INPUT' });

    expect(await b.forget_connection()).toMatchObject({ state: 'not-configured', crm: null });
    expect(await b.get_connection()).toBeNull();
  });

  it('reports a keychain that refuses the secret as KEYCHAIN', async () => {
    const b = mock('&mock-error=KEYCHAIN');
    expect((await b.workspace_status()).case_count).toBeGreaterThan(0);
    await expect(b.save_connection({ settings: zendesk, secret: 'tok' })).rejects.toMatchObject({ code: 'KEYCHAIN' });
    expect((await b.get_connection())?.kind).toBe('demo');
  });

  it('can start without a CRM', async () => {
    const b = mock('&mock-connection=none');
    expect(await b.get_sync_status()).toMatchObject({ state: 'not-configured', crm: null });
    expect(await b.get_connection()).toBeNull();
  });
});
