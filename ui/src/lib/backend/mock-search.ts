// Search over the mock backend's cases: accent- and case-insensitive substring matches in
// subjects and message bodies, newest first (the real index is in polydesk-core).
import type { SearchHit } from '../generated/SearchHit';
import type { MockCase } from './mock-data';

/** Lower case, accents stripped: "Não" and "nao" match, as do "ÃO" and "ão". */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function snippetAround(text: string, start: number, length: number): string {
  const from = Math.max(0, start - 40);
  const to = Math.min(text.length, start + length + 60);
  const body = text.slice(from, to).replace(/\s+/g, ' ').trim();
  return `${from > 0 ? '…' : ''}${body}${to < text.length ? '…' : ''}`;
}

/** Index in `text` where `folded` (already folded) matches, or -1. */
function findFolded(text: string, folded: string): number {
  if (!foldForSearch(text).includes(folded)) return -1;
  // Folding only drops combining marks, so map positions back through a per-char fold.
  let acc = '';
  const starts: number[] = [];
  for (let i = 0; i < text.length; i++) {
    starts.push(acc.length);
    acc += foldForSearch(text[i] as string);
  }
  const at = acc.indexOf(folded);
  if (at < 0) return -1;
  const idx = starts.findIndex((s, i) => s <= at && (starts[i + 1] ?? Infinity) > at);
  return idx < 0 ? 0 : idx;
}

/** Hits for `query` (already trimmed, not blank), newest first, at most `limit` (1..=500). */
export function searchCases(cases: readonly MockCase[], query: string, limit: number): SearchHit[] {
  const folded = foldForSearch(query);
  const hits: SearchHit[] = [];
  for (const c of cases) {
    const at = findFolded(c.case.subject, folded);
    if (at >= 0) {
      hits.push({
        case_id: c.case.id,
        message_id: null,
        subject: c.case.subject,
        snippet: c.case.subject,
        created_at: c.case.created_at,
      });
    }
    for (const m of c.messages) {
      const pos = findFolded(m.body_text, folded);
      if (pos >= 0) {
        hits.push({
          case_id: c.case.id,
          message_id: m.id,
          subject: c.case.subject,
          snippet: snippetAround(m.body_text, pos, query.length),
          created_at: m.created_at,
        });
      }
    }
  }
  hits.sort((a, b) => b.created_at.localeCompare(a.created_at));
  return hits.slice(0, Math.max(1, Math.min(limit, 500)));
}
