// The mock backend's files sent with a reply or note, as `polydesk_core::store::reply_files`
// checks them: at most 10, none empty, each at most 10 MB, 25 MB together, every refusal
// INVALID_INPUT naming the file. The thread lists them at once (url null, opened locally).
import type { Attachment } from '../generated/Attachment';
import type { ReplyFile } from '../generated/ReplyFile';
import { MAX_REPLY_FILE_BYTES, MAX_REPLY_FILES, MAX_REPLY_TOTAL_BYTES, UNKNOWN_CONTENT_TYPE } from '../reply-files';
import { BackendError } from './types';

function refuse(message: string): never {
  throw new BackendError('INVALID_INPUT', message);
}

/** How many bytes a base64 text decodes to; null when it is not base64. */
export function base64Length(text: string): number | null {
  const s = text.trim();
  if (s.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(s)) return null;
  const padding = s.endsWith('==') ? 2 : s.endsWith('=') ? 1 : 0;
  return (s.length / 4) * 3 - padding;
}

/** The name without any folder part or control characters; null if nothing is left. */
export function cleanFileName(name: string): string | null {
  const base = name.split(/[/\\]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const cleaned = [...base.replace(/[\u0000-\u001f\u007f-\u009f]/g, '')].slice(0, 200).join('').trim();
  return cleaned === '' || cleaned === '.' || cleaned === '..' ? null : cleaned;
}

/** `type/subtype` (parameters dropped, lower case), or the catch-all type. */
export function cleanContentType(given: string): string {
  const essence = (given.split(';')[0] ?? '').trim();
  const token = /^[A-Za-z0-9!#$&^_.+-]+$/;
  const [type, sub, ...rest] = essence.split('/');
  return type && sub && rest.length === 0 && token.test(type) && token.test(sub) ? essence.toLowerCase() : UNKNOWN_CONTENT_TYPE;
}

/**
 * Check what the composer sent and list it as the thread shows it; `nextId` names each file
 * (`local-<n>`). Throws INVALID_INPUT naming the file on the first problem.
 */
export function attachReplyFiles(files: readonly ReplyFile[] | undefined, nextId: () => string): Attachment[] {
  const list = files ?? [];
  if (list.length > MAX_REPLY_FILES) {
    refuse(`${list.length} files are attached: at most ${MAX_REPLY_FILES} can go with one reply`);
  }
  let total = 0;
  const checked = list.map((f) => {
    const name = cleanFileName(f.file_name) ?? refuse('an attached file has no name: attach it again');
    const size = base64Length(f.content_base64) ?? refuse(`${name} could not be read (not base64): attach it again`);
    if (size === 0) refuse(`${name} is empty: attach a file with something in it`);
    if (size > MAX_REPLY_FILE_BYTES) refuse(`${name} is ${size} bytes: a file can be at most ${MAX_REPLY_FILE_BYTES} bytes`);
    total += size;
    if (total > MAX_REPLY_TOTAL_BYTES) {
      refuse(`the attached files come to more than ${MAX_REPLY_TOTAL_BYTES} bytes: send some with another reply`);
    }
    return { name, size, type: cleanContentType(f.content_type) };
  });
  // Ids only once everything passed: a refused reply uses none.
  return checked.map((f) => ({ id: nextId(), file_name: f.name, content_type: f.type, size: f.size, url: null }));
}
