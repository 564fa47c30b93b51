// Browser test of files attached in the composer, on the real core (polydesk-testhost serving
// ui/dist-testhost): picked through the file input or dropped, listed as chips, checked
// against the limits before sending, sent with the reply and listed under the queued message;
// kept whenever a send does not go through.
// Build first: cargo build -p polydesk-testhost && npm --prefix ui run build:testhost
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { plain, screenshot, startApp } from './harness.mjs';

let app;
let page;
const problems = [];

const text = async (selector) => plain((await page.textContent(selector)) ?? '');
const chips = () => page.$$eval('[data-testid=reply-file]', (cs) => cs.map((c) => c.dataset.name));
const file = (name, content, mimeType = 'text/plain') => ({
  name,
  mimeType,
  buffer: typeof content === 'number' ? Buffer.alloc(content, 7) : Buffer.from(content),
});
const INPUT = '[data-testid=reply-file-input]';

before(async () => {
  app = await startApp(problems, { delayMs: 30 });
  page = await app.open();
});

after(() => app?.close());

/** Open the first case in the list whose replies are in `lang`; resolves to its id. */
async function openCaseIn(lang) {
  const row = page.locator(`[data-testid=case-row][data-reply-language="${lang}"]`).first();
  const id = await row.getAttribute('data-case-id');
  await row.click();
  await page.waitForSelector(`[data-testid=case-detail][data-case-id="${id}"][aria-busy=false] [data-testid=composer]`);
  return id;
}

/** Click Send; confirm if a warning asks first (the draft-language check). */
async function send() {
  const before = await page.locator('[data-testid=message]').count();
  await page.click('[data-testid=send-reply]');
  await Promise.race([
    page.waitForFunction((n) => document.querySelectorAll('[data-testid=message]').length > n, before),
    page.waitForSelector('[data-testid=confirm-send]').then(() => page.click('[data-testid=confirm-send]')),
  ]);
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid=message]').length > n, before);
}

test('the Attach button names the limits, and picks files through a hidden multi-file input', async () => {
  // A Brazilian Portuguese case: the tests up to the changed-case one write in it.
  await openCaseIn('pt-BR');
  const button = page.locator('[data-testid=attach-files]');
  assert.equal(plain(await button.textContent()).trim(), 'Attach files');
  assert.match(plain((await button.getAttribute('title')) ?? ''), /up to 10 per reply, 10 MB each, 25 MB in all/);
  assert.equal(await page.getAttribute(INPUT, 'type'), 'file');
  assert.equal(await page.getAttribute(INPUT, 'multiple'), '');
  // Clicking the button opens the computer's file chooser.
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), button.click()]);
  assert.equal(chooser.isMultiple(), true);
  await chooser.setFiles([]);
});

test('picked files show as chips with their sizes; × removes one; the reply lists them once queued', async () => {
  // The demo CRM off the network, so the reply stays queued (and its file only on this computer).
  await app.host.invoke('demo_simulate', { action: 'network-down' });
  await page.waitForSelector('[data-testid=sync-indicator][data-state=offline]');
  await page.fill('[data-testid=draft-input]', 'Olá! Segue em anexo o comprovante do seu reembolso.');
  await page.setInputFiles(INPUT, [file('comprovante.pdf', 2_500, 'application/pdf'), file('extrato.csv', 'data;valor\n1;2\n')]);
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=reply-file]').length === 2);
  assert.deepEqual(await chips(), ['comprovante.pdf', 'extrato.csv']);
  assert.match(await text('[data-testid=reply-file][data-name="comprovante.pdf"]'), /comprovante\.pdf\s*2\.5 kB/);
  assert.equal(await page.getAttribute('[data-testid=reply-files]', 'aria-label'), 'Files to send');
  const remove = page.locator('[data-testid=reply-file][data-name="extrato.csv"] [data-testid=reply-file-remove]');
  assert.equal(plain((await remove.getAttribute('aria-label')) ?? ''), 'Remove extrato.csv');

  await remove.click();
  assert.deepEqual(await chips(), ['comprovante.pdf']);
  // The same file can be picked again after removing it; picking one already there adds nothing.
  await page.setInputFiles(INPUT, [file('extrato.csv', 'data;valor\n1;2\n')]);
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=reply-file]').length === 2);
  await page.locator('[data-testid=reply-file][data-name="extrato.csv"] [data-testid=reply-file-remove]').click();
  await screenshot(page, 'composer-files');

  await send();
  const queued = page.locator('[data-testid=message][data-delivery=queued]').last();
  await queued.locator('[data-testid=attachment]').waitFor();
  assert.match(plain(await queued.textContent()), /Segue em anexo/);
  const listed = await queued.locator('[data-testid=attachment]').allTextContents();
  assert.equal(listed.length, 1);
  assert.match(plain(listed[0]), /comprovante\.pdf\s*2\.5 kB/);
  // Sent: the composer is empty again, text and files.
  assert.equal(await page.inputValue('[data-testid=draft-input]'), '');
  assert.equal(await page.locator('[data-testid=reply-file]').count(), 0);
  // The file sent from here opens before the CRM has it.
  await queued.locator('[data-testid=attachment]').click();
  await queued.locator('[data-testid=attachment-saved]').waitFor();
  assert.match(await queued.locator('[data-testid=attachment-saved]').textContent(), /comprovante\.pdf/);
  const { opened } = await app.host.shell();
  assert.equal(opened.length, 1);
  assert.match(opened[0], /comprovante\.pdf$/, 'the file went to the computer’s default app');

  // Back on the network, the reply goes out to the CRM with its file.
  await app.host.invoke('demo_simulate', { action: 'network-up' });
  await page.waitForSelector('[data-testid=sync-indicator][data-state=online][data-pending="0"]', { timeout: 60_000 });
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=message][data-delivery=queued]').length === 0);
  const sent = page.locator('[data-testid=message]:has-text("Segue em anexo")');
  assert.equal(await sent.count(), 1);
  assert.match(plain(await sent.locator('[data-testid=attachment]').textContent()), /comprovante\.pdf\s*2\.5 kB/);
});

