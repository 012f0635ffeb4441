import type ExcelJS from 'exceljs';
import { type PackageWriter, type PartWriter, runtime } from '../../io/runtime.js';
import { columnLetters } from '../read/sheet-view.js';
import { Pool } from './pool.js';
import { StyleTable } from './style-table.js';
import type { DocumentCell, DocumentRow, DocumentSheet, DocumentWorkbook, RowSink, ValuesRow } from './workbook-file.js';
import { xmlAttr, xmlText } from './xml-text.js';

/**
 * The documents' writer (report, classification, forms): the workbook model the layout helpers
 * know (cells with values and styles, rows, merges, widths, page setup), written as raw XML row by
 * row into a zip the runtime deflates natively. exceljs built an object graph per cell and its
 * XML through generic transforms; for a 10,000-staff report that was 4–5 s of an 8 s run, and
 * loading it was half of a commune's. What goes on paper is what exceljs's streaming writer wrote:
 * the same page setup (no printOptions), row heights, merges with the master's style on every
 * covered cell, frozen panes, print titles and row breaks.
 *
 * A text that recurs (a name, a deduction's label, a file, a form's criteria) is written once, in
 * the shared strings, and its cells refer to it: a year's detail and forms repeat the same texts
 * by the hundred thousand. Short texts (cell addresses, Mã) and long ones (the year's data, one
 * JSON per person) stay inline (`t="inlineStr"`). Numbers, booleans and one-run rich text are the
 * other values a document holds. A row goes out when it, or a row after it, is committed.
 */

type Style = Partial<ExcelJS.Style>;

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';

/** Texts shared between a workbook's cells (xl/sharedStrings.xml), in the order first met. */
class SharedTexts extends Pool {
  /** The index of a text worth sharing, or undefined for one written inline. */
  shared(text: string): number | undefined {
    return text.length < SHARED_MIN || text.length > SHARED_MAX ? undefined : this.id(text);
  }
}

/** Texts this long and no longer are shared: below, a reference saves little; above, they are one person's own. */
const SHARED_MIN = 8;
const SHARED_MAX = 255;

class StreamedCell implements DocumentCell {
  value: ExcelJS.CellValue = null;
  private own: Style | undefined;
  /** Whether `own` is this cell's alone (made by setting a part), not an object shared by cells. */
  private mine = false;
  /** Set on the cells a merge covers: they show the master's style, as Excel draws a merged range. */
  master: StreamedCell | undefined;

  get style(): Style {
    if (this.master) return this.master.style;
    this.own ??= {};
    return this.own;
  }
  /** Kept as given: a writer shares one style object per kind of cell, and the styles part finds it by identity. */
  set style(style: Style) {
    this.own = style;
    this.mine = false;
  }
  private with(part: Style): void {
    if (!this.mine) {
      this.own = { ...this.own };
      this.mine = true;
    }
    Object.assign(this.own!, part);
  }
  get font(): Partial<ExcelJS.Font> {
    return this.style.font ?? {};
  }
  set font(font: Partial<ExcelJS.Font>) {
    this.with({ font });
  }
  get alignment(): Partial<ExcelJS.Alignment> {
    return this.style.alignment ?? {};
  }
  set alignment(alignment: Partial<ExcelJS.Alignment>) {
    this.with({ alignment });
  }
  get border(): Partial<ExcelJS.Borders> {
    return this.style.border ?? {};
  }
  set border(border: Partial<ExcelJS.Borders>) {
    this.with({ border });
  }
  get fill(): ExcelJS.Fill {
    return this.style.fill ?? { type: 'pattern', pattern: 'none' };
  }
  set fill(fill: ExcelJS.Fill) {
    this.with({ fill });
  }
  /**
   * A cell a merge covers shows nothing of its own: only its share of the range's border or fill is
   * drawn from it. Without either it is left out (a form's merged lines are most of its cells).
   */
  drawsNothing(): boolean {
    if (!this.master) return false;
    const style = this.master.style;
    return style.fill === undefined && (style.border === undefined || Object.keys(style.border).length === 0);
  }

  /** The `s` index to write (0 when the cell has no style). */
  styleId(styles: StyleTable): number {
    return this.master ? this.master.styleId(styles) : styles.id(this.own, !this.mine);
  }
}

class StreamedRow implements DocumentRow {
  readonly cells: (StreamedCell | undefined)[] = [];
  height = 0;
  constructor(
    private readonly sheet: StreamedSheet,
    readonly number: number,
  ) {}
  getCell(col: number): StreamedCell {
    let cell = this.cells[col];
    if (!cell) {
      cell = new StreamedCell();
      this.cells[col] = cell;
    }
    return cell;
  }
  addPageBreak(): void {
    this.sheet.breaks.push(this.number);
  }
  commit(): void {
    this.sheet.writeRowsTo(this.number);
  }
}

