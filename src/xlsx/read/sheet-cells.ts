import type { CellView, RowCells } from './sheet-view.js';

/**
 * A sheet's cells with content, as the package reader keeps them. Writers save rows in order and a
 * row's cells by column, so each row is a range of two lists the whole sheet shares: no map is
 * made for each of a province's 30,000 rows (those maps were a sixth of what reading a year
 * allocated, and most of what each collection had to copy). A row whose cells come out of order,
 * or that comes again after another row, or that a merged range covers, is kept as a map until
 * the sheet is read (`done`), then sorted into the lists like the others.
 */
export class SheetCells {
  private readonly cols: number[] = [];
  private readonly views: CellView[] = [];
  /** By row: where its range starts and ends in `cols` and `views`. */
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  /** Rows read out of order (or merged into), until `done`. */
  private readonly irregular = new Map<number, Map<number, CellView>>();
  /** The row whose range is at the end of the lists: the only one that grows. */
  private open = 0;

  keep(row: number, col: number, view: CellView): void {
    const cols = this.cols;
    if (this.irregular.size > 0 && this.irregular.has(row)) this.irregular.get(row)!.set(col, view);
    else if (row === this.open && col > cols[cols.length - 1]!) {
      cols.push(col);
      this.views.push(view);
      this.ends[row]!++;
    } else if (row > this.open && this.starts[row] === undefined) {
      this.starts[row] = cols.length;
      cols.push(col);
      this.views.push(view);
      this.ends[row] = cols.length;
      this.open = row;
    } else this.mapOf(row).set(col, view);
  }

  /** The cell at a row and column, if it holds something. */
  get(row: number, col: number): CellView | undefined {
    const map = this.irregular.get(row);
    if (map) return map.get(col);
    const end = this.ends[row] ?? 0;
    for (let i = this.starts[row] ?? 0; i < end; i++) if (this.cols[i] === col) return this.views[i];
    return undefined;
  }

  /** Row `row` as a map of its own, to be changed out of order (its range, if any, left behind). */
  mapOf(row: number): Map<number, CellView> {
    let map = this.irregular.get(row);
    if (!map) {
      map = new Map();
      const end = this.ends[row] ?? 0;
      for (let i = this.starts[row] ?? 0; i < end; i++) map.set(this.cols[i]!, this.views[i]!);
      this.irregular.set(row, map);
    }
    return map;
  }

  /** The sheet is read: rows kept as maps join the lists, by column. */
  done(): void {
    for (const [row, map] of this.irregular) {
      this.starts[row] = this.cols.length;
      for (const [col, view] of [...map].sort((a, b) => a[0] - b[0])) {
        this.cols.push(col);
        this.views.push(view);
      }
      this.ends[row] = this.cols.length;
    }
    this.irregular.clear();
  }

  /** A row's cells, by column (after `done`). */
  row(row: number): RowCells {
    const start = this.starts[row];
    return start === undefined ? NO_CELLS : new RowRange(this.cols, this.views, start, this.ends[row]!);
  }

  /** A row's cells as a map, by column (after `done`): for readers that look a row up by column often. */
  map(row: number): Map<number, CellView> {
    const map = new Map<number, CellView>();
    const end = this.ends[row] ?? 0;
    for (let i = this.starts[row] ?? 0; i < end; i++) map.set(this.cols[i]!, this.views[i]!);
    return map;
  }
}

class RowRange implements RowCells {
  constructor(
    private readonly cols: readonly number[],
    private readonly views: readonly CellView[],
    private readonly start: number,
    private readonly end: number,
  ) {}

  get size(): number {
    return this.end - this.start;
  }

  col(i: number): number {
    return this.cols[this.start + i]!;
  }

  cell(i: number): CellView {
    return this.views[this.start + i]!;
  }

  get(col: number): CellView | undefined {
    for (let i = this.start; i < this.end; i++) {
      const c = this.cols[i]!;
      if (c === col) return this.views[i];
      if (c > col) return undefined;
    }
    return undefined;
  }
}

const NO_CELLS: RowCells = new RowRange([], [], 0, 0);
