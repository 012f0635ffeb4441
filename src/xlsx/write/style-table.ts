import type ExcelJS from 'exceljs';
import { xmlEscape } from './xml-text.js';

/**
 * The styles part of a streamed workbook (styles.xml): each distinct cell style gets one `xf`,
 * built from its font, fill, border, alignment and number format, each kept once. A writer shares
 * one style object per kind of cell, so the lookup is by object first and by content after.
 */

type Style = Partial<ExcelJS.Style>;

/** Built-in number formats (ECMA-376 §18.8.30) the writers use; any other gets an id from 164. */
const BUILTIN_FORMATS: Record<string, number> = { General: 0, '0': 1, '0.00': 2, '@': 49 };

function colorXml(color: Partial<ExcelJS.Color> | undefined): string {
  return color?.argb ? `<color rgb="${xmlEscape(color.argb)}"/>` : '';
}

function fontXml(f: Partial<ExcelJS.Font>): string {
  const underline =
    f.underline === true || f.underline === 'single' ? '<u/>' : f.underline ? `<u val="${xmlEscape(String(f.underline))}"/>` : '';
  return (
    `<font>${f.bold ? '<b/>' : ''}${f.italic ? '<i/>' : ''}${f.strike ? '<strike/>' : ''}${underline}` +
    `<sz val="${f.size ?? 11}"/>${colorXml(f.color)}<name val="${xmlEscape(f.name ?? 'Calibri')}"/></font>`
  );
}

function fillXml(fill: ExcelJS.Fill): string {
  if (fill.type !== 'pattern') throw new Error(`fill type ${fill.type} is not written`);
  const fg = fill.fgColor?.argb ? `<fgColor rgb="${xmlEscape(fill.fgColor.argb)}"/>` : '';
  const bg = fill.bgColor?.argb ? `<bgColor rgb="${xmlEscape(fill.bgColor.argb)}"/>` : '';
  return `<fill><patternFill patternType="${fill.pattern}">${fg}${bg}</patternFill></fill>`;
}

function borderXml(b: Partial<ExcelJS.Borders>): string {
  const side = (name: 'left' | 'right' | 'top' | 'bottom') => {
    const s = b[name];
    return s?.style ? `<${name} style="${s.style}">${colorXml(s.color)}</${name}>` : `<${name}/>`;
  };
  return `<border>${side('left')}${side('right')}${side('top')}${side('bottom')}<diagonal/></border>`;
}

function alignmentXml(a: Partial<ExcelJS.Alignment>): string {
  const attrs = [
    a.horizontal ? ` horizontal="${a.horizontal}"` : '',
    // exceljs calls the vertical centre 'middle'; the file format calls it 'center'.
    a.vertical ? ` vertical="${a.vertical === 'middle' ? 'center' : a.vertical}"` : '',
    a.wrapText ? ' wrapText="1"' : '',
    a.indent ? ` indent="${a.indent}"` : '',
    typeof a.textRotation === 'number' ? ` textRotation="${a.textRotation}"` : '',
    a.shrinkToFit ? ' shrinkToFit="1"' : '',
  ].join('');
  return attrs ? `<alignment${attrs}/>` : '';
}

/** Items kept once each, numbered in the order first seen. */
class Pool {
  readonly items: string[] = [];
  private readonly ids = new Map<string, number>();
  constructor(first: readonly string[]) {
    for (const item of first) this.id(item);
  }
  id(xml: string): number {
    let id = this.ids.get(xml);
    if (id === undefined) {
      id = this.items.length;
      this.items.push(xml);
      this.ids.set(xml, id);
    }
    return id;
  }
}

export class StyleTable {
  private readonly fonts = new Pool([fontXml({ name: 'Calibri', size: 11 })]);
  private readonly fills = new Pool([
    '<fill><patternFill patternType="none"/></fill>',
    '<fill><patternFill patternType="gray125"/></fill>',
  ]);
  private readonly borders = new Pool([borderXml({})]);
  private readonly formats = new Map<string, number>();
  private readonly xfs = new Pool(['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>']);
  private readonly byObject = new WeakMap<object, number>();

  /** The `s` index of a cell with this style (0: none). */
  id(style: Style | undefined): number {
    if (!style) return 0;
    const known = this.byObject.get(style);
    if (known !== undefined) return known;
    const font = style.font ? this.fonts.id(fontXml(style.font)) : 0;
    const fill = style.fill ? this.fills.id(fillXml(style.fill)) : 0;
    const border = style.border ? this.borders.id(borderXml(style.border)) : 0;
    const format = style.numFmt ? this.formatId(style.numFmt) : 0;
    const alignment = style.alignment ? alignmentXml(style.alignment) : '';
    const applied = [
      font ? ' applyFont="1"' : '',
      fill ? ' applyFill="1"' : '',
      border ? ' applyBorder="1"' : '',
      format ? ' applyNumberFormat="1"' : '',
      alignment ? ' applyAlignment="1"' : '',
    ].join('');
    const xf = `<xf numFmtId="${format}" fontId="${font}" fillId="${fill}" borderId="${border}" xfId="0"${applied}>${alignment}</xf>`;
    const id = this.xfs.id(xf);
    this.byObject.set(style, id);
    return id;
  }

  private formatId(code: string): number {
    const builtin = BUILTIN_FORMATS[code];
    if (builtin !== undefined) return builtin;
    let id = this.formats.get(code);
    if (id === undefined) {
      id = 164 + this.formats.size;
      this.formats.set(code, id);
    }
    return id;
  }

  /** The part's root element (its XML declaration is the writer's). */
  xml(): string {
    const list = (tag: string, items: readonly string[]) => `<${tag} count="${items.length}">${items.join('')}</${tag}>`;
    const formats = [...this.formats].map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${xmlEscape(code)}"/>`);
    return (
      '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      (formats.length > 0 ? list('numFmts', formats) : '') +
      list('fonts', this.fonts.items) +
      list('fills', this.fills.items) +
      list('borders', this.borders.items) +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      list('cellXfs', this.xfs.items) +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      '</styleSheet>'
    );
  }
}
