import { Chalk } from 'chalk';
import check from '../cli/commands/check.js';
import classify from '../cli/commands/classify.js';
import forms from '../cli/commands/forms.js';
import initMonth from '../cli/commands/init-month.js';
import tally from '../cli/commands/tally.js';
import type { Context } from '../cli/context.js';
import { type CommandName, type OptionsOf, pageOptions } from '../cli/declarations.js';
import type { CommandPlan } from '../cli/plan.js';
import { capturedTerminal } from '../cli/terminal.js';
import { hasErrors, type Problem, UserError } from '../core/problems.js';
import { PRESET_NAMES, PRESETS, type PresetName, type Rulebook } from '../core/rulebook.js';
import { type RulebookOrigin, rulebookFromText } from '../core/rulebook-choice.js';
import { type Lang, type MessageKey, render } from '../i18n/messages.js';
import { formatProblem } from '../i18n/problem-text.js';
import { putFile } from './files.js';
import { takeOutput } from './outputs.js';

/**
 * The offline page: the command line's own commands (their plans), run on files the clerk opens,
 * with downloads instead of written files. Nothing leaves the computer: there is no request to
 * make, and nothing is stored beyond the page's life.
 */

type Params = Readonly<Record<string, string | number>>;

const state = {
  lang: 'vi' as Lang,
  rules: PRESETS['ha-bac-2023']() as Rulebook,
  origin: { kind: 'default' } as RulebookOrigin,
  grids: [] as string[],
};

const t = (key: MessageKey, params?: Params) => render(state.lang, key, params);

/** Elements whose text is a message: re-rendered when the language changes. */
const translated: { el: HTMLElement; key: MessageKey; params?: Params }[] = [];

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  node.append(...children);
  return node;
}

function msg<K extends keyof HTMLElementTagNameMap>(tag: K, key: MessageKey, attrs: Record<string, string> = {}): HTMLElementTagNameMap[K] {
  const node = el(tag, attrs, t(key));
  translated.push({ el: node, key });
  return node;
}

function context(): Context {
  const plain = new Chalk({ level: 0 });
  return {
    lang: state.lang,
    json: false,
    force: false,
    quiet: true,
    rules: state.rules,
    origin: state.origin,
    t,
    out: plain,
    err: plain,
    width: undefined,
    io: capturedTerminal('.'),
  };
}

/** A downloaded file's object URL, made once: a redraw in the other language reuses it. */
function objectUrl(name: string, bytes: Uint8Array): string {
  const type = name.endsWith('.json') ? 'application/json' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  return URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
}

function downloadLink(name: string, url: string): HTMLAnchorElement {
  return el('a', { href: url, download: name, class: 'download' }, t('page.download', { file: name }));
}

function problemList(problems: readonly Problem[]): HTMLElement {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const summary = problems.length === 0 ? t('cli.noProblems') : t('cli.problemCount', { errors, warnings: problems.length - errors });
  const list = el('ol', { class: 'problems' }, ...problems.map((p) => el('li', { class: p.severity }, formatProblem(p, state.lang))));
  return el('div', { role: 'status' }, el('p', { class: 'summary' }, summary), list);
}

/** Runs a command's plan on the page: its files become downloads; problems and errors are shown in `out`. */
/** What each output area shows, drawn again in the other language when the clerk switches. */
const redraws = new Map<HTMLElement, () => void>();

function showIn(out: HTMLElement, draw: () => Node[]): void {
  const redraw = () => out.replaceChildren(...draw());
  redraws.set(out, redraw);
  redraw();
}

function errorLines(err: unknown): string[] {
  if (!(err instanceof UserError))
    return [render(state.lang, 'internal.error', { detail: err instanceof Error ? err.message : String(err) })];
  return [
    render(state.lang, err.key, err.params),
    ...err.details.map((d) => (d.key.startsWith('rulebook.issue.') ? render(state.lang, d.key, d.params) : formatProblem(d, state.lang))),
  ];
}

/** Runs a command's plan on the page: its files become downloads; problems and errors are shown in `out`. */
/** The latest run of each output area: an older run that finishes later never replaces a newer one's results. */
const generations = new Map<HTMLElement, number>();

/** Step 1 says which rulebook a run really used (the grids' own, often): set by build. */
let showRulebookUsed: (used: NonNullable<CommandPlan['rulebook']>) => void = () => {};

