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

function unescape(s: string): string {
  return s.replace(/&lt;/gu, '<').replace(/&gt;/gu, '>').replace(/&quot;/gu, '"').replace(/&apos;/gu, "'").replace(/&amp;/gu, '&');
}

export function pdfPages(pdf: string): Page[] {
  const xml = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const pages: Page[] = [];
  for (const m of xml.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/gu)) {
    const words: Word[] = [];
    for (const w of m[3]!.matchAll(/<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">([^<]*)<\/word>/gu)) {
      words.push({ text: unescape(w[5]!), x0: Number(w[1]), y0: Number(w[2]), x1: Number(w[3]), y1: Number(w[4]) });
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
  return [...rows.entries()].sort((a, b) => a[0] - b[0]).map(([, ws]) => ws.sort((a, b) => a.x0 - b.x0).map((w) => w.text).join(' '));
}
