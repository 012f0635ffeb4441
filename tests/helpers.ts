import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { afterAll } from 'vitest';
import { runCli } from '../src/cli/program.js';
import { capturedTerminal } from '../src/cli/terminal.js';
import { parseGrid, type RawGrid } from '../src/core/grid.js';
import { defaultRulebook, type Rulebook } from '../src/core/rulebook.js';
import type { StaffMember } from '../src/core/staff.js';
import { tallyYear } from '../src/core/year.js';
import { buildGridWorkbook, GRID_COLUMNS, GRID_HEADER_ROW } from '../src/xlsx/write/grid-writer.js';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const BIN = join(ROOT, 'bin', 'scoring');

const madeDirs: string[] = [];

// Each test file imports this module afresh: its temporary folders go when the file's tests end.
afterAll(() => {
  for (const d of madeDirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'scoring-test-'));
  madeDirs.push(dir);
  return dir;
}

export const STAFF: StaffMember[] = [
  { id: 'A1', name: 'Nguyễn Văn An', position: 'Chủ tịch' },
  { id: 'A2', name: 'Trần Thị Bình', position: 'Công chức' },
  { id: 'A3', name: 'Lê Văn Cường', position: 'Công chức' },
];

/** Address of a day cell in a grid written by init-month (column E is day 1, staff from row 9). */
export function dayCell(staffIndex: number, day: number): string {
  const col = GRID_COLUMNS.firstDay + day - 1;
  let letters = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return `${letters}${GRID_HEADER_ROW + 1 + staffIndex}`;
}

/** Writes a real grid with the given day cells filled, and returns its path. */
export async function writeGrid(
  dir: string,
  name: string,
  opts: {
    year?: number;
    month?: number;
    staff?: StaffMember[];
    rules?: Rulebook;
    cells?: Record<string, ExcelJS.CellValue>;
    edit?: (wb: ExcelJS.Workbook) => void;
  } = {},
): Promise<string> {
  const wb = await buildGridWorkbook({
    ym: { year: opts.year ?? 2023, month: opts.month ?? 3 },
    unit: 'UBND xã Thử',
    rules: opts.rules ?? defaultRulebook(),
    staff: opts.staff ?? STAFF,
  });
  const ws = wb.worksheets[0]!;
  for (const [address, value] of Object.entries(opts.cells ?? {})) ws.getCell(address).value = value;
  opts.edit?.(wb);
  const path = join(dir, name);
  await wb.xlsx.writeFile(path);
  return path;
}

export async function readBack(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs the command line in this process on a captured terminal: what `scoring ARGS` prints and its
 * exit code, without starting Node again (most CLI behaviour is tested this way; `runBinary` keeps
 * the few end-to-end runs of bin/scoring). The working folder is changed for the run, as the
 * binary would start in it; tests in one file run one after another, so that is safe.
 */
export async function run(args: string[], opts: { cwd?: string; env?: Record<string, string> } = {}): Promise<RunResult> {
  const before = process.cwd();
  const cwd = opts.cwd ?? ROOT;
  const io = capturedTerminal(cwd, { ...process.env, NO_COLOR: '1', ...opts.env });
  process.chdir(cwd);
  try {
    const code = await runCli(args, io);
    return { code, stdout: io.out(), stderr: io.err() };
  } finally {
    process.chdir(before);
  }
}

/** Runs bin/scoring in a child process: for what only the real binary shows (start-up, signals, pipes). */
export function runBinary(args: string[], opts: { cwd?: string; env?: Record<string, string> } = {}): Promise<RunResult> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { cwd: opts.cwd ?? ROOT, env: { ...process.env, NO_COLOR: '1', ...opts.env }, maxBuffer: 64 * 1024 * 1024 },
      (err, stdout, stderr) => {
        const code = err ? ((err as { code?: number }).code ?? 1) : 0;
        resolve({ code: typeof code === 'number' ? code : 1, stdout, stderr });
      },
    );
  });
}

/** Twelve unmarked months for these people: each keeps 1,200 (HTXSNV on the 2023 plan). */
export function cleanYear(people: { id?: string; name: string }[]) {
  const rules = defaultRulebook();
  const grids = Array.from(
    { length: 12 },
    (_, i): RawGrid => ({
      file: `thang-${i + 1}.xlsx`,
      sheet: 'S',
      titleLines: [`THÁNG ${i + 1} NĂM 2023`],
      rows: people.map((p, k) => ({ row: 9 + k, id: p.id, name: p.name, nameCell: `C${9 + k}` as never, days: [] })),
      problems: [],
    }),
  );
  return tallyYear(
    grids.map((g) => parseGrid(g, rules)),
    rules,
  );
}

/** The 2026 example (fixtures/2026) in a folder of its own, its rulebook as the folder's quy-che.json. */
export function year2026Folder(): string {
  const fixtures = join(ROOT, 'fixtures', '2026');
  const dir = tempDir();
  for (const f of readdirSync(fixtures).filter((f) => f.endsWith('.xlsx'))) copyFileSync(join(fixtures, f), join(dir, f));
  copyFileSync(join(fixtures, 'quy-che-nd335.json'), join(dir, 'quy-che.json'));
  return dir;
}