async function run(
  out: HTMLElement,
  plan: () => Promise<CommandPlan>,
  show?: (plan: CommandPlan) => Node[],
): Promise<CommandPlan | undefined> {
  const generation = (generations.get(out) ?? 0) + 1;
  generations.set(out, generation);
  const superseded = () => generations.get(out) !== generation;
  redraws.delete(out);
  out.replaceChildren(el('p', {}, t('page.working')));
  try {
    const p = await plan();
    if (superseded()) return undefined;
    if (p.rulebook) showRulebookUsed(p.rulebook);
    const failed = hasErrors(p.problems) && !p.writeDespiteErrors;
    const files: { name: string; url: string }[] = [];
    if (!failed) {
      for (const w of p.writes) {
        await w.write();
        const bytes = takeOutput(w.path);
        if (bytes) files.push({ name: w.path, url: objectUrl(w.path, bytes) });
      }
    }
    showIn(out, () => [
      ...files.map((f) => el('p', {}, downloadLink(f.name, f.url))),
      ...(failed && p.writes.length > 0 ? [el('p', { class: 'error' }, t('page.notWritten'))] : []),
      ...(show?.(p) ?? []),
      problemList(p.problems),
    ]);
    return p;
  } catch (err) {
    if (superseded()) return undefined;
    showIn(out, () => [el('div', { role: 'alert', class: 'error' }, ...errorLines(err).map((l) => el('p', {}, l)))]);
    return undefined;
  }
}

async function openFiles(input: HTMLInputElement): Promise<string[]> {
  const names: string[] = [];
  for (const file of Array.from(input.files ?? [])) {
    putFile(file.name, new Uint8Array(await file.arrayBuffer()));
    names.push(file.name);
  }
  return names;
}

function section(titleKey: MessageKey, helpKey: MessageKey, ...body: Node[]): HTMLElement {
  return el('section', {}, msg('h2', titleKey), msg('p', helpKey, { class: 'help' }), ...body);
}

function labelled(id: string, key: MessageKey, control: HTMLElement): HTMLElement {
  control.id = id;
  return el('p', {}, msg('label', key, { for: id }), ' ', control);
}

/**
 * The controls of a command's options, drawn from its declaration (cli/declarations.ts): what the
 * command line takes, the page asks for, and a new option appears here without a line of page code.
 * `read` gives the options as the plan takes them, files opened into the page's store.
 */
function optionControls(command: CommandName): { nodes: HTMLElement[]; read: () => Promise<Record<string, unknown>> } {
  const controls = pageOptions(command).map((o) => {
    const id = `${command}-${o.attribute}`;
    const input =
      o.control === 'switch'
        ? el('input', { type: 'checkbox' })
        : o.control === 'file' || o.control === 'files'
          ? el('input', { type: 'file', accept: '.csv,.xlsx,.xlsm', ...(o.control === 'files' ? { multiple: '' } : {}) })
          : el('input', { type: o.control === 'date' ? 'date' : o.control === 'month' ? 'month' : 'text' });
    return { o, input, node: labelled(id, o.message, input) };
  });
  const read = async () => {
    const out: Record<string, unknown> = {};
    for (const { o, input } of controls) {
      if (o.control === 'switch') {
        if (input.checked) out[o.attribute] = true;
      } else if (o.control === 'file' || o.control === 'files') {
        const names = await openFiles(input);
        if (names.length > 0) out[o.attribute] = o.control === 'file' ? names[0] : names;
      } else if (input.value.trim() !== '') out[o.attribute] = input.value.trim();
    }
    return out;
  };
  return { nodes: controls.map((c) => c.node), read };
}

/** The scores of each month of a check, as the terminal's table shows them. */
function scoresTable(p: CommandPlan): Node[] {
  const months = (p.json.months ?? []) as { month: number; staff: { id: string; name: string; score: number }[] }[];
  if (months.length === 0) return [];
  const people = new Map<string, { name: string; scores: Map<number, number> }>();
  for (const m of months)
    for (const s of m.staff)
      (people.get(s.id) ?? people.set(s.id, { name: s.name, scores: new Map() }).get(s.id)!).scores.set(m.month, s.score);
  const head = el(
    'tr',
    {},
    el('th', {}, t('col.tt')),
    el('th', {}, t('page.person')),
    ...months.map((m) => el('th', {}, t('col.month', { month: m.month }))),
    el('th', {}, t('page.total')),
  );
  const rows = [...people.values()].map((p, i) => {
    const total = [...p.scores.values()].reduce((a, b) => a + b, 0);
    return el(
      'tr',
      {},
      el('td', {}, String(i + 1)),
      el('td', {}, p.name),
      ...months.map((m) => el('td', { class: 'n' }, String(p.scores.get(m.month) ?? ''))),
      el('td', { class: 'n' }, String(total)),
    );
  });
  return [el('h3', {}, t('page.scores')), el('table', { class: 'scores' }, el('thead', {}, head), el('tbody', {}, ...rows))];
}

