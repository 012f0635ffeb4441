import { pageOptions } from '../cli/declarations.js';
import type { ClassifyJson, TallyJson } from '../cli/year-json.js';
import { CHECKED_COPIES, checkedCopyName } from '../core/output-names.js';
import { type Problem, stoppingError } from '../core/problems.js';
import { PRESET_NAMES, PRESETS, type PresetName } from '../core/rulebook.js';
import { rulebookFromText } from '../core/rulebook-choice.js';
import { type Lang, type MessageKey, render } from '../i18n/messages.js';
import { formatProblem, stoppingErrorLines } from '../i18n/problem-text.js';
import type { PageCommand, ProgressReply, RunReply, RunRequest } from './protocol.js';

/** The worker's script, bundled by build-page.mjs and inlined: the page stays one file. */
declare const WORKER_SOURCE: string;

/**
 * The offline page: the command line's own commands, run by the command line's own runner in a
 * worker (page/worker.ts) on files the clerk opens, with downloads instead of written files. The
 * window only asks for options (drawn from the commands' declarations) and shows what a run
 * returned. Nothing leaves the computer: there is no request to make, and nothing is stored
 * beyond the page's life.
 */

type Params = Readonly<Record<string, string | number>>;

const state = {
  lang: 'vi' as Lang,
  /** The rulebook the clerk chose, as an opened file given to --rules; none: the grids' own, or the default. */
  rulesFile: undefined as string | undefined,
  rulesName: undefined as string | undefined,
  grids: [] as string[],
};

/** Every file the clerk opened (and each preset chosen), by name: what a run may read. */
const opened = new Map<string, Uint8Array>();

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

/** A downloaded file's object URL, made once: a redraw in the other language reuses it. */
function objectUrl(name: string, bytes: Uint8Array): string {
  const type = name.endsWith('.json') ? 'application/json' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  return URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
}

function downloadLink(name: string, url: string): HTMLAnchorElement {
  return el('a', { href: url, download: name, class: 'download' }, t('page.download', { file: name }));
}

/** The problems step 3 shows: the report and the year end name them once more only by their count. */
let checkProblems = new Set<string>();
const problemId = (p: Problem) => JSON.stringify([p.key, p.params, p.file, p.sheet, p.cell]);

function problemList(problems: readonly Problem[], out: HTMLElement): HTMLElement {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const summary = problems.length === 0 ? t('cli.noProblems') : t('cli.problemCount', { errors, warnings: problems.length - errors });
  const isCheck = out.id === 'check-out';
  if (isCheck) checkProblems = new Set(problems.map(problemId));
  const fresh = isCheck ? problems : problems.filter((p) => !checkProblems.has(problemId(p)));
  const list = el('ol', { class: 'problems' }, ...fresh.map((p) => el('li', { class: p.severity }, formatProblem(p, state.lang))));
  const repeated = problems.length - fresh.length;
  return el(
    'div',
    { role: 'status' },
    el('p', { class: 'summary' }, summary),
    ...(repeated > 0 ? [el('p', { class: 'repeated' }, t('page.shownInCheck', { count: repeated }))] : []),
    list,
  );
}

/** What each output area shows, drawn again in the other language when the clerk switches. */
const redraws = new Map<HTMLElement, () => void>();

function showIn(out: HTMLElement, draw: () => Node[]): void {
  const redraw = () => out.replaceChildren(...draw());
  redraws.set(out, redraw);
  redraw();
}

/**
 * The clerk's latest action in each output area: every action takes a ticket when it starts, and
 * only the holder of the latest ticket may start a run or show anything. An older action (twelve
 * grids still being read when one is opened) stops wherever it is; a newer run ends an older one's
 * worker, so it never shows either.
 */
const tickets = new Map<HTMLElement, number>();
const running = new Map<HTMLElement, Worker>();

function takeTicket(out: HTMLElement): () => boolean {
  const ticket = (tickets.get(out) ?? 0) + 1;
  tickets.set(out, ticket);
  redraws.delete(out);
  out.replaceChildren(el('p', { role: 'status' }, t('page.working')));
  return () => tickets.get(out) === ticket;
}

