import { describe, expect, it } from 'vitest';
import { SheetCells } from '../src/xlsx/read/sheet-cells.js';
import type { CellView, RowCells } from '../src/xlsx/read/sheet-view.js';

const v = (value: string): CellView => ({ value, slave: false });

/** A row as [column, text] pairs, in the order the row gives them. */
function pairs(row: RowCells): [number, unknown][] {
  const out: [number, unknown][] = [];
  for (let i = 0; i < row.size; i++) out.push([row.col(i), row.cell(i).value]);
  return out;
}

describe('a sheet’s cells kept by row', () => {
  it('keeps rows read in order, each by column, and finds a cell by its column', () => {
    const cells = new SheetCells();
    cells.keep(2, 1, v('TT'));
    cells.keep(2, 3, v('Họ và tên'));
    cells.keep(5, 2, v('NV001'));
    cells.keep(5, 7, v('P'));
    cells.done();
    expect(pairs(cells.row(2))).toEqual([
      [1, 'TT'],
      [3, 'Họ và tên'],
    ]);
    expect(pairs(cells.row(5))).toEqual([
      [2, 'NV001'],
      [7, 'P'],
    ]);
    expect(cells.row(5).get(7)?.value).toBe('P');
    expect(cells.row(5).get(4)).toBeUndefined();
    expect(cells.row(3).size).toBe(0);
    expect(cells.row(99).get(1)).toBeUndefined();
    expect([...cells.map(5)]).toEqual([
      [2, v('NV001')],
      [7, v('P')],
    ]);
  });

  it('sorts a row whose cells come out of column order, and the last of a column twice wins', () => {
    const cells = new SheetCells();
    cells.keep(4, 5, v('e'));
    cells.keep(4, 2, v('b'));
    cells.keep(4, 9, v('i'));
    cells.keep(4, 9, v('i again'));
    cells.keep(6, 1, v('next row'));
    cells.done();
    expect(pairs(cells.row(4))).toEqual([
      [2, 'b'],
      [5, 'e'],
      [9, 'i again'],
    ]);
    expect(pairs(cells.row(6))).toEqual([[1, 'next row']]);
  });

  it('joins a row that comes again after a later one, and a row that comes before one already read', () => {
    const cells = new SheetCells();
    cells.keep(3, 1, v('a'));
    cells.keep(8, 1, v('x'));
    cells.keep(3, 4, v('d'));
    cells.keep(5, 2, v('between'));
    cells.keep(8, 3, v('y'));
    cells.done();
    expect(pairs(cells.row(3))).toEqual([
      [1, 'a'],
      [4, 'd'],
    ]);
    expect(pairs(cells.row(5))).toEqual([[2, 'between']]);
    expect(pairs(cells.row(8))).toEqual([
      [1, 'x'],
      [3, 'y'],
    ]);
  });

  it('lets a merged range cover a row already read, and a row with nothing in it', () => {
    const cells = new SheetCells();
    cells.keep(1, 1, v('title'));
    cells.keep(1, 6, v('right'));
    expect(cells.get(1, 1)?.value).toBe('title');
    for (const r of [1, 2]) for (const c of [2, 3]) cells.mapOf(r).set(c, { value: 'title', slave: true });
    cells.done();
    expect(pairs(cells.row(1))).toEqual([
      [1, 'title'],
      [2, 'title'],
      [3, 'title'],
      [6, 'right'],
    ]);
    expect(pairs(cells.row(2))).toEqual([
      [2, 'title'],
      [3, 'title'],
    ]);
    expect(cells.row(2).cell(0).slave).toBe(true);
  });
});
