import { Command, CommanderError, Option } from 'commander';
import { UserError } from '../core/problems.js';
import { PRESET_NAMES } from '../core/rulebook.js';
import { LANGS, type Lang, type MessageKey, render } from '../i18n/messages.js';
import type { CommandModule } from './command.js';
import type { CommonOptions } from './context.js';
import { OPTION_DEFAULTS } from './defaults.js';
import { EXIT, exitCodeOf, type Outcome } from './exit-codes.js';
import { speak } from './help-language.js';
import type { Terminal } from './terminal.js';

/**
 * The command line: registers the commands and runs one. Each command's module is imported only
 * when it runs, so `scoring --help` never loads exceljs or zod. `runCli` prints only to the
 * terminal it is given and returns the exit code: the binary passes the process's own, tests a
 * captured one.
 */

export function langFromArgv(argv: readonly string[]): Lang {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const value = i < 0 ? undefined : argv[i]!.includes('=') ? argv[i]!.split('=')[1] : argv[i + 1];
  return value === 'en' ? 'en' : 'vi';
}

/** A user's error as one line (and its details), never a stack trace; anything else as an internal error. */
async function reportError(err: unknown, lang: Lang, io: Terminal): Promise<void> {
  if (err instanceof UserError) {
    const { formatProblem } = await import('./terminal-output.js');
    io.stderr.write(`${render(lang, err.key, err.params)}\n`);
    for (const d of err.details) {
      if (d.key !== err.key || d.params !== err.params)
        io.stderr.write(`${d.key.startsWith('rulebook.issue.') ? render(lang, d.key, d.params) : formatProblem(d, lang)}\n`);
    }
    return;
  }
  const detail = err instanceof Error ? err.message.split('\n')[0]! : String(err);
  io.stderr.write(`${render(lang, 'internal.error', { detail })}\n`);
  if (io.env.SCORING_DEBUG) console.error(err);
}

type Say = (key: MessageKey) => string;
type AnyCommand = CommandModule<import('zod').ZodType<CommonOptions>>;

/** Help ends with examples a clerk can copy. */
function examples(cmd: Command, t: Say, key: MessageKey): Command {
  return cmd.addHelpText('after', `\n${t('help.examples')}\n${t(key)}`);
}

function letterheadOptions(cmd: Command, t: Say): Command {
  return cmd.option('--unit <name>', t('opt.unit')).option('--parent <name>', t('opt.parent'));
}

function common(cmd: Command, t: Say): Command {
  return cmd
    .option('--rules <file>', t('opt.rules'))
    .option('--json', t('opt.json'))
    .addOption(new Option('--lang <lang>', t('opt.lang')).choices(LANGS).default('vi'))
    .option('--force', t('opt.force'))
    .option('-q, --quiet', t('opt.quiet'));
}