/** Step 1 says which rulebook a run really used (the grids' own, often): set by build. */
let showRulebookUsed: (used: NonNullable<RunReply['rulebook']>) => void = () => {};

let workerUrl: string | undefined;

/**
 * Runs a command in a worker of its own with every opened file; shows its progress and a stop
 * button meanwhile, then its downloads, what `show` draws from its result, its problems, or the
 * error that stopped it. A newer run in the same area ends this one.
 */
function run(
  out: HTMLElement,
  current: () => boolean,
  command: PageCommand,
  options: Record<string, unknown>,
  args: readonly string[],
  show?: (r: RunReply) => Node[],
): void {
  if (!current()) return;
  running.get(out)?.terminate();
  workerUrl ??= URL.createObjectURL(new Blob([WORKER_SOURCE], { type: 'text/javascript' }));
  const worker = new Worker(workerUrl);
  running.set(out, worker);
  redraws.delete(out);
  const progress = el('span', { class: 'progress' });
  const stop = msg('button', 'page.stop', { type: 'button', class: 'stop' });
  const finish = () => {
    worker.terminate();
    if (running.get(out) === worker) running.delete(out);
  };
  stop.addEventListener('click', () => {
    finish();
    showIn(out, () => [el('p', { role: 'status' }, t('page.stopped'))]);
  });
  out.replaceChildren(el('p', { role: 'status' }, t('page.working'), ' ', progress, ' ', stop));
  worker.onmessage = (event: MessageEvent<RunReply | ProgressReply>) => {
    const reply = event.data;
    if (reply.kind === 'progress') {
      progress.textContent = reply.line;
      return;
    }
    finish();
    if (reply.rulebook) showRulebookUsed(reply.rulebook);
    const files = reply.outputs.map((o) => ({ name: o.name, url: objectUrl(o.name, o.bytes) }));
    const stopped = reply.stopped;
    showIn(out, () =>
      stopped
        ? [el('div', { role: 'alert', class: 'error' }, ...stoppingErrorLines(stopped, state.lang).map((l) => el('p', {}, l)))]
        : [
            ...files.map((f) => el('p', {}, downloadLink(f.name, f.url))),
            ...(reply.withheld > 0 ? [el('p', { class: 'error' }, t('page.notWritten'))] : []),
            ...(show?.(reply) ?? []),
            problemList(reply.problems, out),
          ],
    );
  };
  worker.onerror = (event) => {
    finish();
    showIn(out, () => [el('div', { role: 'alert', class: 'error' }, el('p', {}, t('internal.error', { detail: event.message })))]);
  };
  const request: RunRequest = {
    command,
    options: { ...options, ...(state.rulesFile ? { rules: state.rulesFile } : {}) },
    args,
    files: [...opened].map(([name, bytes]) => ({ name, bytes })),
    lang: state.lang,
  };
  worker.postMessage(request);
}

/**
 * Reads the chosen files into the page. Two files of one name (from two folders) would be one
 * input to the commands: refused, naming it, rather than one silently replacing the other.
 */
