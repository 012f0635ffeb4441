/**
 * Text as it goes into a part written by hand (streamed-workbook.ts). Control characters other
 * than tab and line ends are not allowed in XML at all: Excel writes them as `_xHHHH_`, and so do we.
 */

const IN_TEXT = /[&<>\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/u;
const IN_TEXT_ALL = /[&<>\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/gu;
const IN_ATTRIBUTE = /[&<>"\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/u;
const IN_ATTRIBUTE_ALL = /[&<>"\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/gu;
const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

function escape(c: string): string {
  return ENTITY[c] ?? `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`;
}

/** Element text; most needs nothing, so the replace runs only when some does. Quotes stay (the year data is JSON). */
export function xmlText(text: string): string {
  return IN_TEXT.test(text) ? text.replace(IN_TEXT_ALL, escape) : text;
}

/** A double-quoted attribute value. */
export function xmlAttr(text: string): string {
  return IN_ATTRIBUTE.test(text) ? text.replace(IN_ATTRIBUTE_ALL, escape) : text;
}
