// Files the agent attaches to a reply or note: the limits the backend enforces (checked
// here first, so the agent learns before sending), and reading a file into the base64 the
// backend takes. No DOM beyond Blob, no backend.
import type { ReplyFile } from './generated/ReplyFile';

/** At most this many files go with one reply (as `MAX_REPLY_FILES` in Rust). */
export const MAX_REPLY_FILES = 10;
/** Each file at most this many bytes (as `MAX_REPLY_FILE_BYTES`). */
export const MAX_REPLY_FILE_BYTES = 10_000_000;
/** All files of one reply together at most this many bytes (as `MAX_REPLY_TOTAL_BYTES`). */
export const MAX_REPLY_TOTAL_BYTES = 25_000_000;
/** The type of a file the computer gave none. */
export const UNKNOWN_CONTENT_TYPE = 'application/octet-stream';

/** What the checks need of a file (a `File` has it). */
export interface PickedFile {
  readonly name: string;
  /** Bytes. */
  readonly size: number;
  readonly type: string;
  readonly lastModified?: number;
}

/**
 * Why a picked file was not added (or, `unreadable`, could not be read when sending).
 * Every one but `no-name` names the file.
 */
export type FileProblem =
  | { kind: 'no-name' }
  | { kind: 'unreadable'; name: string }
  | { kind: 'empty'; name: string }
  | { kind: 'too-big'; name: string; size: number; limit: number }
  | { kind: 'too-many'; name: string; limit: number }
  | { kind: 'total-too-big'; name: string; total: number; limit: number };

/** The same file picked again (it is added once). */
function samePick(a: PickedFile, b: PickedFile): boolean {
  return a.name === b.name && a.size === b.size && (a.lastModified ?? 0) === (b.lastModified ?? 0);
}

/** The bytes of every file together. */
export function totalBytes(files: readonly PickedFile[]): number {
  return files.reduce((sum, f) => sum + f.size, 0);
}

/**
 * The files after adding `picked` to `current`, in order: each one that breaks a limit is
 * left out with the reason; one already attached is left out silently.
 */
export function addFiles<T extends PickedFile>(
  current: readonly T[],
  picked: readonly T[],
): { files: T[]; problems: FileProblem[] } {
  const files = [...current];
  const problems: FileProblem[] = [];
  let total = totalBytes(files);
  for (const f of picked) {
    const name = f.name.trim();
    if (name === '') {
      problems.push({ kind: 'no-name' });
    } else if (f.size <= 0) {
      problems.push({ kind: 'empty', name });
    } else if (f.size > MAX_REPLY_FILE_BYTES) {
      problems.push({ kind: 'too-big', name, size: f.size, limit: MAX_REPLY_FILE_BYTES });
    } else if (files.some((g) => samePick(g, f))) {
      continue;
    } else if (files.length >= MAX_REPLY_FILES) {
      problems.push({ kind: 'too-many', name, limit: MAX_REPLY_FILES });
    } else if (total + f.size > MAX_REPLY_TOTAL_BYTES) {
      problems.push({ kind: 'total-too-big', name, total: total + f.size, limit: MAX_REPLY_TOTAL_BYTES });
    } else {
      files.push(f);
      total += f.size;
    }
  }
  return { files, problems };
}

/** The files without the one at `index`. */
export function removeFile<T>(files: readonly T[], index: number): T[] {
  return files.filter((_, i) => i !== index);
}

// A multiple of 3: each chunk encodes to whole base64 quads, so the pieces join as one.
const CHUNK_BYTES = 3 * 8192;

/**
 * Bytes as base64, a chunk at a time: `String.fromCharCode(...bytes)` over 10 MB would
 * overflow the call stack, and one 10 MB binary string would be held twice.
 */
export function bytesToBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += CHUNK_BYTES) {
    const chunk = bytes.subarray(i, i + CHUNK_BYTES);
    // `apply` takes any array-like; a chunk's 24,576 arguments are well within every engine's limit.
    parts.push(btoa(String.fromCharCode.apply(null, chunk as unknown as number[])));
  }
  return parts.join('');
}

/** A file as `send_reply` takes it: its bytes read and base64-encoded. */
export async function readReplyFile(file: Blob & { readonly name: string }): Promise<ReplyFile> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  return {
    file_name: file.name,
    content_type: file.type.trim() === '' ? UNKNOWN_CONTENT_TYPE : file.type,
    content_base64: bytesToBase64(bytes),
  };
}

/**
 * Every file read, in order; on a file that can't be read (moved or deleted since it was
 * picked) rejects with `UnreadableFile` naming it.
 */
export async function readReplyFiles(files: readonly (Blob & { readonly name: string })[]): Promise<ReplyFile[]> {
  const out: ReplyFile[] = [];
  for (const f of files) {
    try {
      out.push(await readReplyFile(f));
    } catch (e) {
      throw new UnreadableFile(f.name, e);
    }
  }
  return out;
}

export class UnreadableFile extends Error {
  readonly fileName: string;

  constructor(fileName: string, cause: unknown) {
    super(`${fileName} could not be read: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = 'UnreadableFile';
    this.fileName = fileName;
  }
}

/** Whether a drag carries files (not text or a link). */
export function dragHasFiles(types: ArrayLike<string> | null | undefined): boolean {
  return types ? Array.from(types).includes('Files') : false;
}
