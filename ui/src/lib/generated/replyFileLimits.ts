// Generated from polydesk-core (store/outbox.rs, store/reply_files.rs) by its tests. Do not edit.

/** At most this many files go with one reply. */
export const MAX_REPLY_FILES = 10;
/** Each file at most this many bytes. */
export const MAX_REPLY_FILE_BYTES = 10000000;
/** All files of one reply together at most this many bytes. */
export const MAX_REPLY_TOTAL_BYTES = 25000000;
/** The type of a file the computer gave none. */
export const UNKNOWN_CONTENT_TYPE = 'application/octet-stream';