test('an empty or oversized file is refused when picked, naming it and the limit; the text stays', async () => {
  const draft = 'Olá! Estou enviando os arquivos que você pediu.';
  await page.fill('[data-testid=draft-input]', draft);
  await page.setInputFiles(INPUT, [file('vazio.txt', ''), file('video.mp4', 10_000_001, 'video/mp4'), file('foto.png', 1_200, 'image/png')]);
  await page.waitForSelector('[data-testid=reply-file-problems]');
  const found = await page.$$eval('[data-testid=reply-file-problem]', (ps) => ps.map((p) => p.dataset.kind));
  assert.deepEqual(found, ['empty', 'too-big']);
  assert.match(await text('[data-testid=reply-file-problem][data-kind=empty]'), /“vazio\.txt” is empty, so it wasn’t attached\./);
  assert.match(await text('[data-testid=reply-file-problem][data-kind=too-big]'), /“video\.mp4” is 10,000,001 bytes: a file can be at most 10 MB\./);
  assert.equal(await page.getAttribute('[data-testid=reply-file-problems]', 'role'), 'alert');
  // Only the good file was attached, and what the agent typed is untouched.
  assert.deepEqual(await chips(), ['foto.png']);
  assert.equal(await page.inputValue('[data-testid=draft-input]'), draft);
  await screenshot(page, 'composer-file-refused');

  await page.click('[data-testid=reply-file-problems-dismiss]');
  await page.waitForSelector('[data-testid=reply-file-problems]', { state: 'detached' });
  await page.click('[data-testid=reply-file-remove]');
  assert.equal(await page.locator('[data-testid=reply-file]').count(), 0);
});

test('more than 10 files, or more than 25 MB in all, is refused file by file', async () => {
  const eleven = Array.from({ length: 11 }, (_, i) => file(`nota-${i + 1}.txt`, `nota ${i + 1}`));
  await page.setInputFiles(INPUT, eleven);
  await page.waitForSelector('[data-testid=reply-file-problem][data-kind=too-many]');
  assert.equal(await page.locator('[data-testid=reply-file]').count(), 10);
  assert.match(await text('[data-testid=reply-file-problem]'), /“nota-11\.txt” wasn’t attached: a reply can take at most 10 files\./);
  for (let i = 0; i < 10; i++) await page.click('[data-testid=reply-file-remove]');
  assert.equal(await page.locator('[data-testid=reply-file]').count(), 0);

  await page.setInputFiles(INPUT, [file('a.bin', 9_000_000), file('b.bin', 9_000_000), file('c.bin', 9_000_000)]);
  await page.waitForSelector('[data-testid=reply-file-problem][data-kind=total-too-big]');
  assert.deepEqual(await chips(), ['a.bin', 'b.bin']);
  assert.match(await text('[data-testid=reply-file-problem]'), /“c\.bin” wasn’t attached: the files would come to 27 MB, and a reply can take at most 25 MB in all\./);
  await page.click('[data-testid=reply-file-remove]');
  await page.click('[data-testid=reply-file-remove]');
});

