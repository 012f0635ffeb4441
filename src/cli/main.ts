import { Command, CommanderError, Option } from 'commander';
import { UserError } from '../core/problems.js';
import { render, type Lang, type MessageKey } from '../i18n/messages.js';
import type { CommonOptions, Context } from './context.js';
import { speak } from './help-language.js';

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
      const { expandPatterns } = await import('./patterns.js');
      process.exitCode = await handler(await makeContext(opts), opts, expandPatterns(files));
    } catch (err) {
      process.exitCode = await reportError(err, lang);
    }
  };
}

function common(cmd: Command, t: Say): Command {
  return cmd
    .option('--rules <file>', t('opt.rules'))
    .option('--json', t('opt.json'))
    .addOption(new Option('--lang <lang>', t('opt.lang')).choices(['vi', 'en']).default('vi'))
    .option('--force', t('opt.force'))
    .option('-q, --quiet', t('opt.quiet'));
}

type Say = (key: MessageKey) => string;

/** Help ends with examples a clerk can copy. */
function examples(cmd: Command, t: Say, key: MessageKey): Command {
  return cmd.addHelpText('after', `\n${t('help.examples')}\n${t(key)}`);
}

function letterheadOptions(cmd: Command, t: Say): Command {
  return cmd.option('--unit <name>', t('opt.unit')).option('--parent <name>', t('opt.parent'));
}

export function buildProgram(lang: Lang): Command {
  const t: Say = (key) => render(lang, key);
  const program = speak(new Command('scoring'), lang).description(t('cli.description')).version('0.1.0', '-V, --version', t('help.versionOption'));
  program.exitOverride();
  examples(program, t, 'example.program');

  examples(common(program.command('init-rules'), t), t, 'example.init-rules')
    .description(t('cmd.init-rules'))
    .option('--preset <name>', 'ha-bac-2023 | nd335-2025', 'ha-bac-2023')
    .option('-o, --output <file>', t('opt.output'), 'quy-che.json')
    .option('--holidays <year>', t('opt.holidays'))
    .action(runner(async () => (await import('./commands/init-rules.js')).initRules));

  letterheadOptions(examples(common(program.command('init-month'), t), t, 'example.init-month'), t)
    .description(t('cmd.init-month'))
    .requiredOption('--month <YYYY-MM>', t('opt.month'))
    .requiredOption('--staff <roster>', t('opt.staff'))
    .option('-o, --output <file>', t('opt.outputGrid'))
    .action(runner(async () => (await import('./commands/init-month.js')).initMonth));

  examples(common(program.command('check'), t), t, 'example.check')
    .description(t('cmd.check'))
    .argument('<files...>', t('arg.grids'))
    .option('--annotate <out>', t('opt.annotate'))
    .option('--month <YYYY-MM>', t('opt.monthHandMade'))
    .action(runner(async () => (await import('./commands/check.js')).check));

  letterheadOptions(examples(common(program.command('tally'), t), t, 'example.tally'), t)
    .description(t('cmd.tally'))
    .argument('<files...>', t('arg.grids'))
    .option('-o, --output <file>', t('opt.outputReport'))
    .option('--from <date>', t('opt.from'))
    .option('--to <date>', t('opt.to'))
    .option('--month <YYYY-MM>', t('opt.monthHandMade'))
    .option('--date <dd/mm/yyyy>', t('opt.date'))
    .option('--export <file>', t('opt.export'))
    .action(runner(async () => (await import('./commands/tally.js')).tally));

  letterheadOptions(examples(common(program.command('classify'), t), t, 'example.classify'), t)
    .description(t('cmd.classify'))
    .argument('<files...>', t('arg.gridsOrReport'))
    .option('--staff <roster>', t('opt.yearEndStaff'))
    .option('--enforce-quota', t('opt.enforceQuota'))
    .option('--allow-missing-months', t('opt.allowMissingMonths'))
    .option('--allow-missing-evaluations', t('opt.allowMissingEvaluations'))
    .option('-o, --output <file>', t('opt.outputClassification'))
    .option('--date <dd/mm/yyyy>', t('opt.date'))
    .action(runner(async () => (await import('./commands/classify.js')).classify));

  letterheadOptions(examples(common(program.command('forms'), t), t, 'example.forms'), t)
    .description(t('cmd.forms'))
    .argument('<files...>', t('arg.grids'))
    .option('--period <period>', t('opt.formPeriod'))
    .option('-o, --output <file>', t('opt.outputForms'))
    .option('--date <dd/mm/yyyy>', t('opt.formDate'))
    .action(runner(async () => (await import('./commands/forms.js')).forms));

  examples(common(program.command('demo'), t), t, 'example.demo')
    .description(t('cmd.demo'))
    .option('--out <dir>', t('opt.out'), 'demo-output')
    .option('--year <year>', t('opt.demoYear'), '2023')
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

// A reader that stops early (`scoring --help | head`) closes the pipe: that is no error of ours.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

// Ctrl-C and SIGTERM: remove the workbook being written and say so; exit 128 + the signal's number.
for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
  process.once(signal, () => {
    void import('../io/atomic-write.js').then(({ removeTemporaryFiles }) => {
      removeTemporaryFiles();
      process.stderr.write(`\n${render(langFromArgv(process.argv), 'cli.interrupted')}\n`);
      process.exit(code);
    });
  });
}

await main(process.argv);
