// The inbox views of the mock backend, as polydesk-core's views.rs defines them.
import type { Case } from '../generated/Case';
import type { ViewSlug } from '../generated/ViewSlug';
import { MOCK_AGENT } from './mock-data';

export const VIEWS: ViewSlug[] = ['all', 'mine', 'unassigned', 'due-soon', 'pending', 'solved'];
const DUE_SOON_MS = 24 * 3_600_000;

function inView(view: ViewSlug, k: Case, horizon: number): boolean {
  const s = k.status;
  const unsolved = s === 'new' || s === 'open' || s === 'pending' || s === 'on-hold';
  switch (view) {
    case 'all':
      return true;
    case 'mine':
      return k.assignee === MOCK_AGENT && unsolved;
    case 'unassigned':
      return k.assignee === null && unsolved;
    case 'due-soon':
      return (s === 'new' || s === 'open') && k.sla_due_at !== null && Date.parse(k.sla_due_at) <= horizon;
    case 'pending':
      return s === 'pending';
    case 'solved':
      return s === 'solved' || s === 'closed';
  }
}

/** How many of `cases` each view holds. */
export function viewCounts(cases: readonly Case[], now: number): { slug: ViewSlug; count: number }[] {
  const horizon = now + DUE_SOON_MS;
  return VIEWS.map((slug) => ({ slug, count: cases.filter((k) => inView(slug, k, horizon)).length }));
}

/** The cases of a view in its order: by SLA for the agent's work queues, else newest first. */
export function casesInView(cases: readonly Case[], view: ViewSlug, now: number): Case[] {
  const horizon = now + DUE_SOON_MS;
  const list = cases.filter((k) => inView(view, k, horizon));
  if (view === 'mine' || view === 'unassigned' || view === 'due-soon') {
    const key = (k: Case) => (k.sla_due_at === null ? Infinity : Date.parse(k.sla_due_at));
    return list.sort((a, b) => key(a) - key(b) || b.updated_at.localeCompare(a.updated_at));
  }
  return list.sort((a, b) => b.updated_at.localeCompare(a.updated_at));
}