test('files dropped onto the composer are attached', async () => {
  await page.evaluate(() => {
    const composer = document.querySelector('[data-testid=composer]');
    const dt = new DataTransfer();
    dt.items.add(new File(['arrastado'], 'arrastado.txt', { type: 'text/plain' }));
    for (const type of ['dragenter', 'dragover']) composer.dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }));
  });
  await page.waitForSelector('.drop-hint');
  assert.match(await text('.drop-hint'), /Drop files to attach them/);
  const prevented = await page.evaluate(() => {
    const target = document.querySelector('[data-testid=draft-input]');
    const dt = new DataTransfer();
    dt.items.add(new File(['arrastado'], 'arrastado.txt', { type: 'text/plain' }));
    return !target.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  });
  assert.equal(prevented, true, 'the webview does not open the dropped file');
  await page.waitForSelector('.drop-hint', { state: 'detached' });
  assert.deepEqual(await chips(), ['arrastado.txt']);
  await page.click('[data-testid=reply-file-remove]');
});

test('a refused send keeps the text and the files, and says which file', async () => {
  // A name only the backend refuses (the chooser never gives one): nothing left once cleaned.
  await page.click('[data-testid=reply-kind] [data-kind=note]');
  const note = 'Cliente mandou o arquivo do extrato.';
  await page.fill('[data-testid=draft-input]', note);
  await page.setInputFiles(INPUT, [file('..', 'x')]);
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=reply-file]').length === 1);
  const before = await page.locator('[data-testid=message]').count();
  await page.click('[data-testid=send-reply]');
  await page.waitForSelector('[data-testid=send-error][data-code=INVALID_INPUT]');
  assert.match(await text('[data-testid=send-error]'), /The attached files weren’t accepted: an attached file has no name/);
  assert.equal(await page.locator('[data-testid=message]').count(), before, 'nothing was queued');
  assert.equal(await page.inputValue('[data-testid=draft-input]'), note);
  assert.deepEqual(await chips(), ['..']);
  await page.click('[data-testid=reply-file-remove]');
  await page.click('[data-testid=reply-kind] [data-kind=reply]');
});

test('files stay through the changed-case question, and go with “Send anyway”', async () => {
  // A European Portuguese case a colleague then moves on in the demo CRM (status and a note).
  await openCaseIn('pt-PT');
  await page.click('[data-testid=settings-button]');
  await page.click('[data-testid=demo-colleague-edit]');
  await page.waitForSelector('[data-testid=demo-done]');
  await page.click('[data-testid=settings-button]');
  await page.waitForSelector('[data-testid=settings-panel]', { state: 'detached' });
  // The colleague's note comes in with the next sync (the demo wakes it).
  await page.waitForSelector('[data-testid=message]:has-text("Checked with the payments team")', { timeout: 60_000 });

  await page.fill('[data-testid=draft-input]', 'Olá. Segue o comprovativo do pagamento em anexo.');
  await page.setInputFiles(INPUT, [file('comprovativo.pdf', 4_000, 'application/pdf')]);
  await page.waitForSelector('[data-testid=reply-file]');
  await page.click('[data-testid=send-reply]');
  await Promise.race([
    page.waitForSelector('[data-testid=case-changed-dialog]'),
    page.waitForSelector('[data-testid=confirm-send]').then(() => page.click('[data-testid=confirm-send]')),
  ]);
  await page.waitForSelector('[data-testid=case-changed-dialog]');
  assert.deepEqual(await chips(), ['comprovativo.pdf'], 'nothing was sent: the file is still attached');
  await page.click('[data-testid=case-changed-send]');
  await page.waitForSelector('[data-testid=case-changed-dialog]', { state: 'detached' });
  // Queued, then (the CRM being online) soon sent: either way the reply lists the file.
  const reply = page.locator('[data-testid=message]:has-text("Segue o comprovativo")');
  await reply.locator('[data-testid=attachment]').waitFor();
  assert.equal(await reply.count(), 1);
  assert.match(plain(await reply.locator('[data-testid=attachment]').textContent()), /comprovativo\.pdf/);
  assert.equal(await page.locator('[data-testid=reply-file]').count(), 0);
});

test('no console errors or CSP violations', () => {
  assert.deepEqual(problems, []);
});