/** `1234.5` as XML writes it; numbers that are not finite are no value a cell can hold. */
function numberXml(ref: string, s: string, n: number): string {
  if (!Number.isFinite(n)) throw new Error(`${ref}: ${n} is not a cell value`);
  return `<c r="${ref}"${s}><v>${n}</v></c>`;
}

/** `<t>` of a text: XML white space at either end (space, tab, line end) is kept only when the text says so. */
function tXml(text: string): string {
  const space = text.charCodeAt(0) <= 32 || text.charCodeAt(text.length - 1) <= 32 ? ' xml:space="preserve"' : '';
  return `<t${space}>${xmlText(text)}</t>`;
}

function textXml(ref: string, s: string, text: string, texts: SharedTexts): string {
  if (text === '') return s ? `<c r="${ref}"${s}/>` : '';
  const id = texts.shared(text);
  return id === undefined ? `<c r="${ref}"${s} t="inlineStr"><is>${tXml(text)}</is></c>` : `<c r="${ref}"${s} t="s"><v>${id}</v></c>`;
}

/** ` s="12"` by style index, each made once: a report writes a million cells with a dozen styles. */
const STYLE_ATTRIBUTES: string[] = [''];
function styleAttribute(styleId: number): string {
  let s = STYLE_ATTRIBUTES[styleId];
  if (s === undefined) {
    s = ` s="${styleId}"`;
    STYLE_ATTRIBUTES[styleId] = s;
  }
  return s;
}

