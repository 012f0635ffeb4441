import { LANGS, type MessageKey } from '../i18n/messages.js';
import { OPTION_DEFAULTS } from './defaults.js';

/**
 * Every command declared once (issue 28): its name, its arguments and its option table — flag,
 * message, kind, default, and how the offline page shows it. Commander's options and help
 * (program.ts), the zod schema the options are checked with (command.ts) and the page's controls
 * (page/app.ts) are all derived from here. A new option is one line; a new command one entry here
 * and one module in commands/. Free of zod and commander, so `scoring --help` stays light.
 */

/** `text`: a value; `flag`: present or not; `list`: repeatable, each use adds one value. */
export type OptionKind = 'text' | 'flag' | 'list';

/** How the page asks for an option; none: the option is the command line's alone (--json, --force…). */
export type PageControl = 'date' | 'text' | 'switch' | 'file' | 'files' | 'choice' | 'month';

export interface OptionDecl {
  /** Commander's spelling: `-o, --output <file>`, `--enforce-quota`. */
  readonly flag: string;
  readonly message: MessageKey;
  readonly kind: OptionKind;
  readonly default?: string;
  readonly required?: boolean;
  readonly choices?: readonly string[];
  readonly page?: PageControl;
  /** The page's label, where the command line's help text would not read well beside a control. */
  readonly pageLabel?: MessageKey;
  /** The kinds of file a file control offers (default: grids, rosters and tables). */
  readonly accept?: string;
}

export interface CommandDecl {
  readonly description: MessageKey;
  readonly example: MessageKey;
  /** `<files...>` and its help, for commands that read files. */
  readonly files?: MessageKey;
  readonly options: readonly OptionDecl[];
}

const common = [
  { flag: '--rules <file>', message: 'opt.rules', kind: 'text' },
  { flag: '--json', message: 'opt.json', kind: 'flag' },
  { flag: '--lang <lang>', message: 'opt.lang', kind: 'text', choices: LANGS },
  { flag: '--force', message: 'opt.force', kind: 'flag' },
  { flag: '-q, --quiet', message: 'opt.quiet', kind: 'flag' },
] as const satisfies readonly OptionDecl[];

/** The unit's ledger of closed months: every command that reads grids compares them with it. */
const ledger = {
  flag: '--ledger <file>',
  message: 'opt.ledger',
  kind: 'text',
  page: 'file',
  pageLabel: 'page.ledger',
  accept: '.json,application/json',
} as const satisfies OptionDecl;

/** The month of a hand-made grid whose title does not say it. */
const handMadeMonth = {
  flag: '--month <YYYY-MM>',
  message: 'opt.monthHandMade',
  kind: 'text',
  page: 'month',
  pageLabel: 'page.handMadeMonth',
} as const satisfies OptionDecl;

/** The document's date: before the period ends, its figures are provisional. */
const documentDate = {
  flag: '--date <dd/mm/yyyy>',
  message: 'opt.date',
  kind: 'text',
  page: 'date',
  pageLabel: 'page.date',
} as const satisfies OptionDecl;

const letterhead = [
  { flag: '--unit <name>', message: 'opt.unit', kind: 'text', page: 'text', pageLabel: 'page.unit' },
  { flag: '--parent <name>', message: 'opt.parent', kind: 'text', page: 'text', pageLabel: 'page.parent' },
] as const satisfies readonly OptionDecl[];

