// Code the first screen does not need (the case view with its composer, the outbox,
// settings, the shortcuts overlay) is split out of the start-up script: the inbox draws
// without parsing it, and it loads right after the first frame, before anyone can click.

/** A module loaded once, on first use: every caller gets the same promise. */
export function later<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () => (loading ??= load());
}
