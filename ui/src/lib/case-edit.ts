// The case header's pure logic: what the agent saw (for the changed-case warning), which
// fields wait for the CRM or conflict, the CaseEdit a control makes, and the lines the
// changed-case warning shows. No DOM, no backend.
import type { CaseChange } from './generated/CaseChange';
import type { CaseDetail } from './generated/CaseDetail';
import type { CaseEdit } from './generated/CaseEdit';
import type { SeenCase } from './generated/SeenCase';
import { PRIORITIES, STATUSES } from './generated/choices';
import { CASE_CHANGE_IDS, fieldValueLabel } from './labels';

export { PRIORITIES, STATUSES } from './generated/choices';

/**
 * `seen` after the agent's own edit: the fields they changed take the values the case now
 * shows, so their own change is not reported back to them as news.
 */
export function adoptOwnEdit(seen: SeenCase, edit: Pick<CaseEdit, 'status' | 'assignee'>, detail: CaseDetail): SeenCase {
  return {
    ...seen,
    status: edit.status !== undefined ? detail.status : seen.status,
    assignee: edit.assignee !== undefined ? detail.assignee : seen.assignee,
  };
}

/** Fields with a change of the agent's still on its way to the CRM. */
export function pendingFields(detail: CaseDetail): Set<string> {
  return new Set(detail.pending_changes.map((c) => c.field));
}

/** Fields changed both here and in the CRM. */
export function conflictFields(detail: CaseDetail): Set<string> {
  return new Set(detail.conflicts.map((c) => c.field));
}

export type EditableField = 'status' | 'priority' | 'assignee' | 'group';

/** The edit one select makes; an empty assignee or group clears it. */
export function editOf(field: EditableField, value: string): CaseEdit {
  const edit: CaseEdit = { add_tags: [], remove_tags: [] };
  switch (field) {
    case 'status': {
      const status = STATUSES.find((s) => s === value);
      if (status) edit.status = status;
      break;
    }
    case 'priority': {
      const priority = PRIORITIES.find((p) => p === value);
      if (priority) edit.priority = priority;
      break;
    }
    case 'assignee':
      edit.assignee = value;
      break;
    case 'group':
      edit.group = value;
      break;
  }
  return edit;
}

/** Tags typed in the add box: comma-separated, trimmed, without blanks or ones the case has. */
export function tagsToAdd(input: string, existing: readonly string[]): string[] {
  const out: string[] = [];
  for (const raw of input.split(/[,，、]/)) {
    const tag = raw.trim();
    if (tag !== '' && !existing.includes(tag) && !out.includes(tag)) out.push(tag);
  }
  return out;
}

/** Choices for a select: the known ones, with the current value kept even if it is not known. */
export function optionsWith(known: readonly string[], current: string | null): string[] {
  return current && !known.includes(current) ? [current, ...known] : [...known];
}

export interface ChangeLine {
  text: string;
  /** The customer's newest message, quoted under the line. */
  quote: string | null;
}

/** One line of the changed-case warning, in the UI language. */
export function caseChangeLine(change: CaseChange, tr: (id: string, args?: Record<string, string | number>) => string): ChangeLine {
  const id = CASE_CHANGE_IDS[change.kind];
  switch (change.kind) {
    case 'customer-wrote':
      return { text: tr(id, { count: change.count }), quote: change.latest };
    case 'colleague-wrote':
      return { text: tr(id, { count: change.count, author: change.author }), quote: null };
    case 'status-changed':
      return {
        text: tr(id, { from: fieldValueLabel('status', change.from, tr), to: fieldValueLabel('status', change.to, tr) }),
        quote: null,
      };
    case 'assignee-changed':
      return {
        text: tr(id, { from: fieldValueLabel('assignee', change.from, tr), to: fieldValueLabel('assignee', change.to, tr) }),
        quote: null,
      };
  }
}
