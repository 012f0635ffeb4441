import { EVALUATION_LABELS } from '../../core/evaluation.js';
import { foldKey } from '../../core/fold.js';
import { DEFAULT_UNIT } from '../../core/rulebook-types.js';
import { documentTemplate } from '../layout/template.js';

/**
 * Matching of column labels written by people: case, NFC/NFD accents, extra or missing spaces
 * ("T T", "Họ  và tên") do not matter, and unaccented spellings ("Ho va ten") are accepted.
 */

function labelKey(text: string): string {
  return foldKey(text);
}

/**
 * What the grid writer writes comes first (from templates/documents.json and EVALUATION_LABELS):
 * rewording the template cannot leave the reader looking for the old words.
 */
const written = documentTemplate().grid;

const ALIASES = {
  tt: [written.headers.tt, 'TT', 'STT', 'Số TT', 'No'],
  id: [written.headers.id, 'Mã', 'Mã CB', 'Mã số', 'Mã cán bộ', 'Id'],
  name: [written.headers.name, 'Họ và tên', 'Họ tên', 'Name', 'Full name'],
  position: [written.headers.position, 'Chức vụ', 'Chức danh', 'Position'],
  group: ['Nhóm', 'Group'],
  discipline: ['Kỷ luật', 'Hình thức kỷ luật', 'Discipline'],
  disciplineDate: ['Ngày quyết định', 'Ngày QĐ', 'Decision date'],
  // The other listed cases of KHTNV (Nghị định 335/2025: b and d).
  listedCase: ['Trường hợp KHTNV', 'Trường hợp không hoàn thành nhiệm vụ', 'KHTNV khác', 'Trường hợp khác', 'Listed case'],
  // The leader's columns of Nghị định 335/2025.
  otherGeneral: [EVALUATION_LABELS.otherGeneral, 'Tiêu chí chung khác', 'Các tiêu chí chung khác'],
  task: [EVALUATION_LABELS.task, 'Kết quả nhiệm vụ', 'Kết quả thực hiện nhiệm vụ'],
};

export type ColumnRole = keyof typeof ALIASES;

const BY_KEY = new Map<string, ColumnRole>(
  (Object.entries(ALIASES) as [ColumnRole, readonly string[]][]).flatMap(([role, names]) => names.map((n) => [labelKey(n), role] as const)),
);

export function columnRole(label: string): ColumnRole | undefined {
  return BY_KEY.get(labelKey(label));
}

/** Rows that end the staff list: the legend and the signature blocks. */
const STOP_MARKERS = [
  written.legendTitle.replace(/:$/u, ''),
  'Cách chấm điểm',
  'Ghi chú cách chấm',
  DEFAULT_UNIT.preparerTitle,
  DEFAULT_UNIT.headTitle,
].map(labelKey);

/** No marker starts with a digit, and most rows start with their TT number: those are told at once. */
const STARTS_WITH_DIGIT = /^\d/u;
if (STOP_MARKERS.some((m) => STARTS_WITH_DIGIT.test(m))) throw new Error('internal: a stop marker starts with a digit');

export function isStopMarker(text: string): boolean {
  if (STARTS_WITH_DIGIT.test(text)) return false;
  const key = labelKey(text);
  return key !== '' && STOP_MARKERS.some((m) => key.startsWith(m));
}

const ROMAN = /^(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3}|X)$/u;
/** `I. CÁN BỘ`, `II - CÔNG CHỨC`, `A) Lãnh đạo`: a numbered heading, not a name. */
const NUMBERED_HEADING = /^(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3}|X|[A-H])\s*[.)\-–:]\s*\S/u;

/**
 * Section rows clerks insert between people (`I. CÁN BỘ` / `II. CÔNG CHỨC`): a Roman numeral or a
 * letter in the TT column, or a numbered heading in the name column (`numbered`); or a name in
 * capitals with neither a number in TT nor a Mã (`capitals`, a guess the reader reports). People's
 * rows carry a TT number or a Mã.
 */
export function sectionHeading(tt: string, name: string, id: string | undefined): 'numbered' | 'capitals' | undefined {
  // A row with a Mã is a person's, whatever its TT says (`V`, `A`, `II` typed in TT): never a heading.
  if (id) return undefined;
  const order = tt.replace(/[.)\s]+$/u, '').trim();
  if (ROMAN.test(order) || /^[A-H]$/u.test(order)) return 'numbered';
  if (/^\d+$/u.test(order)) return undefined;
  if (NUMBERED_HEADING.test(name)) return 'numbered';
  return /\p{Lu}/u.test(name) && !/\p{Ll}/u.test(name) ? 'capitals' : undefined;
}
