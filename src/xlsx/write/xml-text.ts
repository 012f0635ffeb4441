/**
 * Text as it goes into a part written by hand (streamed-workbook.ts). Control characters other
 * than tab and line ends are not allowed in XML at all: Excel writes them as `_xHHHH_`, and so do we.
 */

/** The characters XML 1.0 cannot hold (C0 controls but tab, LF and CR; U+FFFE and U+FFFF), as a class's source. */
const NOT_XML = '\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\ufffe\\uffff';
const IN_TEXT = new RegExp(`[&<>${NOT_XML}]`, 'u');
const IN_TEXT_ALL = new RegExp(IN_TEXT.source, 'gu');
const IN_ATTRIBUTE = new RegExp(`[&<>"${NOT_XML}]`, 'u');
const IN_ATTRIBUTE_ALL = new RegExp(IN_ATTRIBUTE.source, 'gu');
const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

function escapeChar(c: string): string {
  return ENTITY[c] ?? `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`;
}

/** Element text; most needs nothing, so the replace runs only when some does. Quotes stay (the year data is JSON). */
export function xmlText(text: string): string {
  return IN_TEXT.test(text) ? text.replace(IN_TEXT_ALL, escapeChar) : text;
}

/** A double-quoted attribute value. */
export function xmlAttr(text: string): string {
  return IN_ATTRIBUTE.test(text) ? text.replace(IN_ATTRIBUTE_ALL, escapeChar) : text;
}