function cellXml(ref: string, styleId: number, value: ExcelJS.CellValue, texts: SharedTexts): string {
  const s = styleAttribute(styleId);
  if (value === null || value === undefined) return s ? `<c r="${ref}"${s}/>` : '';
  if (typeof value === 'number') return numberXml(ref, s, value);
  if (typeof value === 'string') return textXml(ref, s, value, texts);
  if (typeof value === 'boolean') return `<c r="${ref}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
  if (typeof value === 'object' && 'richText' in value) return textXml(ref, s, value.richText.map((run) => run.text).join(''), texts);
  throw new Error(`${ref}: a document writes text, numbers and booleans only`);
}

function rowXml(n: number, height: number, cells: string): string {
  return `<row r="${n}"${height ? ` ht="${height}" customHeight="1"` : ''}>${cells}</row>`;
}

interface SheetOptions {
  readonly name: string;
  readonly state: string;
  /** The sheet's own, read when the workbook is finished: a table sets its printed titles once planned. */
  readonly options: Partial<ExcelJS.AddWorksheetOptions>;
}

class StreamedSheet implements DocumentSheet {
  readonly breaks: number[] = [];
  private readonly rows = new Map<number, StreamedRow>();
  private readonly widths: (number | undefined)[] = [];
  /**
   * Each merged range as four numbers (top, left, bottom, right), made into XML only at the end: a
   * province's forms merge 800,000 ranges, and as strings they filled the young generation.
   */
  private readonly merges: number[] = [];
  /** Rows up to this one are written; nothing can be added to them. */
  private written = 0;
  /** writeValues' last style object and its index, by column. */
  private readonly lastStyles: unknown[] = [];
  private readonly lastStyleIds: number[] = [];
  /** The last row made so far. */
  private last = 0;
  private started = false;
  done = false;

  constructor(
    private readonly part: PartWriter,
    private readonly styles: StyleTable,
    private readonly texts: SharedTexts,
    private readonly options: Partial<ExcelJS.AddWorksheetOptions>,
  ) {}

  getRow(row: number): StreamedRow {
    let r = this.rows.get(row);
    if (!r) {
      if (row <= this.written) throw new Error(`row ${row} was already written`);
      r = new StreamedRow(this, row);
      this.rows.set(row, r);
      if (row > this.last) this.last = row;
    }
    return r;
  }
  get pageSetup(): Partial<ExcelJS.PageSetup> {
    this.options.pageSetup ??= {};
    return this.options.pageSetup;
  }
  addRowBreak(row: number): void {
    this.breaks.push(row);
  }
  getCell(row: number, col: number): StreamedCell {
    return this.getRow(row).getCell(col);
  }
  getColumn(col: number): { width?: number } {
    const widths = this.widths;
    return {
      get width() {
        return widths[col];
      },
      set width(width: number | undefined) {
        widths[col] = width;
      },
    };
  }
  get columns(): { width?: number }[] {
    return this.widths.slice(1).map((width) => ({ width }));
  }
  set columns(columns: { width?: number }[]) {
    columns.forEach((c, i) => {
      this.widths[i + 1] = c.width;
    });
  }
  addRow(values: ExcelJS.CellValue[]): StreamedRow {
    const row = this.getRow(this.last + 1);
    values.forEach((v, i) => {
      row.getCell(i + 1).value = v;
    });
    return row;
  }
  mergeCells(top: number, left: number, bottom: number, right: number): void {
    const master = this.getCell(top, left);
    for (let r = top; r <= bottom; r++) for (let c = left; c <= right; c++) if (r !== top || c !== left) this.getCell(r, c).master = master;
    this.merges.push(top, left, bottom, right);
  }

  /** A row of plain values written at once, after the rows before it (RowSink.valuesRow). */
  writeValues(row: ValuesRow): void {
    const n = row.number;
    if (this.rows.has(n) || n <= this.written) throw new Error(`row ${n} was already made`);
    this.writeRowsTo(n - 1);
    let cells = '';
    const { values } = row;
    for (let i = 0; i < values.length; i++) {
      // A column's cells mostly share one style object: its index is kept, not looked up per cell.
      const style = row.styleOf(values[i], i);
      let id = this.lastStyleIds[i];
      if (style !== this.lastStyles[i] || id === undefined) {
        id = this.styles.id(style);
        this.lastStyles[i] = style;
        this.lastStyleIds[i] = id;
      }
      cells += cellXml(columnLetters(i + 1) + n, id, values[i], this.texts);
    }
    this.put(rowXml(n, row.height, cells));
    this.written = n;
    if (n > this.last) this.last = n;
  }

  /** Writes every row up to `last` that has anything, in order. */
  writeRowsTo(last: number): void {
    if (!this.started) this.begin();
    for (let n = this.written + 1; n <= last; n++) {
      const row = this.rows.get(n);
      if (!row) continue;
      this.rows.delete(n);
      let cells = '';
      for (let c = 1; c < row.cells.length; c++) {
        const cell = row.cells[c];
        if (cell && !cell.drawsNothing()) cells += cellXml(columnLetters(c) + n, cell.styleId(this.styles), cell.value, this.texts);
      }
      if (cells !== '' || row.height) this.put(rowXml(n, row.height, cells));
    }
    this.written = Math.max(this.written, last);
  }

  commit(): void {
    if (this.done) return;
    this.writeRowsTo(this.last);
    this.put('</sheetData>');
    this.putMerges();
    this.put(`${this.tail()}</worksheet>`);
    this.part.end();
    this.done = true;
  }

  private put(xml: string): void {
    this.part.write(xml);
  }

  /** Everything before the rows: it needs the column widths, which writers set before the first row. */
  private begin(): void {
    this.started = true;
    const setup = this.options.pageSetup;
    const cols = this.widths.map((w, c) => (w === undefined ? '' : `<col min="${c}" max="${c}" width="${w}" customWidth="1"/>`)).join('');
    this.put(
      `${XML_HEAD}<worksheet xmlns="${MAIN}" xmlns:r="${REL}">` +
        (setup?.fitToPage ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' : '') +
        `<sheetViews>${viewXml(this.options.views?.[0])}</sheetViews>` +
        '<sheetFormatPr defaultRowHeight="15"/>' +
        (cols ? `<cols>${cols}</cols>` : '') +
        '<sheetData>',
    );
  }

  /** `<mergeCells>`, a few thousand ranges to a piece. */
  private putMerges(): void {
    const m = this.merges;
    if (m.length === 0) return;
    let xml = `<mergeCells count="${m.length / 4}">`;
    for (let i = 0; i < m.length; i += 4) {
      xml += `<mergeCell ref="${columnLetters(m[i + 1]!)}${m[i]}:${columnLetters(m[i + 3]!)}${m[i + 2]}"/>`;
      if (xml.length > 65_536) {
        this.put(xml);
        xml = '';
      }
    }
    this.put(`${xml}</mergeCells>`);
  }

  private tail(): string {
    const breaks = [...new Set(this.breaks)].sort((a, b) => a - b);
    const rowBreaks =
      breaks.length > 0
        ? `<rowBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">${breaks.map((b) => `<brk id="${b}" max="16383" man="1"/>`).join('')}</rowBreaks>`
        : '';
    return pageSetupXml(this.options.pageSetup) + headerFooterXml(this.options.headerFooter) + rowBreaks;
  }
}

