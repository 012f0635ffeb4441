import { Command, CommanderError, Option } from 'commander';
import { UserError } from '../core/problems.js';
import { render, type Lang } from '../i18n/messages.js';
import type { CommonOptions, Context } from './context.js';

/**
 * The command line: registers commands and nothing else. Each command's module is imported only
 * when it runs, so `scoring --help` never loads exceljs.
 */

function langFromArgv(argv: readonly string[]): Lang {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const value = i < 0 ? undefined : argv[i]!.includes('=') ? argv[i]!.split('=')[1] : argv[i + 1];
  return value === 'en' ? 'en' : 'vi';
}

async function reportError(err: unknown, lang: Lang): Promise<number> {
  if (err instanceof UserError) {
    const { formatProblem } = await import('./report.js');
    process.stderr.write(`${render(lang, err.key, err.params)}\n`);
    for (const d of err.details) {
      if (d.key !== err.key || d.params !== err.params) process.stderr.write(`${d.key === 'rulebook.field' ? render(lang, d.key, d.params) : formatProblem(d, lang)}\n`);
    }
    return err.exitCode;
  }
  const detail = err instanceof Error ? err.message.split('\n')[0]! : String(err);
  process.stderr.write(`${render(lang, 'internal.error', { detail })}\n`);
  if (process.env.SCORING_DEBUG) console.error(err);
  return 1;
}

