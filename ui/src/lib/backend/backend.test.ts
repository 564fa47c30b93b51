import { describe, expect, it } from 'vitest';
import { seenOf } from '../case-edit';
import type { OutgoingReply } from '../generated/OutgoingReply';
import type { ReplyFile } from '../generated/ReplyFile';
import type { SeenCase } from '../generated/SeenCase';
import { MAX_REPLY_FILE_BYTES, MAX_REPLY_FILES } from '../reply-files';
import { createMockBackend, foldForSearch } from './mock';
import { base64Length, cleanContentType, cleanFileName } from './mock-files';
import { BackendError, isErrorPayload, type Backend } from './types';

const memory = () => {
  const data = new Map<string, string>();
  return { get: (k: string) => data.get(k) ?? null, set: (k: string, v: string) => void data.set(k, v) };
};
const mock = (search = '') => createMockBackend({ search: `${search}${search ? '&' : '?'}mock-delay=0`, storage: memory(), locale: 'en-US' });

describe('BackendError', () => {
  it('wraps ErrorPayloads by code, and anything else as UNKNOWN', () => {
    expect(BackendError.from({ code: 'CACHE_LOCKED', message: 'locked' }).code).toBe('CACHE_LOCKED');
    expect(BackendError.from('boom').code).toBe('UNKNOWN');
    expect(BackendError.from({ code: 'NOPE', message: 'x' }).code).toBe('UNKNOWN');
    expect(isErrorPayload({ code: 'STORAGE', message: 'disk' })).toBe(true);
    expect(isErrorPayload(null)).toBe(false);
  });
});