function viewXml(given: Partial<ExcelJS.WorksheetView> | undefined): string {
  const view = given?.state === 'frozen' ? given : undefined;
  if (!view) return '<sheetView workbookViewId="0"/>';
  const x = view.xSplit ?? 0;
  const y = view.ySplit ?? 0;
  const pane = x && y ? 'bottomRight' : y ? 'bottomLeft' : 'topRight';
  return (
    `<sheetView workbookViewId="0"><pane${x ? ` xSplit="${x}"` : ''}${y ? ` ySplit="${y}"` : ''} topLeftCell="${columnLetters(x + 1)}${y + 1}" activePane="${pane}" state="frozen"/>` +
    `<selection pane="${pane}"/></sheetView>`
  );
}

function pageSetupXml(setup: Partial<ExcelJS.PageSetup> | undefined): string {
  if (!setup) return '';
  const m = setup.margins;
  const margins = m
    ? `<pageMargins left="${m.left}" right="${m.right}" top="${m.top}" bottom="${m.bottom}" header="${m.header}" footer="${m.footer}"/>`
    : '';
  const attrs = [
    setup.paperSize !== undefined ? ` paperSize="${setup.paperSize}"` : '',
    ` orientation="${setup.orientation ?? 'portrait'}"`,
    ` scale="${setup.scale ?? 100}"`,
    ` fitToWidth="${setup.fitToWidth ?? 1}"`,
    ` fitToHeight="${setup.fitToHeight ?? 1}"`,
    setup.firstPageNumber !== undefined ? ` firstPageNumber="${setup.firstPageNumber}" useFirstPageNumber="1"` : '',
  ].join('');
  return `${margins}<pageSetup${attrs}/>`;
}

function headerFooterXml(hf: Partial<ExcelJS.HeaderFooter> | undefined): string {
  if (!hf) return '';
  const part = (tag: string, text: string | undefined) => (text ? `<${tag}>${xmlText(text)}</${tag}>` : '');
  const inner = part('oddHeader', hf.oddHeader) + part('oddFooter', hf.oddFooter);
  const attrs = (hf.differentFirst ? ' differentFirst="1"' : '') + (hf.differentOddEven ? ' differentOddEven="1"' : '');
  return inner || attrs ? `<headerFooter${attrs}>${inner}</headerFooter>` : '';
}

/** `'Tổng hợp'!$8:$8`: a sheet name is quoted, its own quotes doubled. */
function printTitles(sheet: string, rows: string): string {
  const [from, to] = rows.split(':');
  return `'${sheet.replace(/'/gu, "''")}'!$${from}:$${to ?? from}`;
}

class StreamedWorkbook implements DocumentWorkbook {
  creator = 'scoring';
  private readonly sheets: SheetOptions[] = [];
  private readonly styles = new StyleTable();
  private readonly texts = new SharedTexts();
  private current: StreamedSheet | undefined;

  constructor(private readonly pkg: PackageWriter) {}

  addWorksheet(name: string, options: Partial<ExcelJS.AddWorksheetOptions> = {}): StreamedSheet {
    if (this.current && !this.current.done) throw new Error('a streamed sheet is committed before the next is added');
    this.sheets.push({ name, state: options.state ?? 'visible', options });
    this.current = new StreamedSheet(this.pkg.part(`xl/worksheets/sheet${this.sheets.length}.xml`), this.styles, this.texts, options);
    return this.current;
  }