/** The classification as the committee reads it: each person's score and level, the summary and the quota. */
function levelsTable(p: CommandPlan): Node[] {
  const json = p.json as {
    staff?: { name: string; compared: number | null; level: string | null; notes: string[] }[];
    summary?: { quota: { holds: boolean; share: number; moved: { name: string; compared: number }[] } };
  };
  if (!json.staff) return [];
  // From 2026 the figure compared with the bands is the 100-point year score.
  const scoreLabel = json.staff.some((s) => 'evaluation' in s) ? t('col.yearScore') : t('col.compared');
  const head = el(
    'tr',
    {},
    el('th', {}, t('col.tt')),
    el('th', {}, t('col.name')),
    el('th', {}, scoreLabel),
    el('th', {}, t('col.level')),
    el('th', {}, t('col.notes')),
  );
  const rows = json.staff.map((s, i) =>
    el(
      'tr',
      {},
      el('td', {}, String(i + 1)),
      el('td', {}, s.name),
      el('td', { class: 'n' }, s.compared === null ? '' : String(s.compared)),
      el('td', {}, s.level ?? t('level.none')),
      el('td', {}, s.notes.join(' ')),
    ),
  );
  // The terminal's summary and quota lines (cli.summary, cli.quota*) say the verdict in words.
  const said = p.text.filter((line) => !line.includes('│') && !line.includes('┌'));
  return [
    el('table', { class: 'scores levels' }, el('thead', {}, head), el('tbody', {}, ...rows)),
    ...said.map((line) => el('p', { class: 'said' }, line)),
  ];
}

