import type ExcelJS from 'exceljs';
import type { CellIssue } from '../core/grammar.js';

/**
 * Turns whatever exceljs returns for a cell into text, or into the reason it is not text.
 * `cell.text` is not used: it is wrong for formula results, errors and dates.
 */

export interface CellText {
  readonly text?: string;
  readonly issue?: CellIssue;
}

type Value = ExcelJS.CellValue;

function richText(value: ExcelJS.CellRichTextValue): string {
  return value.richText.map((run) => run.text).join('');
}

function ddmmyyyy(date: Date): string {
  // exceljs hands dates back as UTC midnight of the serial day.
  return `${String(date.getUTCDate()).padStart(2, '0')}/${String(date.getUTCMonth() + 1).padStart(2, '0')}/${date.getUTCFullYear()}`;
}

const error = (key: CellIssue['key'], value: string | number): CellText => ({ issue: { severity: 'error', key, params: { value } } });

function fromPlain(value: Value): CellText | undefined {
  if (value === null || value === undefined) return {};
  if (typeof value === 'string') return { text: value };
  if (typeof value === 'number') return error('cell.number', value);
  if (typeof value === 'boolean') return error('cell.boolean', String(value));
  if (value instanceof Date) return error('cell.date', ddmmyyyy(value));
  return undefined;
}

function formulaText(v: Record<string, unknown>): string {
  const f = typeof v.formula === 'string' ? v.formula : typeof v.sharedFormula === 'string' ? v.sharedFormula : '';
  return `=${f}`;
}

/** A formula cell that was saved without its computed result. */
export function isFormulaWithoutResult(value: Value): boolean {
  const v = value as unknown as Record<string, unknown> | null;
  return Boolean(v && typeof v === 'object' && ('formula' in v || 'sharedFormula' in v) && (v.result === undefined || v.result === null));
}

export function cellText(value: Value): CellText {
  const plain = fromPlain(value);
  if (plain) return plain;
  const v = value as unknown as Record<string, unknown>;
  if (Array.isArray(v.richText)) return { text: richText(value as ExcelJS.CellRichTextValue) };
  if (typeof v.error === 'string') return error('cell.error', v.error);
  if ('formula' in v || 'sharedFormula' in v) {
    const result = v.result as Value | { error: string } | undefined;
    // openpyxl and exceljs save formulas without computing them: an empty-looking cell that is not.
    if (result === undefined || result === null)
      return { issue: { severity: 'error', key: 'cell.formulaNoResult', params: { value: formulaText(v) } } };
    const inner = fromPlain(result as Value);
    if (result !== undefined && result !== null && typeof result === 'object' && 'error' in result)
      return error('cell.error', result.error);
    if (inner?.text !== undefined) {
      return inner.text.trim() === ''
        ? {}
        : { text: inner.text, issue: { severity: 'warning', key: 'cell.formula', params: { value: inner.text } } };
    }
    return inner ?? {};
  }
  if ('hyperlink' in v && 'text' in v) {
    const text = v.text;
    if (typeof text === 'string') return { text };
    if (text && typeof text === 'object' && Array.isArray((text as ExcelJS.CellRichTextValue).richText))
      return { text: richText(text as ExcelJS.CellRichTextValue) };
  }
  return { issue: { severity: 'error', key: 'cell.unsupported', params: {} } };
}

/** A lenient reading for labels, names and ids: numbers become their digits, anything unreadable is empty. */
export function labelText(value: Value): string {
  if (typeof value === 'number') return String(value);
  if (value instanceof Date) return ddmmyyyy(value);
  return cellText(value).text?.normalize('NFC').trim() ?? '';
}

/**
 * A points cell of the leader's columns: a number (typed, a formula's result, or text such as
 * "15" or the Vietnamese "15,5"). Anything else is kept as `text` for the error message (TRUE,
 * #N/A, 50 %), or as an `issue` (a formula saved without its result): never read as empty.
 */
export function pointsValue(value: Value, percent = false): { value?: number; text?: string; issue?: CellIssue } {
  const v = value as unknown as Record<string, unknown> | null;
  const formula = Boolean(v && typeof v === 'object' && ('formula' in v || 'sharedFormula' in v));
  const result = formula ? (v!.result as Value) : value;
  if (formula && (result === undefined || result === null))
    return { issue: { severity: 'error', key: 'cell.formulaNoResult', params: { value: formulaText(v!) } } };
  if (typeof result === 'number') return percent ? { text: `${Math.round(result * 10000) / 100}%` } : { value: result };
  if (typeof result === 'boolean') return { text: result ? 'TRUE' : 'FALSE' };
  if (result && typeof result === 'object' && 'error' in result) return { text: String((result as { error: unknown }).error) };
  const text = labelText(result);
  if (text === '') return {};
  const n = Number(text.replace(',', '.'));
  return /^\d+([.,]\d+)?$/u.test(text) && Number.isFinite(n) ? { value: n } : { text };
}
