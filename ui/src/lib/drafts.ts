// Draft saves, one after another per case, so a case reopened right after typing
// is read only once its last save has landed.
import { backend } from './backend';
import type { Draft } from './generated/Draft';

const tails = new Map<string, Promise<unknown>>();

/** Save (or, for a blank body, delete) the draft of `caseId`, after any save already queued. */
export function saveDraft(caseId: string, body: string): Promise<Draft | null> {
  const previous = tails.get(caseId) ?? Promise.resolve();
  const next = previous.catch(() => undefined).then(() => backend.save_draft({ caseId, body }));
  tails.set(caseId, next);
  void next
    .catch(() => undefined)
    .finally(() => {
      if (tails.get(caseId) === next) tails.delete(caseId);
    });
  return next;
}

/** Resolves once every queued save of `caseId` has finished (failed ones included). */
export async function draftsSettled(caseId: string): Promise<void> {
  const tail = tails.get(caseId);
  if (tail) await tail.catch(() => undefined);
}
