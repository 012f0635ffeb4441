import { describe, expect, it } from 'vitest';
import { letterheadFor } from '../src/core/letterhead.js';
import { reportMonths, reportPeriodOf, reportStart } from '../src/core/report-period.js';
import { defaultRulebook } from '../src/core/rulebook.js';
import { widthToFit, wrappedLines } from '../src/xlsx/layout/print-layout.js';
import { fittedColumn, fittedWidth } from '../src/xlsx/layout/table-sheet.js';
import { reportTitle } from '../src/xlsx/write/report-writer.js';

const unit = defaultRulebook().unit;

describe('the letterhead belongs to the document date', () => {
  it('a 2023 document names the district above the commune', () => {
    expect(letterheadFor(unit, '2023-01-01')).toEqual({
      head: { parent: 'UBND HUYỆN THANH HÀ', unit: 'ỦY BAN NHÂN DÂN XÃ HÀ BẮC' },
      problems: [],
    });
  });

  it('the last day of district government still names it; the next day does not', () => {
    expect(letterheadFor(unit, '2025-06-30').head.parent).toBe('UBND HUYỆN THANH HÀ');
    expect(letterheadFor(unit, '2025-07-01').head).toEqual({ unit: 'ỦY BAN NHÂN DÂN XÃ HÀ BẮC' });
  });

  it('a rulebook that names a district without an end date is warned for a 2026 document', () => {
    const { head, problems } = letterheadFor({ ...unit, parentUntil: undefined }, '2026-02-01');
    expect(head.parent).toBe('UBND HUYỆN THANH HÀ');
    expect(problems.map((p) => [p.severity, p.key])).toEqual([['warning', 'letterhead.district']]);
  });

  it('--parent and --unit override the rulebook; --parent "" removes the line', () => {
    expect(letterheadFor(unit, '2026-01-01', { parent: 'UBND TỈNH HẢI DƯƠNG', unit: 'UBND xã Mới' }).head).toEqual({
      parent: 'UBND TỈNH HẢI DƯƠNG',
      unit: 'UBND xã Mới',
    });
    expect(letterheadFor(unit, '2023-01-01', { parent: '' }).head).toEqual({ unit: 'ỦY BAN NHÂN DÂN XÃ HÀ BẮC' });
  });
});

describe('a report is titled for its period', () => {
  it('one month, one quarter, a range of dates, the year', () => {
    expect(reportTitle(reportPeriodOf(2023, [3]))).toBe('BÁO CÁO KẾT QUẢ CHẤM ĐIỂM THÁNG 03 NĂM 2023');
    expect(reportTitle(reportPeriodOf(2023, [1, 2, 3]))).toBe('BÁO CÁO KẾT QUẢ CHẤM ĐIỂM QUÝ I NĂM 2023');
    expect(reportTitle(reportPeriodOf(2023, [10, 11, 12]))).toBe('BÁO CÁO KẾT QUẢ CHẤM ĐIỂM QUÝ IV NĂM 2023');
    expect(reportTitle(reportPeriodOf(2023, [3, 4, 5], { from: '2023-03-01', to: '2023-05-19' }))).toBe(
      'BÁO CÁO KẾT QUẢ CHẤM ĐIỂM TỪ 01/03/2023 ĐẾN 19/05/2023',
    );
    expect(reportTitle(reportPeriodOf(2023, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]))).toBe(
      'BẢNG TỔNG HỢP ĐIỂM CHẤM KỶ LUẬT, KỶ CƯƠNG HÀNH CHÍNH NĂM 2023',
    );
  });

  it('--from/--to over whole months is named as the month or quarter', () => {
    expect(reportPeriodOf(2023, [4, 5, 6], { from: '2023-04-01', to: '2023-06-30' })).toEqual({ kind: 'quarter', year: 2023, quarter: 2 });
    expect(reportPeriodOf(2024, [2], { from: '2024-02-01', to: '2024-02-29' })).toEqual({ kind: 'month', year: 2024, month: 2 });
    expect(reportPeriodOf(2023, [2, 3, 4], { from: '2023-02-01', to: '2023-04-30' })).toEqual({
      kind: 'range',
      year: 2023,
      from: '2023-02-01',
      to: '2023-04-30',
    });
  });

  it('the period start dates the letterhead, and the columns are the months covered', () => {
    const q3 = reportPeriodOf(2025, [7, 8, 9]);
    expect(reportStart(q3)).toBe('2025-07-01');
    expect(reportMonths(q3, [7, 8, 9])).toEqual([7, 8, 9]);
    expect(reportStart(reportPeriodOf(2025, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]))).toBe('2025-01-01');
  });
});

describe('wrapped text', () => {
  it('a short text takes one line, a long one as many as its words need, line breaks count', () => {
    expect(wrappedLines('Chủ tịch', 100, { size: 11 })).toBe(1);
    // 100 pt hold about 18 lowercase letters of 11 pt: 8 words of 9 letters need several lines.
    expect(wrappedLines('abcdefghi '.repeat(8).trim(), 100, { size: 11 })).toBeGreaterThanOrEqual(4);
    expect(wrappedLines('a\nb\nc', 100, { size: 11 })).toBe(3);
  });

  it('a column fitted to its texts holds the widest on one line, within its bounds', () => {
    // CB00001 in Times New Roman: C and B 0.667 em, digits 0.5 em: 3.83 em × 11 pt × 1.03 = 43.4 pt, 4 pt of margins,
    // 63.3 px: (63.3 − 5 px of padding) / 7 px a unit = 8.3 units, 8.5 in half units.
    expect(widthToFit(['HB1', 'CB00001'], { size: 11 })).toEqual({ units: 8.5, lineBreak: false });
    expect(wrappedLines('CB00001', 8.5 * 5.25 + 3.75, { size: 11 })).toBe(1);
    expect(widthToFit([], { size: 11 })).toEqual({ units: 0, lineBreak: false });
    // A column keeps its width when its texts fit, grows when not, up to 14 units (at 11 pt, the tables' size).
    expect(fittedWidth(['HB1'], 11, 6)).toEqual({ width: 6, oneLine: true });
    expect(fittedWidth(['CB00001'], 11, 6)).toEqual({ width: 8.5, oneLine: true });
    expect(fittedColumn({ header: 'Mã' }, ['CB00001'], 6)).toEqual({ header: 'Mã', width: 8.5, fitted: true });
    // Past 14 units a text wraps: the column's cells are measured again.
    expect(fittedWidth(['1'.repeat(40)], 11, 6)).toEqual({ width: 14, oneLine: false });
    // A line break (Alt+Enter) makes two lines at any width: the column keeps its width, and is measured.
    expect(fittedColumn({ header: 'Mã' }, ['A\nB'], 6)).toEqual({ header: 'Mã', width: 6, fitted: false });
  });
});