export const COMMANDS = {
  'init-rules': {
    description: 'cmd.init-rules',
    example: 'example.init-rules',
    options: [
      ...common,
      { flag: '--preset <name>', message: 'opt.preset', kind: 'text', default: OPTION_DEFAULTS.preset },
      { flag: '-o, --output <file>', message: 'opt.output', kind: 'text', default: OPTION_DEFAULTS.rulesFile },
      { flag: '--holidays <year>', message: 'opt.holidays', kind: 'text' },
      { flag: '--with-review', message: 'opt.withReview', kind: 'flag' },
    ],
  },
  'init-month': {
    description: 'cmd.init-month',
    example: 'example.init-month',
    options: [
      ...common,
      ...letterhead,
      { flag: '--month <YYYY-MM>', message: 'opt.month', kind: 'text', required: true, page: 'month' },
      { flag: '--staff <roster>', message: 'opt.staff', kind: 'text', required: true, page: 'file' },
      { flag: '-o, --output <file>', message: 'opt.outputGrid', kind: 'text' },
    ],
  },
  check: {
    description: 'cmd.check',
    example: 'example.check',
    files: 'arg.grids',
    options: [...common, ledger, { flag: '--annotate <out>', message: 'opt.annotate', kind: 'text' }, handMadeMonth],
  },
  tally: {
    description: 'cmd.tally',
    example: 'example.tally',
    files: 'arg.grids',
    options: [
      ...common,
      ledger,
      ...letterhead,
      { flag: '-o, --output <file>', message: 'opt.outputReport', kind: 'text' },
      { flag: '--from <date>', message: 'opt.from', kind: 'text', page: 'date', pageLabel: 'page.from' },
      { flag: '--to <date>', message: 'opt.to', kind: 'text', page: 'date', pageLabel: 'page.to' },
      handMadeMonth,
      documentDate,
      { flag: '--export <file>', message: 'opt.export', kind: 'text', page: 'text', pageLabel: 'page.export' },
    ],
  },
  classify: {
    description: 'cmd.classify',
    example: 'example.classify',
    files: 'arg.gridsOrReport',
    options: [
      ...common,
      ledger,
      ...letterhead,
      { flag: '--staff <roster>', message: 'opt.yearEndStaff', kind: 'text', page: 'file', pageLabel: 'page.yearEndRoster' },
      { flag: '--enforce-quota', message: 'opt.enforceQuota', kind: 'flag', page: 'switch', pageLabel: 'page.enforceQuota' },
      { flag: '--quota-share <share>', message: 'opt.quotaShare', kind: 'text', page: 'text', pageLabel: 'page.quotaShare' },
      { flag: '--quota-basis <text>', message: 'opt.quotaBasis', kind: 'text', page: 'text', pageLabel: 'page.quotaBasis' },
      { flag: '--transfer <file>', message: 'opt.transfer', kind: 'list', page: 'files', pageLabel: 'page.transfer' },
      { flag: '--filled <file>', message: 'opt.filledForms', kind: 'list', page: 'files', pageLabel: 'page.filled' },
      {
        flag: '--allow-missing-months',
        message: 'opt.allowMissingMonths',
        kind: 'flag',
        page: 'switch',
        pageLabel: 'page.allowMissingMonths',
      },
      {
        flag: '--allow-missing-evaluations',
        message: 'opt.allowMissingEvaluations',
        kind: 'flag',
        page: 'switch',
        pageLabel: 'page.allowMissingEvaluations',
      },
      { flag: '-o, --output <file>', message: 'opt.outputClassification', kind: 'text' },
      documentDate,
    ],
  },
  forms: {
    description: 'cmd.forms',
    example: 'example.forms',
    files: 'arg.grids',
    options: [
      ...common,
      ledger,
      ...letterhead,
      { flag: '--period <period>', message: 'opt.formPeriod', kind: 'text', page: 'text', pageLabel: 'page.formPeriod' },
      { flag: '-o, --output <file>', message: 'opt.outputForms', kind: 'text' },
      { flag: '--date <dd/mm/yyyy>', message: 'opt.formDate', kind: 'text', page: 'date', pageLabel: 'page.formDate' },
      { flag: '--filled <file>', message: 'opt.filledForms', kind: 'list', page: 'files', pageLabel: 'page.filled' },
      { flag: '--review <file>', message: 'opt.formsReview', kind: 'list', page: 'files', pageLabel: 'page.formsReview' },
    ],
  },
  close: {
    description: 'cmd.close',
    example: 'example.close',
    files: 'arg.grids',
    options: [
      ...common,
      ledger,
      ...letterhead,
      { flag: '--date <dd/mm/yyyy>', message: 'opt.closeDate', kind: 'text', page: 'date', pageLabel: 'page.closeDate' },
      handMadeMonth,
      { flag: '-o, --output <file>', message: 'opt.outputNotices', kind: 'text' },
    ],
  },
  reopen: {
    description: 'cmd.reopen',
    example: 'example.reopen',
    files: 'arg.grids',
    options: [
      ...common,
      ledger,
      { flag: '--reason <text>', message: 'opt.reason', kind: 'text', page: 'text', pageLabel: 'page.reason' },
      { flag: '--date <dd/mm/yyyy>', message: 'opt.closeDate', kind: 'text', page: 'date', pageLabel: 'page.closeDate' },
      handMadeMonth,
    ],
  },
  diff: {
    description: 'cmd.diff',
    example: 'example.diff',
    files: 'arg.oldNew',
    options: [...common, handMadeMonth, { flag: '-o, --output <file>', message: 'opt.outputDiff', kind: 'text' }],
  },
  verify: {
    description: 'cmd.verify',
    example: 'example.verify',
    files: 'arg.fileToVerify',
    options: [...common, { flag: '--code <code>', message: 'opt.code', kind: 'text', page: 'text', pageLabel: 'page.code' }],
  },
  'init-review': {
    description: 'cmd.init-review',
    example: 'example.init-review',
    options: [
      ...common,
      ...letterhead,
      {
        flag: '--period <period>',
        message: 'opt.reviewPeriod',
        kind: 'text',
        required: true,
        page: 'text',
        pageLabel: 'page.reviewPeriod',
      },
      { flag: '--staff <roster>', message: 'opt.staff', kind: 'text', required: true, page: 'file', pageLabel: 'page.reviewRoster' },
      { flag: '-o, --output <file>', message: 'opt.outputReviewForm', kind: 'text' },
    ],
  },
  review: {
    description: 'cmd.review',
    example: 'example.review',
    files: 'arg.reviewSheets',
    options: [
      ...common,
      ...letterhead,
      { flag: '--period <period>', message: 'opt.reviewPeriod', kind: 'text' },
      documentDate,
      { flag: '-o, --output <file>', message: 'opt.outputReviewReport', kind: 'text' },
    ],
  },
  page: {
    description: 'cmd.page',
    example: 'example.page',
    options: [...common, { flag: '-o, --output <file>', message: 'opt.outputPage', kind: 'text', default: 'scoring.html' }],
  },
  demo: {
    description: 'cmd.demo',
    example: 'example.demo',
    options: [
      ...common,
      { flag: '--out <dir>', message: 'opt.out', kind: 'text', default: OPTION_DEFAULTS.demoOut },
      { flag: '--year <year>', message: 'opt.demoYear', kind: 'text', default: OPTION_DEFAULTS.demoYear },
    ],
  },
} as const satisfies Record<string, CommandDecl>;