export async function runCli(argv: readonly string[], io: Terminal): Promise<number> {
  const lang = langFromArgv(argv);
  const t: Say = (key) => render(lang, key);
  let outcome: Outcome = { kind: 'done' };

  /** Runs a command module on commander's parse: options checked by its schema, the plan performed. */
  const runner =
    (load: () => Promise<{ default: unknown }>) =>
    async (...args: unknown[]) => {
      const files = Array.isArray(args[0]) ? (args[0] as string[]) : [];
      const raw = (Array.isArray(args[0]) ? args[1] : args[0]) as Record<string, unknown>;
      try {
        // Loaded here, not at start-up: `scoring --help` stays free of zod, chalk and exceljs.
        const { languageOf, makeContext } = await import('./context.js');
        languageOf(raw.lang as string | undefined);
        const command = (await load()).default as AnyCommand;
        const parsed = command.options.safeParse(raw);
        if (!parsed.success)
          throw new UserError('usage.badOptions', { detail: parsed.error.issues.map((i) => i.path.join('.')).join(', ') }, 'usage');
        const { expandPatterns } = await import('./patterns.js');
        const { perform } = await import('./plan.js');
        const ctx = await makeContext(parsed.data, io);
        outcome = await perform(ctx, await command.plan(ctx, parsed.data, expandPatterns(files)));
      } catch (err) {
        await reportError(err, lang, io);
        outcome = { kind: 'error', error: err };
      }
    };

  const program = speak(new Command('scoring'), lang, io)
    .description(t('cli.description'))
    .version('0.1.0', '-V, --version', t('help.versionOption'));
  program.exitOverride();
  examples(program, t, 'example.program');

  examples(common(program.command('init-rules'), t), t, 'example.init-rules')
    .description(t('cmd.init-rules'))
    .option('--preset <name>', PRESET_NAMES.join(' | '), OPTION_DEFAULTS.preset)
    .option('-o, --output <file>', t('opt.output'), OPTION_DEFAULTS.rulesFile)
    .option('--holidays <year>', t('opt.holidays'))
    .action(runner(() => import('./commands/init-rules.js')));

  letterheadOptions(examples(common(program.command('init-month'), t), t, 'example.init-month'), t)
    .description(t('cmd.init-month'))
    .requiredOption('--month <YYYY-MM>', t('opt.month'))
    .requiredOption('--staff <roster>', t('opt.staff'))
    .option('-o, --output <file>', t('opt.outputGrid'))
    .action(runner(() => import('./commands/init-month.js')));

  examples(common(program.command('check'), t), t, 'example.check')
    .description(t('cmd.check'))
    .argument('<files...>', t('arg.grids'))
    .option('--annotate <out>', t('opt.annotate'))
    .option('--month <YYYY-MM>', t('opt.monthHandMade'))
    .action(runner(() => import('./commands/check.js')));

  letterheadOptions(examples(common(program.command('tally'), t), t, 'example.tally'), t)
    .description(t('cmd.tally'))
    .argument('<files...>', t('arg.grids'))
    .option('-o, --output <file>', t('opt.outputReport'))
    .option('--from <date>', t('opt.from'))
    .option('--to <date>', t('opt.to'))
    .option('--month <YYYY-MM>', t('opt.monthHandMade'))
    .option('--date <dd/mm/yyyy>', t('opt.date'))
    .option('--export <file>', t('opt.export'))
    .action(runner(() => import('./commands/tally.js')));

  letterheadOptions(examples(common(program.command('classify'), t), t, 'example.classify'), t)
    .description(t('cmd.classify'))
    .argument('<files...>', t('arg.gridsOrReport'))
    .option('--staff <roster>', t('opt.yearEndStaff'))
    .option('--enforce-quota', t('opt.enforceQuota'))
    .option('--quota-share <share>', t('opt.quotaShare'))
    .option('--quota-basis <text>', t('opt.quotaBasis'))
    .option('--transfer <file>', t('opt.transfer'), (file: string, files: string[] = []) => [...files, file])
    .option('--filled <file>', t('opt.filledForms'), (file: string, files: string[] = []) => [...files, file])
    .option('--allow-missing-months', t('opt.allowMissingMonths'))
    .option('--allow-missing-evaluations', t('opt.allowMissingEvaluations'))
    .option('-o, --output <file>', t('opt.outputClassification'))
    .option('--date <dd/mm/yyyy>', t('opt.date'))
    .action(runner(() => import('./commands/classify.js')));

  letterheadOptions(examples(common(program.command('forms'), t), t, 'example.forms'), t)
    .description(t('cmd.forms'))
    .argument('<files...>', t('arg.grids'))
    .option('--period <period>', t('opt.formPeriod'))
    .option('-o, --output <file>', t('opt.outputForms'))
    .option('--date <dd/mm/yyyy>', t('opt.formDate'))
    .option('--filled <file>', t('opt.filledForms'), (file: string, files: string[] = []) => [...files, file])
    .action(runner(() => import('./commands/forms.js')));

  examples(common(program.command('page'), t), t, 'example.page')
    .description(t('cmd.page'))
    .option('-o, --output <file>', t('opt.outputPage'), 'scoring.html')
    .action(runner(() => import('./commands/page.js')));

  examples(common(program.command('demo'), t), t, 'example.demo')
    .description(t('cmd.demo'))
    .option('--out <dir>', t('opt.out'), OPTION_DEFAULTS.demoOut)
    .option('--year <year>', t('opt.demoYear'), OPTION_DEFAULTS.demoYear)
    .action(runner(() => import('./commands/demo.js')));

  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (err) {
    // Help and version exit 0; every other commander error is wrong usage (already printed by commander).
    if (err instanceof CommanderError) return err.exitCode === 0 ? EXIT.done : EXIT.usage;
    await reportError(err, lang, io);
    return exitCodeOf({ kind: 'error', error: err });
  }
  return exitCodeOf(outcome);
}