async function openFiles(input: HTMLInputElement, out: HTMLElement, current: () => boolean): Promise<string[] | undefined> {
  const chosen = Array.from(input.files ?? []);
  const names = chosen.map((f) => f.name);
  const twice = names.find((n, i) => names.indexOf(n) !== i);
  if (twice !== undefined) {
    showIn(out, () => [el('div', { role: 'alert', class: 'error' }, el('p', {}, t('page.sameNameTwice', { file: twice })))]);
    return undefined;
  }
  const read = await Promise.all(chosen.map(async (f) => new Uint8Array(await f.arrayBuffer())));
  // A newer action meanwhile: these bytes may be older than the ones it opened.
  if (!current()) return undefined;
  for (const [i, f] of chosen.entries()) opened.set(f.name, read[i]!);
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
function optionControls(command: PageCommand): {
  nodes: HTMLElement[];
  read: (area: HTMLElement, current: () => boolean) => Promise<Record<string, unknown> | undefined>;
} {
  const controls = pageOptions(command).map((o) => {
    const id = `${command}-${o.attribute}`;
    const input =
      o.control === 'switch'
        ? el('input', { type: 'checkbox' })
        : o.control === 'file' || o.control === 'files'
          ? el('input', { type: 'file', accept: o.accept ?? '.csv,.xlsx,.xlsm', ...(o.control === 'files' ? { multiple: '' } : {}) })
          : el('input', { type: o.control === 'date' ? 'date' : o.control === 'month' ? 'month' : 'text' });
    return { o, input, node: labelled(id, o.message, input) };
  });
  const read = async (area: HTMLElement, current: () => boolean) => {
    const out: Record<string, unknown> = {};
    for (const { o, input } of controls) {
      if (o.control === 'switch') {
        if (input.checked) out[o.attribute] = true;
      } else if (o.control === 'file' || o.control === 'files') {
        const names = await openFiles(input, area, current);
        if (!names) return undefined;
        if (names.length > 0) out[o.attribute] = o.control === 'file' ? names[0] : names;
      } else if (input.value.trim() !== '') out[o.attribute] = input.value.trim();
    }
    return out;
  };
  return { nodes: controls.map((c) => c.node), read };
}

type CheckMonths = { month: number; staff: { id: string; name: string; score: number }[] }[];

function table(head: string[], rows: (string | number)[][], cls = 'scores'): HTMLElement {
  return el(
    'table',
    { class: cls },
    el('thead', {}, el('tr', {}, ...head.map((h) => el('th', {}, h)))),
    el('tbody', {}, ...rows.map((r) => el('tr', {}, ...r.map((v) => el('td', typeof v === 'number' ? { class: 'n' } : {}, String(v)))))),
  );
}

/** Each person's score in each month checked, as check computed them (a check adds nothing up). */
function checkTable(r: RunReply): Node[] {
  const months = (r.json.months ?? []) as CheckMonths;
  if (months.length === 0) return [];
  const people = new Map<string, { name: string; scores: Map<number, number> }>();
  for (const m of months)
    for (const s of m.staff)
      (people.get(s.id) ?? people.set(s.id, { name: s.name, scores: new Map() }).get(s.id)!).scores.set(m.month, s.score);
  const head = [t('col.tt'), t('page.person'), ...months.map((m) => t('col.month', { month: m.month }))];
  const rows = [...people.values()].map((p, i) => [i + 1, p.name, ...months.map((m) => p.scores.get(m.month) ?? '')]);
  return [el('h3', {}, t('page.scores')), table(head, rows)];
}

/** The report's figures as tally computed them: months, the total, and the 100-point score of its period. */
function reportTable(r: RunReply): Node[] {
  const json = r.json as Partial<TallyJson>;
  if (!json.staff || !json.months) return [];
  const months = json.months;
  const scored = json.staff.some((p) => p.evaluation && ('yearScore' in p.evaluation || 'periodScore' in p.evaluation));
  const yearly = json.scope?.kind === 'year';
  const head = [
    t('col.tt'),
    t('page.person'),
    ...months.map((m) => t('col.month', { month: m })),
    t('col.total'),
    ...(scored ? [yearly ? t('col.yearScore') : t('col.periodScore')] : []),
  ];
  const rows = json.staff.map((p, i) => {
    const e = p.evaluation as { yearScore?: number | null; periodScore?: number | null } | undefined;
    const score = e?.yearScore ?? e?.periodScore;
    return [
      i + 1,
      p.name,
      ...months.map((m) => p.months[String(m)]?.score ?? ''),
      p.total,
      ...(scored ? [score ?? t('page.noScore')] : []),
    ];
  });
  return [el('h3', {}, t('page.scores')), table(head, rows)];
}

/**
 * What a command said on the terminal, for the commands whose result is in words (close, reopen,
 * diff, verify, review): lines as paragraphs, a terminal table kept as it is drawn.
 */
function saidText(r: RunReply): Node[] {
  return r.text.map((line) => (/[│┌└]/u.test(line) ? el('pre', { class: 'said-table' }, line) : el('p', { class: 'said' }, line)));
}

/** The classification as the committee reads it: each person's score and level, the summary and the quota. */
function levelsTable(r: RunReply): Node[] {
  const json = r.json as Partial<ClassifyJson>;
  if (!json.staff) return [];
  // From 2026 the figure compared with the bands is the 100-point year score.
  const scoreLabel = json.staff.some((s) => 'evaluation' in s) ? t('col.yearScore') : t('col.compared');
  const head = [t('col.tt'), t('col.name'), scoreLabel, t('col.level'), t('col.notes')];
  const rows = json.staff.map((s, i) => [i + 1, s.name, s.compared ?? '', s.level ?? t('level.none'), s.notes.join(' ')]);
  // The terminal's summary and quota lines (cli.summary, cli.quota*) say the verdict in words.
  const said = r.text.filter((line) => !line.includes('│') && !line.includes('┌'));
  return [table(head, rows, 'scores levels'), ...said.map((line) => el('p', { class: 'said' }, line))];
}

function build(root: HTMLElement): void {
  const langButton = msg('button', 'page.switchLang', { type: 'button', id: 'lang' });
  const header = el('header', {}, msg('h1', 'page.title'), langButton, msg('p', 'page.privacy', { class: 'privacy' }));

  // 1. Rulebook: none chosen is the command line without --rules (the grids' own, else the default);
  // a preset or a file chosen is given to every run as --rules.
  const preset = el(
    'select',
    {},
    msg('option', 'page.rulesFromGrids', { value: '' }),
    ...PRESET_NAMES.map((name) => el('option', { value: name }, PRESETS[name]().name)),
  );
  const rulesFile = el('input', { type: 'file', accept: '.json,application/json' });
  const using = el('p', { class: 'using', 'aria-live': 'polite' });
  let lastUsed: NonNullable<RunReply['rulebook']> | undefined;
  const showRules = () => {
    using.textContent = state.rulesName ? t('page.rulesUsing', { name: state.rulesName }) : t('page.rulesNotChosen');
    if (lastUsed && lastUsed.name !== state.rulesName) using.append(el('br'), t('page.rulesUsedByRun', lastUsed));
  };
  showRulebookUsed = (used) => {
    lastUsed = used;
    showRules();
  };
  // A check on screen is of the rulebook it ran with: a new choice runs it again.
  let recheck: () => Promise<void> = async () => {};
  preset.addEventListener('change', () => {
    const name = preset.value as PresetName | '';
    if (name === '') {
      state.rulesFile = undefined;
      state.rulesName = undefined;
    } else {
      const rules = PRESETS[name]();
      state.rulesFile = `${name}.json`;
      state.rulesName = rules.name;
      opened.set(state.rulesFile, new TextEncoder().encode(JSON.stringify(rules)));
    }
    showRules();
    void recheck();
  });
  const rulesOut = el('div', { class: 'out' });
  rulesFile.addEventListener('change', async () => {
    const current = takeTicket(rulesOut);
    const [name] = (await openFiles(rulesFile, rulesOut, current)) ?? [];
    if (!name) return;
    try {
      // Read here only to name it; every run reads it again as --rules, as the command line does.
      state.rulesName = (await rulebookFromText(new TextDecoder().decode(opened.get(name)), name)).name;
      state.rulesFile = name;
      rulesOut.replaceChildren();
      void recheck();
    } catch (err) {
      const stopped = stoppingError(err);
      showIn(rulesOut, () => [
        el('div', { role: 'alert', class: 'error' }, ...stoppingErrorLines(stopped, state.lang).map((l) => el('p', {}, l))),
      ]);
    }
    rulesFile.value = '';
    showRules();
  });
  showRules();

  // 2. A new month's grid.
  const roster = el('input', { type: 'file', accept: '.csv,.xlsx,.xlsm' });
  const month = el('input', { type: 'month', value: new Date().toISOString().slice(0, 7) });
  const makeGrid = msg('button', 'page.makeGrid', { type: 'button', id: 'make-grid' });
  const gridOut = el('div', { class: 'out', 'aria-live': 'polite' });
  makeGrid.addEventListener('click', async () => {
    const current = takeTicket(gridOut);
    const [staff] = (await openFiles(roster, gridOut, current)) ?? [];
    if (!staff) return;
    run(gridOut, current, 'init-month', { month: month.value, staff }, []);
  });

  // 3. Check: one checked copy per grid with problems (check --annotate on several grids).
  const grids = el('input', { type: 'file', accept: '.xlsx,.xlsm', multiple: '' });
  const checkOut = el('div', { class: 'out', id: 'check-out', 'aria-live': 'polite' });
  // check's own options (the month of a hand-made grid), from its declaration.
  const checkOptions = optionControls('check');
  recheck = async () => {
    const [first] = state.grids;
    if (!first) return;
    const current = takeTicket(checkOut);
    const opts = await checkOptions.read(checkOut, current);
    const annotate = state.grids.length === 1 ? checkedCopyName(first) : CHECKED_COPIES;
    if (opts) run(checkOut, current, 'check', { ...opts, annotate }, state.grids, checkTable);
  };
  grids.addEventListener('change', async () => {
    const names = await openFiles(grids, checkOut, takeTicket(checkOut));
    // Cleared once read: opening the same files again (changed in Excel meanwhile) checks them again.
    grids.value = '';
    if (!names) return;
    state.grids = names.sort();
    void recheck();
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
    const current = takeTicket(reportOut);
    const opts = await tallyOptions.read(reportOut, current);
    if (opts) run(reportOut, current, 'tally', opts, state.grids, reportTable);
  });

  // 5. Year end: classify's and forms' options, from their declarations.
  const classifyOptions = optionControls('classify');
  const formsOptions = optionControls('forms');
  const classifyButton = msg('button', 'page.classify', { type: 'button', id: 'classify' });
  const formsButton = msg('button', 'page.forms', { type: 'button', id: 'forms' });
  const yearOut = el('div', { class: 'out', id: 'year-out', 'aria-live': 'polite' });
  classifyButton.addEventListener('click', async () => {
    if (needGrids(yearOut)) return;
    const current = takeTicket(yearOut);
    const opts = await classifyOptions.read(yearOut, current);
    if (opts) run(yearOut, current, 'classify', opts, state.grids, levelsTable);
  });
  formsButton.addEventListener('click', async () => {
    if (needGrids(yearOut)) return;
    const current = takeTicket(yearOut);
    const opts = await formsOptions.read(yearOut, current);
    if (opts) run(yearOut, current, 'forms', opts, state.grids);
  });

  // 6. Closed months: close the grids of step 3, reopen one with a reason, compare two versions,
  // check a file against the code printed on paper. The ledger is a file the clerk downloads and
  // opens again next time (nothing is kept by the page).
  const closingOut = el('div', { class: 'out', id: 'closing-out', 'aria-live': 'polite' });
  const closeOptions = optionControls('close');
  const reopenOptions = optionControls('reopen');
  const verifyOptions = optionControls('verify');
  const closeButton = msg('button', 'page.close', { type: 'button', id: 'close' });
  const reopenButton = msg('button', 'page.reopen', { type: 'button', id: 'reopen' });
  const diffButton = msg('button', 'page.diff', { type: 'button', id: 'diff' });
  const verifyButton = msg('button', 'page.verify', { type: 'button', id: 'verify' });
  const diffOld = el('input', { type: 'file', accept: '.xlsx,.xlsm' });
  const diffNew = el('input', { type: 'file', accept: '.xlsx,.xlsm' });
  const verifyFile = el('input', { type: 'file', accept: '.xlsx,.xlsm' });
  const onGrids = (command: 'close' | 'reopen', controls: ReturnType<typeof optionControls>) => async () => {
    if (needGrids(closingOut)) return;
    const current = takeTicket(closingOut);
    const opts = await controls.read(closingOut, current);
    if (opts) run(closingOut, current, command, opts, state.grids, saidText);
  };
  closeButton.addEventListener('click', onGrids('close', closeOptions));
  reopenButton.addEventListener('click', onGrids('reopen', reopenOptions));
  diffButton.addEventListener('click', async () => {
    const current = takeTicket(closingOut);
    const old = await openFiles(diffOld, closingOut, current);
    const now = old && (await openFiles(diffNew, closingOut, current));
    // The printed copy and the current grid often share a name: the page would hold only one of them.
    if (old?.[0] !== undefined && old[0] === now?.[0])
      showIn(closingOut, () => [el('div', { role: 'alert', class: 'error' }, el('p', {}, t('page.sameNameTwice', { file: old[0]! })))]);
    else if (old && now) run(closingOut, current, 'diff', {}, [...old, ...now], saidText);
  });
  verifyButton.addEventListener('click', async () => {
    const current = takeTicket(closingOut);
    const file = await openFiles(verifyFile, closingOut, current);
    const opts = file && (await verifyOptions.read(closingOut, current));
    if (file && opts) run(closingOut, current, 'verify', opts, file, saidText);
  });

  // 7. "5 xây, 3 chống": the blank sheet of a period, then the report of the filled sheets.
  const reviewOut = el('div', { class: 'out', id: 'review-out', 'aria-live': 'polite' });
  const initReviewOptions = optionControls('init-review');
  const reviewOptions = optionControls('review');
  const reviewSheets = el('input', { type: 'file', accept: '.xlsx,.xlsm', multiple: '' });
  const reviewFormButton = msg('button', 'page.makeReviewForm', { type: 'button', id: 'make-review-form' });
  const reviewReportButton = msg('button', 'page.makeReviewReport', { type: 'button', id: 'make-review-report' });
  reviewFormButton.addEventListener('click', async () => {
    const current = takeTicket(reviewOut);
    const opts = await initReviewOptions.read(reviewOut, current);
    if (opts) run(reviewOut, current, 'init-review', opts, []);
  });
  reviewReportButton.addEventListener('click', async () => {
    const current = takeTicket(reviewOut);
    const sheets = await openFiles(reviewSheets, reviewOut, current);
    const opts = sheets && (await reviewOptions.read(reviewOut, current));
    if (sheets && opts) run(reviewOut, current, 'review', opts, sheets, saidText);
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
      section('page.step3', 'page.step3Help', labelled('grids', 'page.grids', grids), ...checkOptions.nodes, checkOut),
      section('page.step4', 'page.step4Help', ...tallyOptions.nodes, report, reportOut),
      section(
        'page.step5',
        'page.step5Help',
        el('fieldset', {}, msg('legend', 'page.classify'), ...classifyOptions.nodes, classifyButton),
        el('fieldset', {}, msg('legend', 'page.forms'), ...formsOptions.nodes, formsButton),
        yearOut,
      ),
      section(
        'page.step6',
        'page.step6Help',
        el('fieldset', {}, msg('legend', 'page.close'), ...closeOptions.nodes, closeButton),
        el('fieldset', {}, msg('legend', 'page.reopen'), ...reopenOptions.nodes, reopenButton),
        el(
          'fieldset',
          {},
          msg('legend', 'page.diff'),
          labelled('diff-old', 'page.diffOld', diffOld),
          labelled('diff-new', 'page.diffNew', diffNew),
          diffButton,
        ),
        el(
          'fieldset',
          {},
          msg('legend', 'page.verify'),
          labelled('verify-file', 'page.verifyFile', verifyFile),
          ...verifyOptions.nodes,
          verifyButton,
        ),
        closingOut,
      ),
      section(
        'page.step7',
        'page.step7Help',
        el('fieldset', {}, msg('legend', 'page.makeReviewForm'), ...initReviewOptions.nodes, reviewFormButton),
        el(
          'fieldset',
          {},
          msg('legend', 'page.makeReviewReport'),
          labelled('review-sheets', 'page.reviewSheets', reviewSheets),
          ...reviewOptions.nodes,
          reviewReportButton,
        ),
        reviewOut,
      ),
    ),
  );
}

build(document.getElementById('app')!);
document.title = t('page.title');
document.body.dataset.ready = 'true';
