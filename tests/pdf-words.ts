import { execFileSync } from 'node:child_process';

/** The words of a PDF with their boxes, as poppler's `pdftotext -bbox` gives them (points, origin top left). */

export interface Word {
  readonly text: string;
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

export interface Page {
  readonly width: number;
  readonly height: number;
  readonly words: readonly Word[];
}

function unescapeXml(s: string): string {
  return s
    .replace(/&lt;/gu, '<')
    .replace(/&gt;/gu, '>')
    .replace(/&quot;/gu, '"')
    .replace(/&apos;/gu, "'")
    .replace(/&amp;/gu, '&');
}

export function pdfPages(pdf: string): Page[] {
  const xml = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const pages: Page[] = [];
  for (const m of xml.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/gu)) {
    const words: Word[] = [];
    for (const w of m[3]!.matchAll(/<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">([^<]*)<\/word>/gu)) {
      words.push({ text: unescapeXml(w[5]!), x0: Number(w[1]), y0: Number(w[2]), x1: Number(w[3]), y1: Number(w[4]) });
    }
    pages.push({ width: Number(m[1]), height: Number(m[2]), words });
  }
  return pages;
}

/**
 * Pairs of words that print over each other: their boxes share more than a sliver across and
 * more than a third of the smaller height (lines set close together touch at their edges).
 */
export function overlaps(page: Page): [Word, Word][] {
  const out: [Word, Word][] = [];
  const words = [...page.words].sort((a, b) => a.y0 - b.y0);
  for (let i = 0; i < words.length; i++) {
    const a = words[i]!;
    for (let j = i + 1; j < words.length; j++) {
      const b = words[j]!;
      if (b.y0 >= a.y1) break;
      const dx = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
      const dy = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
      if (dx > 1 && dy > Math.min(a.y1 - a.y0, b.y1 - b.y0) / 3) out.push([a, b]);
    }
  }
  return out;
}

/** Words outside the page less the given margins (points). */
export function outsideMargins(page: Page, side: number, topBottom: number): Word[] {
  return page.words.filter((w) => w.x0 < side || w.x1 > page.width - side || w.y0 < topBottom || w.y1 > page.height - topBottom);
}

/** The page's text as lines: words grouped by their top edge. */
export function pageLines(page: Page): string[] {
  const rows = new Map<number, Word[]>();
  for (const w of page.words) {
    const key = Math.round(w.y0);
    const near = [...rows.keys()].find((k) => Math.abs(k - key) <= 1) ?? key;
    rows.set(near, [...(rows.get(near) ?? []), w]);
  }
  return [...rows.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([, ws]) =>
      ws
        .sort((a, b) => a.x0 - b.x0)
        .map((w) => w.text)
        .join(' '),
    );
}

/** A page rendered in grey by poppler: one byte per pixel, 0 black. */
interface Raster {
  readonly width: number;
  readonly height: number;
  readonly dpi: number;
  readonly pixels: Uint8Array;
}

/** Renders page `n` (1-based) of `pdf` as a grey raster at `dpi` (pdftoppm, PGM). */
export function rasterPage(pdf: string, n: number, dpi = 100): Raster {
  const pgm = execFileSync('pdftoppm', ['-gray', '-r', String(dpi), '-f', String(n), '-l', String(n), pdf], {
    maxBuffer: 256 * 1024 * 1024,
  });
  // P5 header: magic, width, height, maxval, each followed by whitespace.
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/u.exec(pgm.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error(`pdftoppm gave no PGM for page ${n} of ${pdf}`);
  return { width: Number(header[1]), height: Number(header[2]), dpi, pixels: pgm.subarray(header[0].length) };
}

/** Whether any pixel in the box (points) is dark. */
function inked(r: Raster, x0: number, y0: number, x1: number, y1: number): boolean {
  const k = r.dpi / 72;
  const [px0, py0] = [Math.max(0, Math.floor(x0 * k)), Math.max(0, Math.floor(y0 * k))];
  const [px1, py1] = [Math.min(r.width, Math.ceil(x1 * k)), Math.min(r.height, Math.ceil(y1 * k))];
  for (let y = py0; y < py1; y++) for (let x = px0; x < px1; x++) if (r.pixels[y * r.width + x]! < 128) return true;
  return false;
}

/**
 * Words the PDF holds but the paper does not fully show: a spreadsheet keeps a cell's whole text in
 * the PDF and clips its drawing at the cell's edges, so a row too short, or a column too narrow for
 * text that does not wrap, leaves words whose box crosses the cell edge. Each word's box must show
 * ink near its baseline (where every letter has a stroke) at its left and at its right end.
 */
export function clippedWords(pdf: string, pages: readonly Page[]): { page: number; word: Word }[] {
  const out: { page: number; word: Word }[] = [];
  pages.forEach((page, i) => {
    const r = rasterPage(pdf, i + 1);
    for (const w of page.words) {
      if (!/[\p{L}\p{N}]/u.test(w.text)) continue;
      const h = w.y1 - w.y0;
      // Quotes and brackets have no stroke at the baseline: "5" printed whole would look cut at
      // both ends. Look at the end whose character reaches the baseline only.
      const opensBare = /^["'“‘(«]/u.test(w.text);
      const closesBare = /["'”’)»]$/u.test(w.text);
      // A short word (a day number, a digit) is looked at whole: "1" has no stroke in its left third.
      const third = [...w.text].length < 3 ? w.x1 - w.x0 : Math.max(1, (w.x1 - w.x0) / 3);
      // The band just above the baseline (pdftotext's box is the font's ascent to descent).
      const [b0, b1] = [w.y0 + 0.5 * h, w.y0 + 0.78 * h];
      const leftInked = opensBare || inked(r, w.x0, b0, w.x0 + third, b1);
      const rightInked = closesBare || inked(r, w.x1 - third, b0, w.x1, b1);
      // Quoted on both sides: what stands between the quotes must show.
      const middleInked = !(opensBare && closesBare) || inked(r, w.x0 + (w.x1 - w.x0) / 4, b0, w.x1 - (w.x1 - w.x0) / 4, b1);
      if (!leftInked || !rightInked || !middleInked) out.push({ page: i + 1, word: w });
    }
  });
  return out;
}
