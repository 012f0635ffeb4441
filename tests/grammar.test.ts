import { describe, expect, it } from 'vitest';
import { buildCodeIndex, parseCellText } from '../src/core/grammar.js';
import { defaultRulebook } from '../src/core/rulebook.js';
import { cellText } from '../src/xlsx/read/cell-text.js';

const index = buildCodeIndex(defaultRulebook());
/** Points by code in the default rulebook, written out by hand from SPEC §1. */
const POINTS: Record<string, number> = { V: 60, VS: 30, VC: 30, M: 10, B: 30, H: 10 };

function read(text: string) {
  const parsed = parseCellText(text, index);
  return {
    codes: parsed.tokens.map((t) => (t.count > 1 ? `${t.count}${t.code}` : t.code)),
    points: parsed.tokens.reduce((n, t) => n + (POINTS[t.code] ?? 0) * t.count, 0),
    issues: parsed.issues.map((i) => i.key),
    params: parsed.issues.map((i) => i.params),
  };
}

type Case = [input: string, codes: string[], points: number, issues?: string[]];

const CASES: Case[] = [
  ['V', ['V'], 60],
  ['VS', ['VS'], 30],
  ['VC', ['VC'], 30],
  ['M', ['M'], 10],
  ['B', ['B'], 30],
  ['H', ['H'], 10],
  ['v', ['V'], 60],
  ['vs', ['VS'], 30],
  ['vc', ['VC'], 30],
  ['m', ['M'], 10],
  ['b', ['B'], 30],
  ['h', ['H'], 10],
  ['2B', ['2B'], 60],
  ['3h', ['3H'], 30],
  ['2 B', ['2B'], 60],
  ['M, H', ['M', 'H'], 20],
  ['M+H', ['M', 'H'], 20],
  ['M;H', ['M', 'H'], 20],
  ['M\nH', ['M', 'H'], 20],
  ['M\r\nH', ['M', 'H'], 20],
  ['M H', ['M', 'H'], 20],
  [' v ', ['V'], 60],
  ['\tB\t', ['B'], 30],
  ['VS,VC', ['VS', 'VC'], 60],
  ['VS, VC', ['VS', 'VC'], 60],
  ['VS+VC+M', ['VS', 'VC', 'M'], 70],
  ['P', ['P'], 0],
  ['Ô', ['Ô'], 0],
  ['ô', ['Ô'], 0],
  ['Ô'.normalize('NFD'), ['Ô'], 0],
  ['O', ['Ô'], 0],
  ['o', ['Ô'], 0],
  ['TS', ['TS'], 0],
  ['ct', ['CT'], 0],
  ['L', ['L'], 0],
  ['P, M', ['P', 'M'], 10],
  ['M, M', ['M', 'M'], 20],
  ['', [], 0],
  ['   ', [], 0],
  [',;+', [], 0],
  ['V,VS', ['V'], 60, ['grammar.contradiction']],
  ['VC V', ['VC'], 30, ['grammar.contradiction']],
  ['V, V', ['V'], 60, ['grammar.repeatedAbsence']],
  ['VS VS', ['VS'], 30, ['grammar.repeatedAbsence']],
  ['X', [], 0, ['grammar.unknownCode']],
  ['2', [], 0, ['grammar.bareNumber']],
  ['0B', [], 0, ['grammar.zeroCount']],
  ['2V', [], 0, ['grammar.countNotAllowed']],
  ['2P', [], 0, ['grammar.countNotAllowed']],
  ['M, X, H', ['M', 'H'], 20, ['grammar.unknownCode']],
];

describe('cell grammar', () => {
  it.each(CASES)('%j reads as %j (%i points)', (input, codes, points, issues = []) => {
    const r = read(input);
    expect(r.codes).toEqual(codes);
    expect(r.points).toBe(points);
    expect(r.issues).toEqual(issues);
  });

  it('suggests the nearest code for an unknown token', () => {
    expect(read('X').params[0]).toMatchObject({ token: 'X' });
    expect(read('VX').params[0]).toMatchObject({ suggestion: 'V' });
    expect(read('VSS').params[0]).toMatchObject({ suggestion: 'VS' });
    expect(read('BB').params[0]).toMatchObject({ suggestion: 'B' });
    expect(read('TT').params[0]).toMatchObject({ suggestion: 'TS' });
  });

  it('names the two codes of a contradiction', () => {
    expect(read('V,VS').params[0]).toEqual({ first: 'V', second: 'VS' });
  });

  it('uses aliases the rulebook lists', () => {
    const rules = defaultRulebook();
    rules.deductionCodes[4] = { ...rules.deductionCodes[4]!, aliases: ['BC'] };
    const parsed = parseCellText('2bc', buildCodeIndex(rules));
    expect(parsed.tokens).toEqual([expect.objectContaining({ code: 'B', count: 2 })]);
  });
});

describe("cell values of the reader's model", () => {
  it('reads plain text', () => {
    expect(cellText('VS')).toEqual({ text: 'VS' });
  });
  it('reads a formula by its cached result, with a warning', () => {
    const r = cellText({ formula: '"M"', result: 'M' } as never);
    expect(r.text).toBe('M');
    expect(r.issue?.key).toBe('cell.formula');
    expect(r.issue?.severity).toBe('warning');
  });
  it('reports a bare number, a date, an error and a boolean instead of crashing', () => {
    expect(cellText(2).issue?.key).toBe('cell.number');
    expect(cellText(new Date(Date.UTC(2023, 2, 2))).issue).toMatchObject({ key: 'cell.date', params: { value: '02/03/2023' } });
    expect(cellText({ error: '#N/A' } as never).issue).toMatchObject({ key: 'cell.error', params: { value: '#N/A' } });
    expect(cellText(true).issue?.key).toBe('cell.boolean');
    expect(cellText({ formula: 'A1', result: { error: '#REF!' } } as never).issue?.key).toBe('cell.error');
  });
  it('treats an empty cell as nothing', () => {
    expect(cellText(null)).toEqual({});
  });
});