/** Every command module exports one handler of this shape; `files` is empty for commands without arguments. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Handler = (ctx: Context, opts: any, files: string[]) => Promise<number>;

function runner(load: () => Promise<Handler>) {
  return async (...args: unknown[]) => {
    const files = Array.isArray(args[0]) ? (args[0] as string[]) : [];
    const opts = (Array.isArray(args[0]) ? args[1] : args[0]) as CommonOptions;
    const lang = langFromArgv(process.argv);
    try {
      // Loaded here, not at start-up: `scoring --help` stays free of zod, chalk and exceljs.
      const { languageOf, makeContext } = await import('./context.js');
      languageOf(opts.lang);
      const handler = await load();
      process.exitCode = await handler(await makeContext(opts), opts, files);
    } catch (err) {
      process.exitCode = await reportError(err, lang);
    }
  };
}

function common(cmd: Command, lang: Lang): Command {
  const en = lang === 'en';
  return cmd
    .option('--rules <file>', en ? 'rulebook JSON (default: built-in)' : 'file quy chế JSON (mặc định: quy chế có sẵn)')
    .option('--json', en ? 'machine-readable output on stdout' : 'kết quả dạng JSON trên stdout')
    .addOption(new Option('--lang <lang>', en ? 'language of messages' : 'ngôn ngữ thông báo').choices(['vi', 'en']).default('vi'))
    .option('--force', en ? 'overwrite an existing output' : 'ghi đè file kết quả đã có')
    .option('-q, --quiet', en ? 'no progress line' : 'không hiện dòng tiến độ');
}

export function buildProgram(lang: Lang): Command {
  const en = lang === 'en';
  const program = new Command('scoring').description(render(lang, 'cli.description')).version('0.1.0');
  program.exitOverride();
  program.configureOutput({ writeErr: (s) => process.stderr.write(s) });

  common(program.command('init-rules'), lang)
    .description(en ? 'write an editable rulebook JSON' : 'ghi file quy chế chấm điểm (JSON) để chỉnh sửa')
    .option('--preset <name>', 'ha-bac-2023 | nd335-2025', 'ha-bac-2023')
    .option('-o, --output <file>', en ? 'output file' : 'file kết quả', 'quy-che.json')
    .action(runner(async () => (await import('./commands/init-rules.js')).initRules));

  common(program.command('init-month'), lang)
    .description(en ? 'write the blank monthly grid' : 'tạo bảng chấm điểm tháng (trống)')
    .requiredOption('--month <YYYY-MM>', en ? 'month of the grid' : 'tháng của bảng')
    .requiredOption('--staff <roster>', en ? 'roster .csv/.xlsx or last month\'s grid' : 'danh sách .csv/.xlsx hoặc bảng tháng trước')
    .option('--unit <name>', en ? 'unit name' : 'tên đơn vị')
    .option('--parent <name>', en ? 'parent body line of the letterhead ("" for none)' : 'dòng cơ quan chủ quản ("" nếu không có)')
    .option('-o, --output <file>', en ? 'output file (default thang-MM-YYYY.xlsx)' : 'file kết quả (mặc định thang-MM-YYYY.xlsx)')
    .action(runner(async () => (await import('./commands/init-month.js')).initMonth));

  common(program.command('check'), lang)
    .description(en ? 'check filled grids and show month scores' : 'kiểm tra bảng đã chấm và xem điểm tháng')
    .argument('<files...>')
    .option('--annotate <out>', en ? 'write a copy with problem cells marked' : 'ghi bản sao có đánh dấu ô lỗi')
    .option('--month <YYYY-MM>', en ? 'month, when the title lacks it' : 'tháng, khi tiêu đề không ghi')
    .action(runner(async () => (await import('./commands/check.js')).check));

  common(program.command('tally'), lang)
    .description(en ? 'year totals report from monthly grids' : 'tổng hợp điểm cả năm từ các bảng tháng')
    .argument('<files...>')
    .option('-o, --output <file>', en ? 'output (default tong-hop-YYYY.xlsx)' : 'file kết quả (mặc định tong-hop-YYYY.xlsx)')
    .option('--from <date>', en ? 'period start (YYYY-MM-DD or DD/MM/YYYY)' : 'từ ngày')
    .option('--to <date>', en ? 'period end' : 'đến ngày')
    .option('--month <YYYY-MM>', en ? 'month, for a single hand-made grid' : 'tháng, cho một bảng tự lập')
    .option('--unit <name>', en ? 'unit name' : 'tên đơn vị')
    .option('--parent <name>', en ? 'parent body line of the letterhead ("" for none)' : 'dòng cơ quan chủ quản ("" nếu không có)')
    .action(runner(async () => (await import('./commands/tally.js')).tally));

  common(program.command('classify'), lang)
    .description(en ? 'year-end classification' : 'xếp loại cuối năm')
    .argument('<files...>')
    .option('--staff <roster>', en ? 'year-end roster (Nhóm, Kỷ luật)' : 'danh sách cuối năm (Nhóm, Kỷ luật)')
    .option('--enforce-quota', en ? 'move people past the HTXSNV quota to HTTNV' : 'chuyển người vượt tỷ lệ HTXSNV xuống HTTNV')
    .option('--allow-missing-months', en ? 'classify although months are missing' : 'xếp loại dù thiếu tháng')
    .option('-o, --output <file>', en ? 'output (default xep-loai-YYYY.xlsx)' : 'file kết quả (mặc định xep-loai-YYYY.xlsx)')
    .option('--unit <name>', en ? 'unit name' : 'tên đơn vị')
    .option('--parent <name>', en ? 'parent body line of the letterhead ("" for none)' : 'dòng cơ quan chủ quản ("" nếu không có)')
    .action(runner(async () => (await import('./commands/classify.js')).classify));

  common(program.command('demo'), lang)
    .description(en ? 'run the whole year on the bundled example' : 'chạy thử cả năm trên dữ liệu mẫu')
    .option('--out <dir>', en ? 'output folder' : 'thư mục kết quả', 'demo-output')
    .action(runner(async () => (await import('./commands/demo.js')).demo));

  return program;
}

async function main(argv: readonly string[]): Promise<void> {
  const lang = langFromArgv(argv);
  const program = buildProgram(lang);
  try {
    await program.parseAsync([...argv]);
  } catch (err) {
    if (err instanceof CommanderError) {
      // Help and version exit 0; every other commander error is wrong usage.
      process.exitCode = err.exitCode === 0 ? 0 : 2;
      return;
    }
    process.exitCode = await reportError(err, lang);
  }
}

await main(process.argv);