describe('the mock backend', () => {
  it('starts on the demo workspace', async () => {
    const b = mock();
    const status = await b.workspace_status();
    expect(status.last_sync).toBe('demo');
    expect(status.case_count).toBeGreaterThanOrEqual(12);
    expect(typeof status.cache_bytes).toBe('bigint');
    const views = await b.list_views();
    expect(views.map((v) => v.slug)).toEqual(['all', 'mine', 'unassigned', 'due-soon', 'pending', 'solved']);
    expect(views[0]?.count).toBe(status.case_count);
  });

  it('pages a view by offset', async () => {
    const b = mock('?mock-cases=250');
    const first = await b.list_cases({ view: 'all', offset: 0, limit: 100 });
    const third = await b.list_cases({ view: 'all', offset: 200, limit: 100 });
    expect(first.total).toBeGreaterThan(250);
    expect(first.cases).toHaveLength(100);
    expect(third.cases.length).toBe(first.total - 200);
    await expect(b.list_cases({ view: 'all', offset: 0, limit: 501 })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });

  it('searches case-insensitively and without accents, newest first', async () => {
    const b = mock();
    const zh = await b.search_cases({ query: '退款', limit: 50 });
    expect(zh.some((h) => h.subject === '退款还没到账')).toBe(true);
    const pt = await b.search_cases({ query: 'NAO RECEBI', limit: 50 });
    expect(pt.some((h) => h.snippet.includes('não recebi os diamantes'))).toBe(true);
    const times = zh.map((h) => h.created_at);
    expect([...times].sort().reverse()).toEqual(times);
    await expect(b.search_cases({ query: '  ', limit: 5 })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    expect(foldForSearch('Ação ÉTICA')).toBe('acao etica');
  });

  it('keeps drafts and deletes them on a blank body', async () => {
    const b = mock();
    expect((await b.save_draft({ caseId: 'demo-1001', body: 'Oi!' }))?.body).toBe('Oi!');
    expect((await b.get_case({ id: 'demo-1001' })).draft?.body).toBe('Oi!');
    expect((await b.list_cases({ view: 'all', offset: 0, limit: 500 })).cases.find((c) => c.id === 'demo-1001')?.has_draft).toBe(true);
    expect(await b.save_draft({ caseId: 'demo-1001', body: '  ' })).toBeNull();
    expect((await b.get_case({ id: 'demo-1001' })).draft).toBeNull();
    await expect(b.get_case({ id: 'demo-404' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('fails workspace_status on ?mock-error= until the cache is moved aside', async () => {
    const b = mock('?mock-error=CACHE_CORRUPT');
    await expect(b.workspace_status()).rejects.toBeInstanceOf(BackendError);
    await expect(b.workspace_status()).rejects.toMatchObject({ code: 'CACHE_CORRUPT' });
    const fresh = await b.move_cache_aside();
    expect(fresh).toMatchObject({ case_count: 0, last_sync: null });
    expect((await b.open_demo_workspace()).last_sync).toBe('demo');
  });

  it('reports CACHE_LOCKED once, then opens (Try again works)', async () => {
    const b = mock('?mock-error=CACHE_LOCKED');
    await expect(b.workspace_status()).rejects.toMatchObject({ code: 'CACHE_LOCKED' });
    expect((await b.workspace_status()).last_sync).toBe('demo');
  });

  it('persists the UI language', async () => {
    const storage = memory();
    const b = createMockBackend({ search: '?mock-delay=0', storage, locale: 'en' });
    expect((await b.set_ui_language({ tag: 'zh-Hans' })).ui_language).toBe('zh-Hans');
    const again = createMockBackend({ search: '?mock-delay=0', storage, locale: 'en' });
    expect((await again.workspace_status()).ui_language).toBe('zh-Hans');
  });
});

describe('the mock backend’s reply composer', () => {
  const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

  it('lists a few macros, one without pt-PT or Chinese variants', async () => {
    const b = mock();
    const list = await b.list_macros({ lang: 'pt-BR' });
    expect(list.length).toBeGreaterThanOrEqual(3);
    const refund = list.find((m) => m.id === 'refund-approved');
    expect(refund?.title).toBe('Reembolso aprovado');
    expect(refund?.locales).toEqual(['en', 'pt-BR', 'pt-PT', 'zh-Hans', 'zh-Hant']);
    expect(refund?.variables).toEqual(expect.arrayContaining(['amount', 'days', 'order_id', 'formality', 'customer_name']));
    expect(list.find((m) => m.id === 'info-request-more')?.locales).toEqual(['en', 'pt-BR']);
    expect((await b.list_macros({ lang: 'zh-Hans' })).find((m) => m.id === 'refund-approved')?.title).toBe('退款已通过');
  });

  it('prefills the case’s variables and remembers the agent’s reply language', async () => {
    const b = mock();
    const ctx = await b.get_reply_context({ caseId: 'demo-1002' });
    expect(ctx.suggestion).toEqual({ language: 'zh-Hans', source: 'customer-locale' });
    expect(ctx.args).toMatchObject({ customer_name: '王芳', customer_surname: '王', customer_first_name: '芳', team: 'Payments' });
    const chosen = await b.set_reply_language({ caseId: 'demo-1002', lang: 'en' });
    expect(chosen.suggestion).toEqual({ language: 'en', source: 'agent' });
    expect((await b.get_case({ id: 'demo-1002' })).reply_language).toBe('en');
  });

  it('renders with plurals, falls back along the chain, and refuses missing variables', async () => {
    const b = mock();
    const args = { ...(await b.get_reply_context({ caseId: 'demo-1001' })).args, amount: 'R$ 10,00', order_id: '5801234567890', days: '1' };
    const pt = await b.render_reply({ macroId: 'refund-approved', lang: 'pt-BR', args });
    expect(pt.text).toContain('em até 1 dia útil');
    expect(pt.text).toContain('pedido 5801234567890');
    expect(pt.text).toContain('Obrigada pelo contato!');
    expect(pt.fallback).toBeNull();
    const fallback = await b.render_reply({ macroId: 'info-request-more', lang: 'pt-PT', args });
    expect(fallback).toMatchObject({ requested: 'pt-PT', used: 'pt-BR' });
    expect(fallback.fallback).toContain('pt-PT');
    expect((await b.render_reply({ macroId: 'info-request-more', lang: 'zh-Hant', args })).used).toBe('en');
    const { amount: _a, days: _d, ...without } = args;
    await expect(b.render_reply({ macroId: 'refund-approved', lang: 'en', args: without })).rejects.toMatchObject({
      code: 'TEMPLATE',
      message: expect.stringContaining('missing variable $amount, $days'),
    });
    await expect(b.render_reply({ macroId: 'nope', lang: 'en', args })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    expect(await b.reply_signature({ lang: 'pt-BR', args })).toBe('Atenciosamente,\nAna Souza\nEquipe de Atendimento');
  });

  it('keeps the agent’s own signature per reply language, and replies end with it', async () => {
    const b = mock();
    const before = await b.list_signatures();
    expect(before.map((s) => s.language)).toEqual(['en', 'pt-BR', 'pt-PT', 'zh-Hans', 'zh-Hant']);
    expect(before.find((s) => s.language === 'pt-BR')).toEqual({
      language: 'pt-BR',
      custom: null,
      effective: 'Atenciosamente,\nAna Souza\nEquipe de Atendimento',
    });
    const after = await b.set_signature({ lang: 'pt-BR', text: 'Abraços,\nAna' });
    expect(after.find((s) => s.language === 'pt-BR')).toMatchObject({ custom: 'Abraços,\nAna', effective: 'Abraços,\nAna' });
    expect(after.find((s) => s.language === 'en')?.custom).toBeNull();
    expect(await b.reply_signature({ lang: 'pt-BR', args: { agent_name: 'Ana Souza' } })).toBe('Abraços,\nAna');
    await expect(b.set_signature({ lang: 'pt-BR', text: 'x'.repeat(2001) })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    const cleared = await b.set_signature({ lang: 'pt-BR', text: '  ' });
    expect(cleared.find((s) => s.language === 'pt-BR')?.custom).toBeNull();
  });

  it('formats money and dates per reply locale', async () => {
    const b = mock();
    expect(plain(await b.format_money({ amount: '1234.5', currency: 'BRL', lang: 'pt-BR' }))).toBe('R$ 1.234,50');
    expect(await b.format_money({ amount: '20', currency: 'GBP', lang: 'en' })).toBe('£20.00');
    await expect(b.format_money({ amount: '12,50', currency: 'EUR', lang: 'pt-PT' })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    expect(await b.format_date({ date: '2026-11-22', lang: 'pt-BR' })).toBe('22 de novembro de 2026');
    expect(await b.format_date({ date: '2026-11-22', lang: 'zh-Hans' })).toBe('2026年11月22日');
    await expect(b.format_date({ date: '2026-02-30', lang: 'en' })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });

  it('flags a draft in another language than the reply’s', async () => {
    const b = mock();
    expect(await b.check_draft_language({ text: 'Olá! Seu reembolso foi aprovado e você vai receber em breve.', lang: 'pt-BR' })).toBeNull();
    expect(await b.check_draft_language({ text: 'Hi Lucas, your refund has been approved.', lang: 'pt-BR' })).toBe('en');
    expect(await b.check_draft_language({ text: '您好，您的退款已经审核通过了。', lang: 'zh-Hant' })).toBe('zh-Hans');
    expect(await b.check_draft_language({ text: 'ok', lang: 'zh-Hans' })).toBeNull();
  });

  it('queues a sent reply in the thread and clears the draft', async () => {
    const b = mock();
    await b.save_draft({ caseId: 'demo-1001', body: 'Oi' });
    const sent = await b.send_reply({
      reply: { case_id: 'demo-1001', body: 'Oi, Lucas!', internal: false, language: 'pt-BR', files: [] },
      seen: null,
      sendAnyway: false,
    });
    if (sent.outcome !== 'queued') throw new Error(`not queued: ${sent.outcome}`);
    const message = sent.message;
    expect(message).toMatchObject({ direction: 'outbound', delivery: 'queued', language: 'pt-BR', author: 'Ana Souza' });
    const detail = await b.get_case({ id: 'demo-1001' });
    expect(detail.draft).toBeNull();
    expect(detail.messages.at(-1)?.id).toBe(message.id);
    const note = await b.send_reply({ reply: { case_id: 'demo-1001', body: 'FYI', internal: true, language: 'pt-BR', files: [] }, seen: null, sendAnyway: false });
    expect(note).toMatchObject({ outcome: 'queued', message: { direction: 'note' } });
    expect((await b.get_case({ id: 'demo-1001' })).pending).toBe(2);
    await expect(
      b.send_reply({ reply: { case_id: 'demo-1001', body: ' ', internal: false, language: 'en', files: [] }, seen: null, sendAnyway: false }),
    ).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
  });

  it('uses a team pack folder, reports its problems, and refuses non-folders', async () => {
    const b = mock();
    const before = await b.macro_pack_status();
    expect(before).toMatchObject({ dir: null, problems: [] });
    const team = await b.set_macro_pack_dir({ dir: '/srv/team-macros' });
    expect(team.macro_count).toBe(before.macro_count + 1);
    expect((await b.list_macros({ lang: 'en' })).find((m) => m.origin === 'team-macros')?.locales).toEqual(['en']);
    expect((await b.set_macro_pack_dir({ dir: '/srv/broken-pack' })).problems).toHaveLength(1);
    await expect(b.set_macro_pack_dir({ dir: 'not a folder' })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    expect((await b.set_macro_pack_dir({ dir: null })).dir).toBeNull();
    await b.set_agent_gender({ gender: 'male' });
    expect((await b.get_reply_context({ caseId: 'demo-1001' })).args['agent_gender']).toBe('male');
    const off = await b.onMacrosChanged(() => undefined);
    off();
  });
});

describe('the mock backend’s files sent with a reply', () => {
  const b64 = (text: string) => Buffer.from(text).toString('base64');
  const file = (file_name: string, content: string | number, content_type = 'text/plain'): ReplyFile => ({
    file_name,
    content_type,
    content_base64: typeof content === 'number' ? Buffer.alloc(content, 1).toString('base64') : b64(content),
  });
  const send = (b: Backend, files: ReplyFile[], extra: { seen?: SeenCase | null; sendAnyway?: boolean } = {}) =>
    b.send_reply({
      reply: { case_id: 'demo-1001', body: 'Segue o recibo.', internal: false, language: 'pt-BR', files },
      seen: extra.seen ?? null,
      sendAnyway: extra.sendAnyway ?? false,
    });

  it('lists them under the queued message (local ids, decoded sizes, no url), and opens them', async () => {
    const b = mock();
    const sent = await send(b, [
      file('C:\\Users\\ana\\recibo.pdf', '%PDF-1.7', 'application/PDF'),
      file('nota.txt', 'olá', 'text/plain; charset=utf-8'),
      file('dados', 'x', ''),
    ]);
    if (sent.outcome !== 'queued') throw new Error(`not queued: ${sent.outcome}`);
    expect(sent.message.attachments).toEqual([
      { id: 'local-1', file_name: 'recibo.pdf', content_type: 'application/pdf', size: 8, url: null },
      { id: 'local-2', file_name: 'nota.txt', content_type: 'text/plain', size: 4, url: null },
      { id: 'local-3', file_name: 'dados', content_type: 'application/octet-stream', size: 1, url: null },
    ]);
    const shown = (await b.get_case({ id: 'demo-1001' })).messages.find((m) => m.id === sent.message.id);
    expect(shown?.attachments.map((a) => a.id)).toEqual(['local-1', 'local-2', 'local-3']);
    const path = await b.open_attachment({ caseId: 'demo-1001', messageId: sent.message.id, attachmentId: 'local-2' });
    expect(path).toContain('nota.txt');
    // A reply without files has none (and `files` left out is taken as none, as serde's default).
    const plain = await b.send_reply({
      reply: { case_id: 'demo-1001', body: 'Só texto', internal: true, language: 'pt-BR' } as OutgoingReply,
      seen: null,
      sendAnyway: false,
    });
    expect(plain).toMatchObject({ outcome: 'queued', message: { attachments: [] } });
  });

  it('refuses what breaks a limit with INVALID_INPUT naming the file, and queues nothing', async () => {
    const b = mock();
    const before = (await b.get_case({ id: 'demo-1001' })).messages.length;
    const refused = async (files: ReplyFile[], message: RegExp) =>
      expect(send(b, files)).rejects.toMatchObject({ code: 'INVALID_INPUT', message: expect.stringMatching(message) });
    await refused([file('vazio.txt', '')], /vazio\.txt is empty/);
    await refused([file('video.mp4', MAX_REPLY_FILE_BYTES + 1)], /video\.mp4 is 10000001 bytes: a file can be at most 10000000/);
    await refused(Array.from({ length: MAX_REPLY_FILES + 1 }, (_, i) => file(`${i}.txt`, 'a')), /11 files are attached: at most 10/);
    await refused([file('a.bin', 9_000_000), file('b.bin', 9_000_000), file('c.bin', 9_000_000)], /more than 25000000 bytes/);
    await refused([file(' / ', 'a')], /has no name/);
    await refused([{ file_name: 'x.png', content_type: 'image/png', content_base64: 'not base64!' }], /x\.png could not be read/);
    const after = await b.get_case({ id: 'demo-1001' });
    expect(after.messages).toHaveLength(before);
    expect(after.pending).toBe(0);
    // A refused reply used no ids.
    const ok = await send(b, [file('ok.txt', 'ok')]);
    expect(ok).toMatchObject({ outcome: 'queued', message: { attachments: [{ id: 'local-1', size: 2 }] } });
  });

  it('takes exactly 10 files and 25 MB in all', async () => {
    const b = mock();
    const ten = await send(b, Array.from({ length: MAX_REPLY_FILES }, (_, i) => file(`${i}.txt`, 'a')));
    expect(ten.outcome === 'queued' && ten.message.attachments).toHaveLength(10);
    const full = await send(b, [file('a.bin', MAX_REPLY_FILE_BYTES), file('b.bin', MAX_REPLY_FILE_BYTES), file('c.bin', 5_000_000)]);
    expect(full.outcome === 'queued' && full.message.attachments.map((a) => a.size)).toEqual([10_000_000, 10_000_000, 5_000_000]);
  });

  it('queues nothing while the case changed, and the files go with "send anyway"', async () => {
    const b = mock();
    const stale = { ...seenOf(await b.get_case({ id: 'demo-1001' })), status: 'new' as const };
    const files = [file('recibo.pdf', '%PDF')];
    expect((await send(b, files, { seen: stale })).outcome).toBe('case-changed');
    expect((await b.get_case({ id: 'demo-1001' })).pending).toBe(0);
    const anyway = await send(b, files, { seen: stale, sendAnyway: true });
    expect(anyway).toMatchObject({ outcome: 'queued', message: { attachments: [{ id: 'local-1', file_name: 'recibo.pdf' }] } });
  });
});

describe('the mock’s file name and type cleaning (as reply_files.rs)', () => {
  it('drops folders and control characters, and keeps only well-formed types', () => {
    expect(cleanFileName('C:\\Users\\ana\\nota.pdf')).toBe('nota.pdf');
    expect(cleanFileName('/home/ana/截图 1.png')).toBe('截图 1.png');
    expect(cleanFileName('a\u0000b\n.txt')).toBe('ab.txt');
    expect(cleanFileName('dir/')).toBeNull();
    expect(cleanFileName(' .. ')).toBeNull();
    expect(cleanContentType('image/PNG')).toBe('image/png');
    expect(cleanContentType('text/plain; charset=utf-8')).toBe('text/plain');
    expect(cleanContentType('')).toBe('application/octet-stream');
    expect(cleanContentType('pdf')).toBe('application/octet-stream');
    expect(cleanContentType('text/<script>')).toBe('application/octet-stream');
    expect(base64Length('JVBERg==')).toBe(4);
    expect(base64Length('')).toBe(0);
    expect(base64Length('abc')).toBeNull();
  });
});