function build(root: HTMLElement): void {
  const langButton = msg('button', 'page.switchLang', { type: 'button', id: 'lang' });
  const header = el('header', {}, msg('h1', 'page.title'), langButton, msg('p', 'page.privacy', { class: 'privacy' }));

  // 1. Rulebook.
  const preset = el('select', {}, ...PRESET_NAMES.map((name) => el('option', { value: name }, PRESETS[name]().name)));
  const rulesFile = el('input', { type: 'file', accept: '.json,application/json' });
  const using = el('p', { class: 'using', 'aria-live': 'polite' });
  let lastUsed: NonNullable<CommandPlan['rulebook']> | undefined;
  const showRules = () => {
    using.textContent = t('page.rulesUsing', { name: state.rules.name });
    if (lastUsed && lastUsed.name !== state.rules.name) using.append(el('br'), t('page.rulesUsedByRun', lastUsed));
  };
  showRulebookUsed = (used) => {
    lastUsed = used;
    showRules();
  };
  // A check on screen is of the rulebook it ran with: a new choice runs it again.
  let recheck: () => Promise<void> = async () => {};
  preset.addEventListener('change', () => {
    state.rules = PRESETS[preset.value as PresetName]();
    state.origin = { kind: 'default' };
    showRules();
    void recheck();
  });
  const rulesOut = el('div', { class: 'out' });
  rulesFile.addEventListener('change', async () => {
    const [name] = await openFiles(rulesFile);
    if (!name) return;
    const file = rulesFile.files![0]!;
    try {
      state.rules = await rulebookFromText(await file.text(), name);
      state.origin = { kind: 'option', file: name };
      rulesOut.replaceChildren();
      void recheck();
    } catch (err) {
      await run(rulesOut, () => Promise.reject(err));
    }
    showRules();
  });
  showRules();

  // 2. A new month's grid.
  const roster = el('input', { type: 'file', accept: '.csv,.xlsx,.xlsm' });
  const month = el('input', { type: 'month', value: new Date().toISOString().slice(0, 7) });
  const makeGrid = msg('button', 'page.makeGrid', { type: 'button', id: 'make-grid' });
  const gridOut = el('div', { class: 'out', 'aria-live': 'polite' });
  makeGrid.addEventListener('click', async () => {
    const [staff] = await openFiles(roster);
    if (!staff) return;
    await run(gridOut, () => initMonth.plan(context(), { month: month.value, staff }, []));
  });

  // 3. Check.
  const grids = el('input', { type: 'file', accept: '.xlsx,.xlsm', multiple: '' });
  const checkOut = el('div', { class: 'out', id: 'check-out', 'aria-live': 'polite' });
  recheck = async () => {
    const first = state.grids[0];
    if (!first) return;
    // The checked copy is named after the grid, whatever its ending (.xlsx, .xlsm, an .ods the reader refuses).
    const annotate = `${first.replace(/\.[^.]*$/u, '')}-kiem-tra.xlsx`;
    await run(checkOut, () => check.plan(context(), { annotate }, state.grids), scoresTable);
  };
  grids.addEventListener('change', async () => {
    state.grids = (await openFiles(grids)).sort();
    // Cleared once read: opening the same files again (changed in Excel meanwhile) checks them again.
    grids.value = '';
    await recheck();
  });

  // 4. Report.
  const report = msg('button', 'page.makeReport', { type: 'button', id: 'make-report' });
  const reportOut = el('div', { class: 'out', id: 'report-out', 'aria-live': 'polite' });
  const needGrids = (out: HTMLElement) => {
    if (state.grids.length > 0) return false;
    showIn(out, () => [el('p', { class: 'error' }, t('page.needGrids'))]);
    return true;
  };
  // Every option of tally the page shows (a window, the date, the export…), from its declaration.
  const tallyOptions = optionControls('tally');
  report.addEventListener('click', async () => {
    if (needGrids(reportOut)) return;
    const opts = await tallyOptions.read();
    await run(reportOut, () => tally.plan(context(), opts as OptionsOf<'tally'>, state.grids));
  });

  // 5. Year end: classify's and forms' options, from their declarations.
  const classifyOptions = optionControls('classify');
  const formsOptions = optionControls('forms');
  const classifyButton = msg('button', 'page.classify', { type: 'button', id: 'classify' });
  const formsButton = msg('button', 'page.forms', { type: 'button', id: 'forms' });
  const yearOut = el('div', { class: 'out', id: 'year-out', 'aria-live': 'polite' });
  classifyButton.addEventListener('click', async () => {
    if (needGrids(yearOut)) return;
    const opts = await classifyOptions.read();
    await run(yearOut, () => classify.plan(context(), opts as OptionsOf<'classify'>, state.grids), levelsTable);
  });
  formsButton.addEventListener('click', async () => {
    if (needGrids(yearOut)) return;
    const opts = await formsOptions.read();
    await run(yearOut, () => forms.plan(context(), opts as OptionsOf<'forms'>, state.grids));
  });

  langButton.addEventListener('click', () => {
    state.lang = state.lang === 'vi' ? 'en' : 'vi';
    document.documentElement.lang = state.lang;
    document.title = t('page.title');
    for (const { el: node, key, params } of translated) node.textContent = t(key, params);
    for (const redraw of redraws.values()) redraw();
    showRules();
  });

  root.append(
    header,
    el(
      'main',
      {},
      section(
        'page.step1',
        'page.step1Help',
        labelled('preset', 'page.preset', preset),
        labelled('rules-file', 'page.rulesFile', rulesFile),
        using,
        rulesOut,
      ),
      section(
        'page.step2',
        'page.step2Help',
        labelled('roster', 'page.roster', roster),
        labelled('month', 'page.month', month),
        makeGrid,
        gridOut,
      ),
      section('page.step3', 'page.step3Help', labelled('grids', 'page.grids', grids), checkOut),
      section('page.step4', 'page.step4Help', ...tallyOptions.nodes, report, reportOut),
      section(
        'page.step5',
        'page.step5Help',
        el('fieldset', {}, msg('legend', 'page.classify'), ...classifyOptions.nodes, classifyButton),
        el('fieldset', {}, msg('legend', 'page.forms'), ...formsOptions.nodes, formsButton),
        yearOut,
      ),
    ),
  );
}

build(document.getElementById('app')!);
document.title = t('page.title');
document.body.dataset.ready = 'true';
