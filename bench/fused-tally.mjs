// Fused tally (issue 31, for information): the bench's own job — the twelve grids to `tally --json`'s
// numbers — done in one loop, the near read's way. Each package inflated with Node's zlib, each cell
// with a value found by byte search (`<v>`), its place read from the `r` before it; a code's points
// worked out once per distinct text; people folded row by row; the year printed as `tally --json`
// prints it. It knows the bench's grids (a year of 2023 in month order, the template's columns, data
// from row 9, the source plan's points) and checks nothing: no problems, no addresses, no events. What the staged program costs
// beyond it is what its stages (cells with addresses, grammar, deduction events, engine) and the
// SPEC's checks cost. bench/run.mjs compares its output with `tally --json` before it is timed.
import { readFileSync } from 'node:fs';
import { entries, inflate } from './near-read.mjs';

// The bench's grids: Mã in B, the name in C, day 1 in E … day 31 in AI, people from row 9.
const ID_COL = 2;
const NAME_COL = 3;
const FIRST_DAY_COL = 5;
const LAST_DAY_COL = 35;
const FIRST_ROW = 9;
// The source plan's deduction codes and points (src/core/rulebook.ts); other codes deduct nothing.
const POINTS = { V: 60, VS: 30, VC: 30, M: 10, B: 30, H: 10 };

function sharedStrings(xml) {
  const out = [];
  for (let at = xml.indexOf('<si>'); at >= 0; at = xml.indexOf('<si>', at + 4)) {
    const gt = xml.indexOf('>', xml.indexOf('<t', at));
    out.push(xml.toString('utf8', gt + 1, xml.indexOf('</t>', gt)));
  }
  return out;
}

/** A mark's points and counts (`2B`, `M, H`), as [code, count, code, count …]. */
function parseCode(text) {
  let points = 0;
  const counts = [];
  for (const part of text.split(',')) {
    const m = /^\s*(\d*)\s*([^\d\s]+)\s*$/u.exec(part.toUpperCase());
    const code = m?.[2];
    if (code === undefined || POINTS[code] === undefined) continue;
    const n = m[1] ? Number(m[1]) : 1;
    points += n * POINTS[code];
    counts.push(code, n);
  }
  return { points, counts };
}

const files = process.argv.slice(2);
const people = new Map();
const codes = new Map();
for (let month = 1; month <= files.length; month++) {
  const buf = readFileSync(files[month - 1]);
  const zip = entries(buf);
  const shared = sharedStrings(inflate(buf, zip.get('xl/sharedStrings.xml')));
  const xml = inflate(buf, zip.get('xl/worksheets/sheet1.xml'));
  const rows = [];
  for (let at = xml.indexOf('<v>'); at >= 0; at = xml.indexOf('<v>', at + 3)) {
    let i = xml.lastIndexOf('<c r="', at) + 6;
    let col = 0;
    for (; xml[i] >= 0x41; i++) col = col * 26 + xml[i] - 0x40;
    let row = 0;
    for (; xml[i] >= 0x30 && xml[i] <= 0x39; i++) row = row * 10 + xml[i] - 0x30;
    if (row < FIRST_ROW) continue;
    const isString = xml[at - 3] === 0x73 && xml[at - 2] === 0x22; // t="s">
    let v = 0;
    for (let k = at + 3; xml[k] !== 0x3c; k++) v = v * 10 + xml[k] - 0x30;
    rows[row] ??= { id: '', name: '', points: 0, counts: [] };
    const r = rows[row];
    if (col === ID_COL) r.id = isString ? shared[v] : String(v);
    else if (col === NAME_COL) r.name = shared[v];
    else if (col >= FIRST_DAY_COL && col <= LAST_DAY_COL && isString) {
      const text = shared[v];
      let code = codes.get(text);
      if (!code) {
        code = parseCode(text);
        codes.set(text, code);
      }
      r.points += code.points;
      r.counts.push(...code.counts);
    }
  }
  for (const r of rows) {
    if (!r?.id) continue;
    let p = people.get(r.id);
    if (!p) {
      p = { id: r.id, name: r.name, deducted: 0, total: 0, months: {}, counts: {} };
      people.set(r.id, p);
    }
    p.deducted += r.points;
    p.total += 100 - r.points;
    p.months[month] = { deducted: r.points, score: 100 - r.points };
    for (let k = 0; k < r.counts.length; k += 2) p.counts[r.counts[k]] = (p.counts[r.counts[k]] ?? 0) + r.counts[k + 1];
  }
}
const staff = [...people.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
const scope = { kind: 'year', provisional: false };
const months = files.map((_, i) => i + 1);
process.stdout.write(`${JSON.stringify({ year: 2023, months, asOf: null, scope, staff, written: null, problems: [] })}\n`);
