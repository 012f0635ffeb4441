/**
 * Text as it goes into a part written by hand (streamed-workbook.ts). Control characters other
 * than tab and line ends are not allowed in XML at all: Excel writes them as `_xHHHH_`, and so do we.
 */

const SPECIAL = /[&<>"\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/u;
const SPECIAL_ALL = /[&<>"\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/gu;
const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

function escape(c: string): string {
  return ENTITY[c] ?? `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`;
}

/** Element text or a double-quoted attribute value; most need nothing, so the replace runs only when one does. */
export function xmlEscape(text: string): string {
  return SPECIAL.test(text) ? text.replace(SPECIAL_ALL, escape) : text;
}
