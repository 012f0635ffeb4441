import { foldWords } from './fold.js';
import { type Problem, problem } from './problems.js';
import type { Rulebook } from './rulebook.js';

/**
 * Which body heads a document depends on the document's date: local government has had two
 * levels since 01/07/2025 (Luật Tổ chức chính quyền địa phương 2025), so no document whose period
 * starts then or later names a district. The rulebook's parent line may carry the last day it is
 * valid for (`parentUntil`); a run may override unit and parent.
 */

const TWO_LEVEL_GOVERNMENT_FROM = '2025-07-01';

/** District-level bodies that ceased to exist on 01/07/2025 (huyện, quận, thị xã). */
const DISTRICT = /(^|\s)(HUYỆN|QUẬN|THỊ XÃ)(\s|$)/u;

export interface Letterhead {
  /** The parent body (cơ quan chủ quản); absent when the unit heads its own documents. */
  readonly parent?: string;
  readonly unit: string;
}

export interface LetterheadChoice {
  readonly unit?: string;
  /** Given on the command line: `''` means no parent line. */
  readonly parent?: string;
}

/**
 * The letterhead of a document whose period starts on `periodStart` (YYYY-MM-DD), with a warning
 * when it still names a district after districts were abolished.
 */
export function letterheadFor(
  unit: Rulebook['unit'],
  periodStart: string,
  choice: LetterheadChoice = {},
): { head: Letterhead; problems: Problem[] } {
  const name = choice.unit?.trim() || unit.name;
  let parent: string | undefined = choice.parent ?? unit.parent;
  if (choice.parent === undefined && unit.parentUntil !== undefined && periodStart > unit.parentUntil) parent = undefined;
  parent = parent?.trim() || undefined;
  const problems: Problem[] = [];
  if (parent && periodStart >= TWO_LEVEL_GOVERNMENT_FROM && DISTRICT.test(parent.normalize('NFC').toLocaleUpperCase('vi'))) {
    problems.push(problem('warning', 'letterhead.district', { parent, date: periodStart }));
  }
  return { head: parent ? { parent, unit: name } : { unit: name }, problems };
}

/**
 * The "Nơi nhận" of a document its signer signs: a line sent to the signer ("- Chủ tịch UBND xã (để
 * báo cáo);" on a classification the Chủ tịch signs) is left out.
 */
export function recipientsFor(recipients: readonly string[], signerTitle: string): string[] {
  const signer = foldWords(signerTitle);
  return recipients.filter((line) => !(signer !== '' && foldWords(line).startsWith(signer)));
}
