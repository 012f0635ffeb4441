// Makes the benchmark's input, deterministically: a roster of N staff and twelve monthly grids of
// 2023 written by the real template (src/xlsx/write/grid-writer.ts, what `scoring init-month` writes),
// with about 3% of the day cells of each month holding codes, every code of the rulebook used.
// Files are cached in bench/data/ and rebuilt only when the size or this generator changes.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import '../dist/io/node-runtime.js';
import { monthDays } from '../dist/core/calendar.js';
import { defaultRulebook } from '../dist/core/rulebook.js';
import { writeGridFile } from '../dist/xlsx/write/grid-writer.js';

const GENERATOR_VERSION = 2;
const YEAR = 2023;
export const CODE_SHARE = 0.03;

const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Phan', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý'];
const MIDDLES = ['Văn', 'Thị', 'Hữu', 'Đức', 'Minh', 'Thu', 'Ngọc', 'Quang', 'Thanh', 'Xuân'];
const GIVEN = [
  'An',
  'Bình',
  'Cường',
  'Dũng',
  'Giang',
  'Hà',
  'Hạnh',
  'Hưng',
  'Khải',
  'Lan',
  'Lý',
  'Mai',
  'Nam',
  'Phúc',
  'Quý',
  'Sơn',
  'Tâm',
  'Thảo',
  'Thủy',
  'Tiên',
  'Trang',
  'Việt',
  'Yến',
];
const POSITIONS = [
  'Chủ tịch',
  'Phó Chủ tịch',
  'Công chức',
  'Văn phòng - Thống kê',
  'Địa chính - Xây dựng',
  'Tư pháp - Hộ tịch',
  'Tài chính - Kế toán',
];
/** Every deduction and neutral code, with counts, combinations and a lowercase spelling; weighted like a real year. */
const TEXTS = ['M', 'M', 'M', 'B', 'B', 'H', 'H', 'V', 'VS', 'VC', '2M', '2B', '3H', 'M, H', 'VS, VC', 'm', 'P', 'P', 'Ô', 'TS', 'CT', 'L'];

/** mulberry32: a tiny seeded generator, so every run makes byte-for-byte the same plan. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function makeRoster(size) {
  const next = random(2023);
  return Array.from({ length: size }, (_, i) => ({
    id: `CB${String(i + 1).padStart(5, '0')}`,
    name: `${SURNAMES[Math.floor(next() * SURNAMES.length)]} ${MIDDLES[Math.floor(next() * MIDDLES.length)]} ${GIVEN[Math.floor(next() * GIVEN.length)]}`,
    position: POSITIONS[Math.floor(next() * POSITIONS.length)],
  }));
}

export function gridPath(dir, month) {
  return join(dir, `thang-${String(month).padStart(2, '0')}-${YEAR}.xlsx`);
}

/** Generates (or reuses) the roster and the twelve grids for `size` staff; returns their paths. */
export async function generate(size, root = join(dirname(fileURLToPath(import.meta.url)), 'data')) {
  const dir = join(root, String(size));
  const stamp = join(dir, 'generated.json');
  const files = Array.from({ length: 12 }, (_, i) => gridPath(dir, i + 1));
  const roster = join(dir, 'roster.csv');
  const want = JSON.stringify({ version: GENERATOR_VERSION, size, share: CODE_SHARE });
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === want && files.every(existsSync))
    return { dir, files, roster, cells: Number(readFileSync(join(dir, 'cells.txt'), 'utf8')) };
  mkdirSync(dir, { recursive: true });
  const rules = defaultRulebook();
  const staff = makeRoster(size);
  writeFileSync(roster, ['Mã,Họ và tên,Chức vụ', ...staff.map((p) => `${p.id},${p.name},${p.position}`), ''].join('\n'));
  let cells = 0;
  for (let month = 1; month <= 12; month++) {
    const next = random(month * 7919);
    // Codes go on working days only, as a clerk writes them; the odds are scaled so that about 3%
    // of all 31 day cells of a row hold one.
    const workdays = new Set(
      monthDays(YEAR, month, rules)
        .filter((d) => d.kind === 'workday')
        .map((d) => d.day),
    );
    const odds = (CODE_SHARE * 31) / workdays.size;
    const dayText = (_staffIndex, day) => {
      if (!workdays.has(day) || next() >= odds) return undefined;
      cells++;
      return TEXTS[Math.floor(next() * TEXTS.length)];
    };
    await writeGridFile({ ym: { year: YEAR, month }, unit: rules.unit.name, rules, staff, dayText }, files[month - 1]);
  }
  writeFileSync(stamp, want);
  writeFileSync(join(dir, 'cells.txt'), String(cells));
  return { dir, files, roster, cells };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const size = Number(process.argv[2] ?? 10000);
  const started = Date.now();
  const out = await generate(size);
  console.log(`${out.files.length} grids of ${size} staff in ${out.dir} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}
