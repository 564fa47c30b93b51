// The cache's early state, handed over by the shell before the page's scripts run
// (src-tauri/src/main_window.rs): the first screen renders without a round trip. Each part
// answers the page's first question of its kind, once: after that (or after a reload) the
// shell's copy may be stale and the backend is asked.
import type { CasePage } from '../generated/CasePage';
import type { EarlyState } from '../generated/EarlyState';
import type { ViewSlug } from '../generated/ViewSlug';
import type { WorkspaceStatus } from '../generated/WorkspaceStatus';

export const EARLY_STATE_GLOBAL = '__POLYDESK_EARLY_STATE__';

type Holder = Record<string, Partial<EarlyState> | undefined>;

function earlyIn(holder: object): Partial<EarlyState> | undefined {
  return (holder as Holder)[EARLY_STATE_GLOBAL];
}

/** The status, the first time it is asked for. */
export function takeStatus(holder: object): WorkspaceStatus | null {
  const early = earlyIn(holder);
  const status = early?.status ?? null;
  if (early) delete early.status;
  return status;
}

/** The first page, if the first request for a page is the one it answers. */
export function takeFirstPage(
  holder: object,
  args: { view: ViewSlug; offset: number; limit: number },
): CasePage | null {
  const early = earlyIn(holder);
  const first = early?.first_page ?? null;
  if (early) delete early.first_page;
  if (!first || first.view !== args.view || first.offset !== args.offset || first.limit !== args.limit) return null;
  return first.page;
}
