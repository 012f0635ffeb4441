import { Command, CommanderError, Option } from 'commander';
import { UserError } from '../core/problems.js';
import { PRESET_NAMES } from '../core/rulebook.js';
import { type Lang, type MessageKey, render } from '../i18n/messages.js';
import type { CommonOptions, Context } from './context.js';
import { COMMANDS, type CommandDecl, type CommandName, type OptionDecl } from './declarations.js';
import { EXIT, exitCodeOf, type Outcome } from './exit-codes.js';
import { speak } from './help-language.js';
import type { CommandPlan } from './plan.js';
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
type AnyCommand = { plan(ctx: Context, opts: Record<string, unknown>, files: string[]): Promise<CommandPlan> };

/** Help ends with examples a clerk can copy. */
function examples(cmd: Command, t: Say, key: MessageKey): Command {
  return cmd.addHelpText('after', `\n${t('help.examples')}\n${t(key)}`);
}

/** Each command's module, loaded only when it runs (`scoring --help` loads none). */
const MODULES: Record<CommandName, () => Promise<{ default: unknown }>> = {
  'init-rules': () => import('./commands/init-rules.js'),
  'init-month': () => import('./commands/init-month.js'),
  check: () => import('./commands/check.js'),
  tally: () => import('./commands/tally.js'),
  classify: () => import('./commands/classify.js'),
  forms: () => import('./commands/forms.js'),
  page: () => import('./commands/page.js'),
  demo: () => import('./commands/demo.js'),
};

/** A command's options on commander, as declared: repeatable ones collect, choices are checked, defaults shown. */
function declare(cmd: Command, options: readonly OptionDecl[], t: Say): Command {
  for (const o of options) {
    const help = o.message === 'opt.preset' ? `${t(o.message)}: ${PRESET_NAMES.join(' | ')}` : t(o.message);
    const option = new Option(o.flag, help);
    if (o.kind === 'list') option.argParser((value: string, previous: string[] = []) => [...previous, value]);
    if (o.choices) option.choices([...o.choices]);
    if (o.default !== undefined) option.default(o.default);
    if (o.required) option.makeOptionMandatory(true);
    cmd.addOption(option);
  }
  return cmd;
}

export async function runCli(argv: readonly string[], io: Terminal): Promise<number> {
  const lang = langFromArgv(argv);
  const t: Say = (key) => render(lang, key);
  let outcome: Outcome = { kind: 'done' };

  /** Runs a command module on commander's parse: options checked by its schema, the plan performed. */
  const runner =
    (name: CommandName) =>
    async (...args: unknown[]) => {
      const files = Array.isArray(args[0]) ? (args[0] as string[]) : [];
      const raw = (Array.isArray(args[0]) ? args[1] : args[0]) as Record<string, unknown>;
      try {
        // Loaded here, not at start-up: `scoring --help` stays free of zod, chalk and exceljs.
        const { languageOf, makeContext } = await import('./context.js');
        languageOf(raw.lang as string | undefined);
        const command = (await MODULES[name]()).default as AnyCommand;
        const { optionsSchema } = await import('./command.js');
        const parsed = optionsSchema(name).safeParse(raw);
        if (!parsed.success)
          throw new UserError('usage.badOptions', { detail: parsed.error.issues.map((i) => i.path.join('.')).join(', ') }, 'usage');
        const { expandPatterns } = await import('./patterns.js');
        const { perform } = await import('./plan.js');
        const ctx = await makeContext(parsed.data as CommonOptions, io);
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

  for (const name of Object.keys(COMMANDS) as CommandName[]) {
    const decl: CommandDecl = COMMANDS[name];
    const cmd = examples(program.command(name), t, decl.example).description(t(decl.description));
    if (decl.files) cmd.argument('<files...>', t(decl.files));
    declare(cmd, decl.options, t).action(runner(name));
  }

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
