import { Command, CommanderError, Option } from 'commander';
import { PRESET_NAMES } from '../core/rulebook.js';
import { type Lang, type MessageKey, render } from '../i18n/messages.js';
import { COMMANDS, type CommandDecl, type CommandName, type OptionDecl } from './declarations.js';
import { EXIT, exitCodeOf, type Outcome } from './exit-codes.js';
import { speak } from './help-language.js';
import type { AnyCommand } from './runner.js';
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

type Say = (key: MessageKey) => string;

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
  close: () => import('./commands/close.js'),
  reopen: () => import('./commands/reopen.js'),
  diff: () => import('./commands/diff.js'),
  verify: () => import('./commands/verify.js'),
  'init-review': () => import('./commands/init-review.js'),
  review: () => import('./commands/review.js'),
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

  /** Runs a command module on commander's parse (cli/runner.ts, as the page does). */
  const runner =
    (name: CommandName) =>
    async (...args: unknown[]) => {
      const files = Array.isArray(args[0]) ? (args[0] as string[]) : [];
      const raw = (Array.isArray(args[0]) ? args[1] : args[0]) as Record<string, unknown>;
      const { runCommand } = await import('./runner.js');
      const load = async () => (await MODULES[name]()).default as AnyCommand;
      outcome = (await runCommand(name, load, raw, files, io, lang)).outcome;
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
    const { reportError } = await import('./runner.js');
    reportError(err, lang, io);
    return exitCodeOf({ kind: 'error', error: err });
  }
  return exitCodeOf(outcome);
}