  /** The parts that name the sheets and styles, once every sheet is written. */
  finish(): void {
    this.current?.commit();
    const n = this.sheets.length;
    const write = (name: string, xml: string) => {
      const part = this.pkg.part(name);
      part.write(XML_HEAD + xml);
      part.end();
    };
    const titles = this.sheets.flatMap((s, i) => {
      const rows = s.options.pageSetup?.printTitlesRow;
      return rows ? [`<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${xmlText(printTitles(s.name, rows))}</definedName>`] : [];
    });
    write(
      'xl/workbook.xml',
      `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><workbookPr/><bookViews><workbookView/></bookViews><sheets>` +
        this.sheets
          .map(
            (s, i) =>
              `<sheet name="${xmlAttr(s.name)}" sheetId="${i + 1}"${s.state === 'visible' ? '' : ` state="${s.state}"`} r:id="rId${i + 1}"/>`,
          )
          .join('') +
        `</sheets>${titles.length > 0 ? `<definedNames>${titles.join('')}</definedNames>` : ''}</workbook>`,
    );
    const sheetType = `${REL}/worksheet`;
    const shared = this.texts.items;
    write(
      'xl/_rels/workbook.xml.rels',
      `<Relationships xmlns="${PKG_REL}">` +
        this.sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${sheetType}" Target="worksheets/sheet${i + 1}.xml"/>`).join('') +
        `<Relationship Id="rId${n + 1}" Type="${REL}/styles" Target="styles.xml"/>` +
        (shared.length > 0 ? `<Relationship Id="rId${n + 2}" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>` : '') +
        '</Relationships>',
    );
    write('xl/styles.xml', this.styles.xml());
    if (shared.length > 0) {
      // Written a text at a time: a province's names are megabytes.
      const part = this.pkg.part('xl/sharedStrings.xml');
      part.write(`${XML_HEAD}<sst xmlns="${MAIN}" uniqueCount="${shared.length}">`);
      for (const text of shared) part.write(`<si>${tXml(text)}</si>`);
      part.write('</sst>');
      part.end();
    }
    const now = new Date().toISOString().replace(/\.\d+Z$/u, 'Z');
    write(
      'docProps/core.xml',
      '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
        `<dc:creator>${xmlText(this.creator)}</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">${now}</dcterms:created>` +
        `<dcterms:modified xsi:type="dcterms:W3CDTF">${now}</dcterms:modified></cp:coreProperties>`,
    );
    // As exceljs wrote: LibreOffice lays text in cells out as Excel does (wrapped lines centred in
    // their rows) only for a file whose application is Excel, and the print tests were made so.
    write(
      'docProps/app.xml',
      '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Excel</Application></Properties>',
    );
    const type = 'application/vnd.openxmlformats-officedocument';
    write(
      '[Content_Types].xml',
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
        `<Override PartName="/xl/workbook.xml" ContentType="${type}.spreadsheetml.sheet.main+xml"/>` +
        this.sheets
          .map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${type}.spreadsheetml.worksheet+xml"/>`)
          .join('') +
        `<Override PartName="/xl/styles.xml" ContentType="${type}.spreadsheetml.styles+xml"/>` +
        (shared.length > 0 ? `<Override PartName="/xl/sharedStrings.xml" ContentType="${type}.spreadsheetml.sharedStrings+xml"/>` : '') +
        '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
        `<Override PartName="/docProps/app.xml" ContentType="${type}.extended-properties+xml"/></Types>`,
    );
    write(
      '_rels/.rels',
      `<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/>` +
        `<Relationship Id="rId2" Type="${PKG_REL}/metadata/core-properties" Target="docProps/core.xml"/>` +
        `<Relationship Id="rId3" Type="${REL}/extended-properties" Target="docProps/app.xml"/></Relationships>`,
    );
  }
}

/** Rows between two turns of the event loop: a signal (Ctrl+C) is heard while a long sheet is written. */
const ROWS_PER_PAUSE = 2000;

/**
 * A turn of the event loop: Node's setImmediate, which goes on as soon as what is pending has run
 * (a timeout waits a millisecond at least: 60 of them idled through a 10,000-staff report); the
 * page has no setImmediate, and takes a timeout.
 */
function nextTurn(then: () => void): void {
  if (typeof setImmediate === 'function') setImmediate(then);
  else setTimeout(then, 0);
}

function streamedSink(pkg: PackageWriter): RowSink {
  let rows = 0;
  let pieces = 0;
  const pause = () => {
    if (++rows % ROWS_PER_PAUSE === 0) return new Promise<void>((resolve) => nextTurn(resolve));
    // A piece went to be deflated since the last turn: the ones done by now are written (zip-file.ts).
    // Counted when the turn comes, not when it is asked for: a writer may go on without waiting.
    if (pkg.pieces() === pieces) return undefined;
    return new Promise<void>((resolve) =>
      nextTurn(() => {
        pieces = pkg.pieces();
        resolve();
      }),
    );
  };
  return {
    shareStyles: true,
    rowDone(row) {
      row.commit();
      return pause();
    },
    sheetDone: (ws) => ws.commit(),
    valuesRow(ws, row) {
      if (!(ws instanceof StreamedSheet)) throw new Error('a streamed sink writes a streamed sheet');
      ws.writeValues(row);
      return pause();
    },
  };
}

/** Writes a document to `path` (atomically, through the runtime) sheet by sheet. */
export function writeStreamedWorkbook(path: string, write: (wb: DocumentWorkbook, sink: RowSink) => Promise<void>): Promise<void> {
  return runtime().writePackage(path, async (pkg) => {
    const wb = new StreamedWorkbook(pkg);
    await write(wb, streamedSink(pkg));
    wb.finish();
  });
}
