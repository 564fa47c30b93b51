import { describe, expect, it } from 'vitest';
import {
  addFiles,
  bytesToBase64,
  dragHasFiles,
  MAX_REPLY_FILE_BYTES,
  MAX_REPLY_FILES,
  MAX_REPLY_TOTAL_BYTES,
  readReplyFile,
  readReplyFiles,
  removeFile,
  totalBytes,
  UnreadableFile,
  type PickedFile,
} from './reply-files';

const pick = (name: string, size: number, lastModified = 1): PickedFile => ({ name, size, type: 'text/plain', lastModified });
const MB = 1_000_000;

describe('the limits on files sent with a reply', () => {
  it('are the backend’s: 10 files, 10 MB each, 25 MB in all', () => {
    expect([MAX_REPLY_FILES, MAX_REPLY_FILE_BYTES, MAX_REPLY_TOTAL_BYTES]).toEqual([10, 10_000_000, 25_000_000]);
  });

  it('adds files in order, and a file of exactly 10 MB', () => {
    const { files, problems } = addFiles([pick('a.txt', 3)], [pick('b.pdf', 5), pick('c.bin', MAX_REPLY_FILE_BYTES)]);
    expect(files.map((f) => f.name)).toEqual(['a.txt', 'b.pdf', 'c.bin']);
    expect(problems).toEqual([]);
    expect(totalBytes(files)).toBe(MAX_REPLY_FILE_BYTES + 8);
  });

  it('refuses an empty file, one without a name, and one over 10 MB, naming each', () => {
    const { files, problems } = addFiles(
      [],
      [pick('vazio.txt', 0), pick('  ', 4), pick('video.mp4', MAX_REPLY_FILE_BYTES + 1), pick('ok.txt', 2)],
    );
    expect(files.map((f) => f.name)).toEqual(['ok.txt']);
    expect(problems).toEqual([
      { kind: 'empty', name: 'vazio.txt' },
      { kind: 'no-name' },
      { kind: 'too-big', name: 'video.mp4', size: MAX_REPLY_FILE_BYTES + 1, limit: MAX_REPLY_FILE_BYTES },
    ]);
  });

  it('takes at most 10 files: the 11th is refused', () => {
    const ten = Array.from({ length: MAX_REPLY_FILES }, (_, i) => pick(`${i}.txt`, 1));
    const { files, problems } = addFiles(ten.slice(0, 8), [...ten.slice(8), pick('eleven.txt', 1)]);
    expect(files).toHaveLength(10);
    expect(problems).toEqual([{ kind: 'too-many', name: 'eleven.txt', limit: MAX_REPLY_FILES }]);
  });

  it('takes at most 25 MB in all: the file that would go over is refused, smaller ones still fit', () => {
    const { files, problems } = addFiles([pick('a.bin', 9 * MB)], [pick('b.bin', 9 * MB), pick('c.bin', 9 * MB), pick('d.bin', 7 * MB)]);
    expect(files.map((f) => f.name)).toEqual(['a.bin', 'b.bin', 'd.bin']);
    expect(totalBytes(files)).toBe(MAX_REPLY_TOTAL_BYTES);
    expect(problems).toEqual([{ kind: 'total-too-big', name: 'c.bin', total: 27 * MB, limit: MAX_REPLY_TOTAL_BYTES }]);
  });

  it('adds the same file once (picked twice), but two files that share a name', () => {
    const first = addFiles([], [pick('foto.jpg', 10, 1)]);
    const again = addFiles(first.files, [pick('foto.jpg', 10, 1), pick('foto.jpg', 12, 2)]);
    expect(again.files.map((f) => f.size)).toEqual([10, 12]);
    expect(again.problems).toEqual([]);
  });

  it('removes one file by its place', () => {
    expect(removeFile(['a', 'b', 'c'], 1)).toEqual(['a', 'c']);
    expect(removeFile(['a'], 3)).toEqual(['a']);
  });
});

describe('reading a file into base64', () => {
  const bytes = (n: number) => Uint8Array.from({ length: n }, (_, i) => (i * 31 + 7) % 256);
  const expected = (b: Uint8Array) => Buffer.from(b).toString('base64');

  it('encodes every length around the chunk size as one base64 text', () => {
    for (const n of [0, 1, 2, 3, 4, 24_575, 24_576, 24_577, 49_153]) {
      const b = bytes(n);
      expect(bytesToBase64(b), `${n} bytes`).toBe(expected(b));
    }
  });

  it('encodes 10 MB without overflowing the stack', () => {
    const b = bytes(MAX_REPLY_FILE_BYTES);
    const out = bytesToBase64(b);
    expect(out.length).toBe(Math.ceil(MAX_REPLY_FILE_BYTES / 3) * 4);
    expect(out).toBe(expected(b));
  });

  it('keeps the name and the type, or gives the catch-all type', async () => {
    const pdf = await readReplyFile(new File([new Uint8Array([37, 80, 68, 70])], 'recibo.pdf', { type: 'application/pdf' }));
    expect(pdf).toEqual({ file_name: 'recibo.pdf', content_type: 'application/pdf', content_base64: 'JVBERg==' });
    const raw = await readReplyFile(new File(['olá'], '截图 1.dat'));
    expect(raw.content_type).toBe('application/octet-stream');
    expect(Buffer.from(raw.content_base64, 'base64').toString('utf8')).toBe('olá');
  });

  it('names the file that could not be read', async () => {
    const gone = Object.assign(new Blob(['x']), { name: 'gone.pdf', arrayBuffer: () => Promise.reject(new Error('NotReadableError')) });
    const ok = new File(['y'], 'ok.txt');
    await expect(readReplyFiles([ok])).resolves.toHaveLength(1);
    const err = await readReplyFiles([ok, gone]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UnreadableFile);
    expect((err as UnreadableFile).fileName).toBe('gone.pdf');
  });
});

describe('dragHasFiles', () => {
  it('is true only for a drag that carries files', () => {
    expect(dragHasFiles(['text/plain', 'Files'])).toBe(true);
    expect(dragHasFiles(['text/plain', 'text/uri-list'])).toBe(false);
    expect(dragHasFiles(undefined)).toBe(false);
  });
});
