/**
 * A small RFC 4180 reader: quoted fields, doubled quotes, CRLF, a UTF-8 BOM, and `,` or `;` as the
 * separator (Vietnamese Excel saves CSV with `;` when the list separator is set so).
 */

function detectSeparator(firstLine: string): ',' | ';' | '\t' {
  const count = (ch: string) => firstLine.split(ch).length - 1;
  const [best] = ([',', ';', '\t'] as const).map((ch) => [ch, count(ch)] as const).sort((a, b) => b[1] - a[1]);
  return best![1] > 0 ? best![0] : ',';
}

/**
 * The text of a CSV file: UTF-8 (with or without BOM), or UTF-16 with its BOM (Excel's "Unicode
 * text"). Anything else — Windows-1258 from "CSV" in Vietnamese Windows Excel, TCVN3 — is not
 * guessed at: names would be written garbled into every grid. Undefined means "not readable".
 */
export function decodeCsv(bytes: Uint8Array): string | undefined {
  const [a, b, c] = bytes;
  try {
    if (a === 0xef && b === 0xbb && c === 0xbf) return new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(3));
    if (a === 0xff && b === 0xfe) return new TextDecoder('utf-16le', { fatal: true }).decode(bytes.subarray(2));
    if (a === 0xfe && b === 0xff) return new TextDecoder('utf-16be', { fatal: true }).decode(bytes.subarray(2));
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

export function parseCsv(input: string): string[][] {
  const text = input.replace(/^\uFEFF/u, '');
  const sep = detectSeparator(text.split(/\r?\n/u, 1)[0] ?? '');
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
      continue;
    }
    if (ch === '"' && field === '') quoted = true;
    else if (ch === sep) {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.some((f) => f.trim() !== ''));
}

/** A field as RFC 4180 wants it: quoted when it holds a separator, a quote or a line break. */
/**
 * Text that Excel would run as a formula when it opens the CSV (`=`, `+`, `-`, `@`, tab, CR at its
 * start: OWASP's "CSV injection") gets a leading apostrophe, which Excel shows as text. Numbers stay
 * numbers: only text is neutralised.
 */
function neutralised(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  return /^[=+\-@\t\r]/u.test(value) ? `'${value}` : value;
}

function csvField(value: string | number | null): string {
  const text = neutralised(value);
  return /[",;\r\n]/u.test(text) ? `"${text.replace(/"/gu, '""')}"` : text;
}

/** CSV that Excel opens as UTF-8: a BOM, `,` between fields, CRLF between rows. */
export function formatCsv(rows: readonly (readonly (string | number | null)[])[]): string {
  return `\uFEFF${rows.map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;
}
