import { describe, expect, it } from 'vitest';
import {
  composeInsert,
  decideSend,
  defaultCurrency,
  fieldValue,
  filterMacros,
  groupVariables,
  hasPlaceholder,
  insertedFallback,
  mergeArgs,
  missingVariables,
  moveHighlight,
  normalizeAmount,
  REPLY_LANGUAGES,
  sendWarnings,
  solvesWith,
  variableKind,
} from './composer';
import type { MacroSummary } from './generated/MacroSummary';

const macro = (id: string, title: string, category: string | null): MacroSummary => ({
  id,
  title,
  category,
  status: null,
  tags: [],
  locales: ['en'],
  variables: [],
  origin: 'built-in',
});

describe('merging prefilled args with the agent’s edits', () => {
  const prefilled = { customer_name: 'Lucas Pereira', formality: 'formal', team: 'Payments', case_ref: '1001' };

  it('lets edits override, and a cleared field go missing (so the backend names it)', () => {
    const args = mergeArgs(prefilled, { formality: 'informal', team: '  ', days: ' 3 ' });
    expect(args).toEqual({ customer_name: 'Lucas Pereira', formality: 'informal', case_ref: '1001', days: '3' });
    expect('team' in args).toBe(false);
  });

  it('puts per-locale formatted values on top, and drops them when unset', () => {
    expect(mergeArgs(prefilled, {}, { amount: 'R$ 1.234,50', date: undefined })).toMatchObject({ amount: 'R$ 1.234,50' });
    expect('amount' in mergeArgs({ ...prefilled, amount: 'x' }, {}, { amount: undefined })).toBe(false);
    expect(mergeArgs({ blank: '' }, {})).toEqual({});
  });

  it('shows the edit in the form, else the prefilled value', () => {
    expect(fieldValue(prefilled, {}, 'team')).toBe('Payments');
    expect(fieldValue(prefilled, { team: '' }, 'team')).toBe('');
    expect(fieldValue(prefilled, {}, 'order_id')).toBe('');
  });

  it('knows how each variable is edited and groups the greeting’s last', () => {
    expect(variableKind('customer_gender')).toBe('select');
    expect(variableKind('formality')).toBe('select');
    expect(variableKind('days')).toBe('number');
    expect(variableKind('item_count')).toBe('number');
    expect(variableKind('amount')).toBe('money');
    expect(variableKind('date')).toBe('date');
    expect(variableKind('order_id')).toBe('text');
    expect(groupVariables(['formality', 'customer_name', 'amount', 'order_id', 'days'])).toEqual({
      own: ['amount', 'order_id', 'days'],
      // The English closing does not use it; the Portuguese ones do.
      address: ['customer_name', 'formality', 'agent_gender'],
    });
    expect(groupVariables(['case_ref'])).toEqual({ own: ['case_ref'], address: [] });
  });

  it('reads amounts the way agents type them', () => {
    expect(normalizeAmount('1234,50')).toBe('1234.50');
    expect(normalizeAmount(' 1 234.5 ')).toBe('1234.5');
    expect(normalizeAmount('1.234,50')).toBe('1.234,50'); // ambiguous: left for the backend to refuse
    expect(defaultCurrency('pt-BR')).toBe('BRL');
    expect(defaultCurrency('zh-Hant')).toBe('TWD');
    expect(REPLY_LANGUAGES.map(defaultCurrency)).toEqual(['USD', 'BRL', 'EUR', 'CNY', 'TWD']);
  });
});

