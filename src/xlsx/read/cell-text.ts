import type { CellIssue } from '../../core/grammar.js';
import { type CellValue, isErrorValue, isFormulaValue, type PlainValue } from './sheet-view.js';

/** Turns a cell's value (sheet-view.ts's model) into text, or into the reason it is not text. */

export interface CellText {
  readonly text?: string;
  readonly issue?: CellIssue;
}

type Value = CellValue;

function ddmmyyyy(date: Date): string {
  // A date serial is read as UTC midnight of its day.
  return `${String(date.getUTCDate()).padStart(2, '0')}/${String(date.getUTCMonth() + 1).padStart(2, '0')}/${date.getUTCFullYear()}`;
}

const error = (key: CellIssue['key'], value: string | number): CellText => ({ issue: { severity: 'error', key, params: { value } } });

function fromPlain(value: PlainValue | null | undefined): CellText | undefined {
  if (value === null || value === undefined) return {};
  if (typeof value === 'string') return { text: value };
  if (typeof value === 'number') return error('cell.number', value);
  if (typeof value === 'boolean') return error('cell.boolean', String(value));
  if (value instanceof Date) return error('cell.date', ddmmyyyy(value));
  return undefined;
}

function formulaText(v: { formula: string }): string {
  return `=${v.formula}`;
}

/** A formula cell that was saved without its computed result. */
export function isFormulaWithoutResult(value: Value): boolean {
  return isFormulaValue(value) && (value.result === undefined || value.result === null);
}

export function cellText(value: Value): CellText {
  if (isErrorValue(value)) return error('cell.error', value.error);
  if (isFormulaValue(value)) {
    const result = value.result;
    // openpyxl and exceljs save formulas without computing them: an empty-looking cell that is not.
    if (result === undefined || result === null)
      return { issue: { severity: 'error', key: 'cell.formulaNoResult', params: { value: formulaText(value) } } };
    if (isErrorValue(result)) return error('cell.error', result.error);
    const inner = fromPlain(result);
    if (inner?.text !== undefined) {
      return inner.text.trim() === ''
        ? {}
        : { text: inner.text, issue: { severity: 'warning', key: 'cell.formula', params: { value: inner.text } } };
    }
    return inner ?? {};
  }
  return fromPlain(value) ?? { issue: { severity: 'error', key: 'cell.unsupported', params: {} } };
}

/** A lenient reading for labels, names and ids: numbers become their digits, anything unreadable is empty. */
export function labelText(value: Value): string {
  // Text first, without building its reading: a grid's names, Mã, TT and positions are asked for by the row.
  if (typeof value === 'string') return value.normalize('NFC').trim();
  // A label computed by a formula (day numbers as =E8+1, saved with their results) reads as its result.
  if (isFormulaValue(value) && value.result !== undefined && value.result !== null && !isErrorValue(value.result))
    return labelText(value.result);
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
  if (isFormulaValue(value) && (value.result === undefined || value.result === null))
    return { issue: { severity: 'error', key: 'cell.formulaNoResult', params: { value: formulaText(value) } } };
  const result = isFormulaValue(value) ? (value.result ?? null) : value;
  if (typeof result === 'number') return percent ? { text: `${Math.round(result * 10000) / 100}%` } : { value: result };
  if (typeof result === 'boolean') return { text: result ? 'TRUE' : 'FALSE' };
  if (isErrorValue(result)) return { text: result.error };
  const text = labelText(result);
  if (text === '') return {};
  const n = Number(text.replace(',', '.'));
  return /^\d+([.,]\d+)?$/u.test(text) && Number.isFinite(n) ? { value: n } : { text };
}