export type CommandName = keyof typeof COMMANDS;

/** `-o, --output <file>` → `output`; `--enforce-quota` → `enforceQuota` (commander's attribute name). */
export function attributeName(flag: string): string {
  const long = /--([a-z][a-z0-9-]*)/u.exec(flag)?.[1] ?? '';
  return long.replace(/-([a-z])/gu, (_, c: string) => c.toUpperCase());
}

type Camel<S extends string> = S extends `${infer A}-${infer B}` ? `${A}${Capitalize<Camel<B>>}` : S;
type LongName<F extends string> = F extends `${string}--${infer Rest}` ? (Rest extends `${infer N} ${string}` ? N : Rest) : never;
type ValueOf<O extends OptionDecl> = O['kind'] extends 'flag' ? boolean : O['kind'] extends 'list' ? string[] : string;
type IsGiven<O extends OptionDecl> = O extends { required: true } ? true : O extends { default: string } ? true : false;

/** The options a command's plan receives, typed from its declaration. */
export type OptionsOf<N extends CommandName> = {
  [O in (typeof COMMANDS)[N]['options'][number] as IsGiven<O> extends true ? Camel<LongName<O['flag']>> : never]: ValueOf<O>;
} & {
  [O in (typeof COMMANDS)[N]['options'][number] as IsGiven<O> extends true ? never : Camel<LongName<O['flag']>>]?: ValueOf<O>;
};

/** The options of a command the page shows, with their controls (page/app.ts draws them). */
export function pageOptions(name: CommandName): { attribute: string; message: MessageKey; control: PageControl; accept?: string }[] {
  return (COMMANDS[name].options as readonly OptionDecl[]).flatMap((o) =>
    o.page
      ? [
          {
            attribute: attributeName(o.flag),
            message: o.pageLabel ?? o.message,
            control: o.page,
            ...(o.accept ? { accept: o.accept } : {}),
          },
        ]
      : [],
  );
}