describe('picker filtering', () => {
  const list = [
    macro('refund-approved', 'Reembolso aprovado', 'refunds'),
    macro('escalation-acknowledged', 'Caso encaminhado à equipe especializada', 'escalation'),
    macro('info-request-more', 'Solicitar mais informações', 'general'),
    macro('payout-delayed', 'Atraso no saque de diamantes', 'creator-earnings'),
  ];
  const ids = (q: string) => filterMacros(list, q).map((m) => m.id);

  it('matches title, id and category, ignoring case and accents', () => {
    expect(ids('')).toEqual(list.map((m) => m.id));
    expect(ids('REEMBOLSO')).toEqual(['refund-approved']);
    expect(ids('informacoes')).toEqual(['info-request-more']);
    expect(ids('escalation')).toEqual(['escalation-acknowledged']);
    expect(ids('creator earnings')).toEqual(['payout-delayed']);
    expect(ids('saque diamantes')).toEqual(['payout-delayed']);
    expect(ids('nothing like this')).toEqual([]);
  });

  it('ranks titles starting with the query first', () => {
    const more = [macro('a', 'Pedido de reembolso', null), macro('b', 'Reembolso negado', null)];
    expect(filterMacros(more, 'reembolso').map((m) => m.id)).toEqual(['b', 'a']);
  });

  it('moves the highlight with wrap-around', () => {
    expect(moveHighlight(0, 1, 3)).toBe(1);
    expect(moveHighlight(2, 1, 3)).toBe(0);
    expect(moveHighlight(0, -1, 3)).toBe(2);
    expect(moveHighlight(-1, 1, 3)).toBe(0);
    expect(moveHighlight(0, 1, 0)).toBe(-1);
  });
});

describe('insert composition', () => {
  const text = 'Olá, Lucas Pereira!\n\nBoa notícia: o reembolso foi aprovado.\n\nObrigada pelo contato!';
  const signature = 'Atenciosamente,\nAna Souza\nEquipe de Atendimento';

  it('replaces an empty draft with the text, a blank line and the signature', () => {
    expect(composeInsert('  \n', text, signature)).toBe(`${text}\n\n${signature}`);
  });

  it('appends after a blank line to a draft with text', () => {
    expect(composeInsert('Oi Lucas,\n', text, signature)).toBe(`Oi Lucas,\n\n${text}\n\n${signature}`);
  });

  it('never lets a placeholder into the draft', () => {
    expect(hasPlaceholder('Hi {$customer_name}')).toBe(true);
    expect(composeInsert('', 'Hi {$customer_name}', signature)).toBeNull();
    expect(composeInsert('', text, '{$agent_name}')).toBeNull();
  });

  it('names the missing variables of a TEMPLATE message', () => {
    expect(missingVariables("macro 'refund-approved' (pt-BR) cannot be rendered: missing variable $amount, $days")).toEqual([
      'amount',
      'days',
    ]);
    expect(missingVariables('no variables here')).toEqual([]);
  });
});

describe('which warnings gate sending', () => {
  it('asks first while a fallback or a language mismatch shows, then sends', () => {
    const warnings = sendWarnings({ internal: false, fallback: true, mismatch: 'en' });
    expect(warnings).toEqual(['fallback', 'language-mismatch']);
    expect(decideSend('Olá', warnings, false)).toBe('confirm');
    expect(decideSend('Olá', warnings, true)).toBe('send');
    expect(decideSend('Olá', [], false)).toBe('send');
  });

  it('never sends an empty draft', () => {
    expect(decideSend('  \n', [], true)).toBe('empty');
  });

  it('does not hold internal notes to the customer’s language', () => {
    expect(sendWarnings({ internal: true, fallback: true, mismatch: 'pt-BR' })).toEqual([]);
  });

  it('keeps the inserted fallback only while the reply language differs from the text’s', () => {
    const inserted = { macroId: 'info-request-more', used: 'pt-BR' as const };
    expect(insertedFallback(inserted, 'pt-PT')).toBe(inserted);
    expect(insertedFallback(inserted, 'pt-BR')).toBeNull();
    expect(insertedFallback(null, 'en')).toBeNull();
  });
});

describe('solvesWith', () => {
  it('asks for more only when the macro solves and solving needs a root cause or an outcome', () => {
    expect(solvesWith('solved', 'ESCALATION_OPEN')).toBe(true);
    expect(solvesWith('closed', 'ESCALATION_OPEN')).toBe(true);
    expect(solvesWith('solved', 'ROOT_CAUSE_REQUIRED')).toBe(true);
    expect(solvesWith('pending', 'ESCALATION_OPEN')).toBe(false);
    expect(solvesWith('pending', 'ROOT_CAUSE_REQUIRED')).toBe(false);
    expect(solvesWith('solved', 'INVALID_INPUT')).toBe(false);
  });
});
