import Table from 'cli-table3';
import type { OutputStream } from './terminal.js';

/**
 * Tables that fit the terminal. A column may shrink to its longest word, its text wrapping at word
 * boundaries; the widest columns give way first. A table whose columns cannot shrink enough does
 * not fit, and the caller offers a narrower layout. Without a width limit (output piped to a file
 * or a program) the rows stay whole.
 */

type Cell = string | number;

// biome-ignore lint/suspicious/noControlCharactersInRegex: the escape that starts a colour code is what this matches.
const ANSI = /\u001b\[[0-9;]*m/gu;

/** Columns a text takes on screen (ANSI colours take none; Vietnamese arrives composed). */
function visibleLength(text: string): number {
  return [...text.replace(ANSI, '').normalize('NFC')].length;
}

function longestLine(text: string): number {
  return Math.max(0, ...text.split('\n').map(visibleLength));
}

function longestWord(text: string): number {
  return Math.max(1, ...text.split(/\s+/u).map(visibleLength));
}

/** cli-table3 draws one border per column plus one, and pads each cell by one space a side. */
const PADDING = 2;

function tableWidth(contentWidths: readonly number[]): number {
  return contentWidths.reduce((a, w) => a + w + PADDING + 1, 1);
}

function shrink(widths: number[], floor: readonly number[], maxWidth: number): boolean {
  while (tableWidth(widths) > maxWidth) {
    // The widest column that still can gives one character.
    let widest = -1;
    widths.forEach((w, c) => {
      if (w > floor[c]! && (widest < 0 || w > widths[widest]!)) widest = c;
    });
    if (widest < 0) return false;
    widths[widest]! -= 1;
  }
  return true;
}

/**
 * Content widths that fit `maxWidth`, or undefined when even the narrowest layout is too wide.
 * Headers wrap first (a two-line "Tổng điểm / năm" costs less than every name on two lines), then
 * data cells, never below a column's longest word.
 */
export function fitColumns(head: readonly Cell[], rows: readonly (readonly Cell[])[], maxWidth: number): number[] | undefined {
  const all = [head, ...rows].map((r) => r.map(String));
  const data = rows.map((r) => r.map(String));
  const natural = head.map((_, c) => Math.max(...all.map((r) => longestLine(r[c] ?? ''))));
  const words = head.map((_, c) => Math.min(natural[c]!, Math.max(...all.map((r) => longestWord(r[c] ?? '')))));
  const dataLines = head.map((_, c) => Math.max(words[c]!, ...data.map((r) => longestLine(r[c] ?? ''))));
  const widths = [...natural];
  if (shrink(widths, dataLines, maxWidth)) return widths;
  return shrink(widths, words, maxWidth) ? widths : undefined;
}

/** The table as text within `maxWidth` columns (undefined: no limit), or undefined when it cannot fit. */
export function renderTable(head: readonly Cell[], rows: readonly (readonly Cell[])[], maxWidth: number | undefined): string | undefined {
  const widths = maxWidth === undefined ? undefined : fitColumns(head, rows, maxWidth);
  if (maxWidth !== undefined && widths === undefined) return undefined;
  const t = new Table({
    head: head.map(String),
    style: { head: [], border: [] },
    ...(widths ? { colWidths: widths.map((w) => w + PADDING), wordWrap: true, wrapOnWordBoundary: true } : {}),
  });
  for (const r of rows) t.push(r.map(String));
  return t.toString();
}

/** The width of the terminal stdout writes to, or undefined when it is not a terminal. */
export function terminalWidth(stream: OutputStream, env: Readonly<Record<string, string | undefined>>): number | undefined {
  if (!stream.isTTY) return undefined;
  const fromEnv = Number(env.COLUMNS);
  return stream.columns || (Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : 80);
}

/**
 * Wraps each line of `text` longer than `width` at word boundaries (continuation lines indented by
 * two spaces); a word longer than the line is cut. Without a width the text is unchanged.
 */
export function wrapText(text: string, width: number | undefined): string {
  if (width === undefined) return text;
  const out: string[] = [];
  for (const line of text.split('\n')) {
    if (visibleLength(line) <= width) {
      out.push(line);
      continue;
    }
    // A single word wider than the screen (a long path) is cut into pieces that fit.
    const push = (piece: string) => {
      let rest = [...piece];
      while (rest.length > width) {
        out.push(rest.slice(0, width).join(''));
        rest = rest.slice(width);
      }
      out.push(rest.join(''));
    };
    let current = '';
    for (const word of line.split(' ')) {
      const candidate = current === '' ? word : `${current} ${word}`;
      if (visibleLength(candidate) <= width || current.trim() === '') {
        current = candidate;
        continue;
      }
      push(current);
      current = `  ${word}`;
    }
    push(current);
  }
  return out.join('\n');
}
