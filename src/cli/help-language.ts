import { type Command, Help, type Option } from 'commander';
import { type Lang, type MessageKey, render } from '../i18n/messages.js';
import type { Terminal } from './terminal.js';

/**
 * Commander's own words in the chosen language: section titles, the help and version options,
 * the extra notes on options, and its error messages (missing argument, unknown option with its
 * "did you mean", bad choice …), which it only writes in English.
 */

const TITLES: Readonly<Record<string, MessageKey>> = {
  'Usage:': 'help.usage',
  'Options:': 'help.options',
  'Commands:': 'help.commands',
  'Arguments:': 'help.arguments',
  'Global Options:': 'help.globalOptions',
};

/** Commander's error lines, matched whole, and the message each becomes. */
const ERRORS: readonly [RegExp, MessageKey][] = [
  [/^error: missing required argument '(?<name>[^']+)'/u, 'usage.missingArgument'],
  [/^error: option '(?<flags>[^']+)' argument missing/u, 'usage.optionArgumentMissing'],
  [/^error: required option '(?<flags>[^']+)' not specified/u, 'usage.requiredOption'],
  [/^error: option '(?<flags>[^']+)' argument '(?<value>[^']*)' is invalid\. Allowed choices are (?<choices>[^\n]+)\./u, 'usage.badChoice'],
  [/^error: unknown option '(?<flag>[^']+)'/u, 'usage.unknownOption'],
  [/^error: unknown command '(?<name>[^']+)'/u, 'usage.unknownCommand'],
  [/^error: too many arguments/u, 'usage.tooManyArguments'],
];

const DID_YOU_MEAN = /\(Did you mean (?:one of )?(?<suggestion>[^?]+)\?\)/u;

function translateCommanderError(text: string, lang: Lang): string {
  const suggestion = DID_YOU_MEAN.exec(text)?.groups?.suggestion;
  const tail = suggestion ? ` ${render(lang, 'usage.didYouMean', { suggestion })}` : '';
  for (const [pattern, key] of ERRORS) {
    const m = pattern.exec(text);
    if (m) return `${render(lang, 'severity.error')}: ${render(lang, key, { ...m.groups })}${tail}\n`;
  }
  return `${render(lang, 'severity.error')}: ${render(lang, 'usage.generic', { detail: text.replace(/^error: /u, '').trim() })}\n`;
}

/** The `[options]` and `[command]` of usage lines, in words. */
function placeholders(text: string, t: (key: MessageKey) => string): string {
  return text.replace('[options]', `[${t('help.optionsWord')}]`).replace('[command]', `[${t('help.commandWord')}]`);
}

/** Sets the language of `program` and every command added to it afterwards (commander copies these). */
export function speak(program: Command, lang: Lang, io: Terminal): Command {
  const t = (key: MessageKey, params?: Record<string, string>) => render(lang, key, params);
  const base = new Help();
  return program
    .helpOption('-h, --help', t('help.helpOption'))
    .helpCommand('help [command]', t('help.helpCommand'))
    .configureHelp({
      styleTitle: (title: string) => (TITLES[title] ? t(TITLES[title]) : title),
      styleUsage: (usage: string) => placeholders(usage, t),
      styleSubcommandTerm: (term: string) => placeholders(term, t),
      optionDescription: (option: Option) => {
        const extra: string[] = [];
        if (option.argChoices) extra.push(t('help.choices', { choices: option.argChoices.join(', ') }));
        if (option.defaultValue !== undefined && (option.required || option.optional))
          extra.push(t('help.default', { value: String(option.defaultValue) }));
        return extra.length === 0 ? base.optionDescription(option) : `${option.description} (${extra.join('; ')})`;
      },
    })
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: (s, write) => write(translateCommanderError(s, lang)),
    });
}
