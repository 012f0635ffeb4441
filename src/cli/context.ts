import { Chalk, type ChalkInstance } from 'chalk';
import { UserError } from '../core/problems.js';
import type { Rulebook } from '../core/rulebook.js';
import { isLang, type Lang, type MessageKey, render } from '../i18n/messages.js';
import { initialRulebook, type RulebookOrigin } from './rulebook-source.js';
import type { OutputStream, Terminal } from './terminal.js';
import { terminalWidth } from './terminal-table.js';

/** What every command gets: language, output mode, the rulebook, and colour decided once. */

export interface CommonOptions {
  rules?: string;
  json?: boolean;
  lang?: string;
  force?: boolean;
  quiet?: boolean;
}

export interface Context {
  readonly lang: Lang;
  readonly json: boolean;
  readonly force: boolean;
  readonly quiet: boolean;
  readonly rules: Rulebook;
  /** Where `rules` came from before any grid was read (grids may then bring their own). */
  readonly origin: RulebookOrigin;
  readonly t: (key: MessageKey, params?: Readonly<Record<string, string | number>>) => string;
  readonly out: ChalkInstance;
  readonly err: ChalkInstance;
  /** Columns of the terminal on stdout; undefined when piped (tables keep whole rows). */
  readonly width: number | undefined;
  /** Where the run prints, and the folder it runs in. */
  readonly io: Terminal;
}

function colourLevel(stream: OutputStream, env: Terminal['env']): 0 | 1 {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0;
  return stream.isTTY ? 1 : 0;
}

export function languageOf(value: string | undefined): Lang {
  const lang = value ?? 'vi';
  if (!isLang(lang)) throw new UserError('usage.badLang', { value: lang }, 'usage');
  return lang;
}

export async function makeContext(opts: CommonOptions, io: Terminal): Promise<Context> {
  const lang = languageOf(opts.lang);
  return {
    lang,
    json: opts.json ?? false,
    force: opts.force ?? false,
    quiet: opts.quiet ?? false,
    ...(await initialRulebook(opts.rules, io.cwd)),
    t: (key, params) => render(lang, key, params),
    out: new Chalk({ level: colourLevel(io.stdout, io.env) }),
    err: new Chalk({ level: colourLevel(io.stderr, io.env) }),
    width: terminalWidth(io.stdout, io.env),
    io,
  };
}
