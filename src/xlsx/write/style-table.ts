import type ExcelJS from 'exceljs';
import { Pool } from './pool.js';
import { xmlAttr } from './xml-text.js';

/**
 * The styles part of a streamed workbook (styles.xml): each distinct cell style gets one `xf`,
 * built from its font, fill, border, alignment and number format, each kept once. A writer shares
 * one style object per kind of cell, so the lookup is by object first and by content after.
 */

type Style = Partial<ExcelJS.Style>;

/** Built-in number formats (ECMA-376 §18.8.30) the writers use; any other gets an id from 164. */
const BUILTIN_FORMATS: Record<string, number> = { General: 0, '0': 1, '0.00': 2, '@': 49 };

function colorXml(color: Partial<ExcelJS.Color> | undefined): string {
  return color?.argb ? `<color rgb="${xmlAttr(color.argb)}"/>` : '';
}

function fontXml(f: Partial<ExcelJS.Font>): string {
  const underline =
    f.underline === true || f.underline === 'single' ? '<u/>' : f.underline ? `<u val="${xmlAttr(String(f.underline))}"/>` : '';
  return (
    `<font>${f.bold ? '<b/>' : ''}${f.italic ? '<i/>' : ''}${f.strike ? '<strike/>' : ''}${underline}` +
    `<sz val="${f.size ?? 11}"/>${colorXml(f.color)}<name val="${xmlAttr(f.name ?? 'Calibri')}"/></font>`
  );
}

function fillXml(fill: ExcelJS.Fill): string {
  if (fill.type !== 'pattern') throw new Error(`fill type ${fill.type} is not written`);
  const fg = fill.fgColor?.argb ? `<fgColor rgb="${xmlAttr(fill.fgColor.argb)}"/>` : '';
  const bg = fill.bgColor?.argb ? `<bgColor rgb="${xmlAttr(fill.bgColor.argb)}"/>` : '';
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
  let attrs = '';
  if (a.horizontal) attrs += ` horizontal="${a.horizontal}"`;
  // exceljs calls the vertical centre 'middle'; the file format calls it 'center'.
  if (a.vertical) attrs += ` vertical="${a.vertical === 'middle' ? 'center' : a.vertical}"`;
  if (a.wrapText) attrs += ' wrapText="1"';
  if (a.indent) attrs += ` indent="${a.indent}"`;
  if (typeof a.textRotation === 'number') attrs += ` textRotation="${a.textRotation}"`;
  if (a.shrinkToFit) attrs += ' shrinkToFit="1"';
  return attrs ? `<alignment${attrs}/>` : '';
}

const HORIZONTAL = ['left', 'center', 'right', 'fill', 'justify', 'centerContinuous', 'distributed'];
const VERTICAL = ['top', 'middle', 'bottom', 'distributed', 'justify'];

/** An alignment as a number (a cell's alignment is usually an object of its own, so it is found by content, cheaply). */
function alignmentKey(a: Partial<ExcelJS.Alignment>): number {
  const h = HORIZONTAL.indexOf(a.horizontal ?? '') + 1;
  const v = VERTICAL.indexOf(a.vertical ?? '') + 1;
  const rotation = typeof a.textRotation === 'number' ? a.textRotation + 91 : a.textRotation === 'vertical' ? 1 : 0;
  return ((((h * 8 + v) * 2 + (a.wrapText ? 1 : 0)) * 2 + (a.shrinkToFit ? 1 : 0)) * 256 + (a.indent ?? 0)) * 512 + rotation;
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
  /** xf ids by their parts' ids, packed into one number (each part id below 1,024). */
  private readonly byParts = new Map<number, number>();
  /** Fonts, fills, borders and alignments already placed, by object: writers reuse them across cells. */
  private readonly partIds = new WeakMap<object, number>();
  private readonly alignments = new Pool(['']);
  private readonly alignmentIds = new Map<number, number>();

  /**
   * The `s` index of a cell with this style (0: none). A style `shared` between cells is
   * remembered by object; a cell's own is looked up by its parts.
   */
  id(style: Style | undefined, shared = true): number {
    if (!style) return 0;
    const known = shared ? this.byObject.get(style) : undefined;
    if (known !== undefined) return known;
    const font = this.part(this.fonts, style.font, fontXml);
    const fill = this.part(this.fills, style.fill, fillXml);
    const border = this.part(this.borders, style.border, borderXml);
    const format = style.numFmt ? this.formatId(style.numFmt) : 0;
    // Alignments are mostly written in place per cell: found by content.
    const alignment = style.alignment ? this.alignmentId(style.alignment) : 0;
    // Built-in formats used are below 64; custom ones from 164 take the slots after.
    const formatSlot = format < 164 ? format : 64 + format - 164;
    if (Math.max(font, fill, border, formatSlot, alignment) >= 1024) throw new Error('too many distinct styles in one document');
    const key = (((font * 1024 + fill) * 1024 + border) * 1024 + formatSlot) * 1024 + alignment;
    let id = this.byParts.get(key);
    if (id === undefined) {
      const applied = [
        font ? ' applyFont="1"' : '',
        fill ? ' applyFill="1"' : '',
        border ? ' applyBorder="1"' : '',
        format ? ' applyNumberFormat="1"' : '',
        alignment ? ' applyAlignment="1"' : '',
      ].join('');
      const inner = this.alignments.items[alignment]!;
      id = this.xfs.id(`<xf numFmtId="${format}" fontId="${font}" fillId="${fill}" borderId="${border}" xfId="0"${applied}>${inner}</xf>`);
      this.byParts.set(key, id);
    }
    if (shared) this.byObject.set(style, id);
    return id;
  }

  private alignmentId(a: Partial<ExcelJS.Alignment>): number {
    const key = alignmentKey(a);
    let id = this.alignmentIds.get(key);
    if (id === undefined) {
      id = this.alignments.id(alignmentXml(a));
      this.alignmentIds.set(key, id);
    }
    return id;
  }

  private part<T extends object>(pool: Pool, value: T | undefined, xml: (value: T) => string): number {
    if (!value) return 0;
    let id = this.partIds.get(value);
    if (id === undefined) {
      id = pool.id(xml(value));
      this.partIds.set(value, id);
    }
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
    const formats = [...this.formats].map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${xmlAttr(code)}"/>`);
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
