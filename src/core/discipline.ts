import { foldKey, foldWords } from './fold.js';

/**
 * The `Kỷ luật` column of the year-end roster. Only a disciplinary measure from khiển trách up caps
 * a person at KHTNV (Nghị định 335/2025 Điều 20; Nghị định 90/2020 Điều 2 khoản 5 as amended); a
 * none-word is none, and anything else (`Nhắc nhở`, `x`) is a question for the clerk, not a cap.
 */

export type DisciplineReading =
  | { readonly kind: 'none' }
  | { readonly kind: 'measure'; readonly measure: string }
  | { readonly kind: 'unknown' };

/** Accents, case, spaces and punctuation do not matter: `KHIỂN TRÁCH`, `khien trach`, NFD. */
const key = foldKey;

/** The measures of the law on cadres and civil servants, from khiển trách up, in their usual spelling. */
const MEASURES = ['Khiển trách', 'Cảnh cáo', 'Hạ bậc lương', 'Giáng chức', 'Cách chức', 'Buộc thôi việc'];
const BY_KEY = new Map(MEASURES.map((m) => [key(m), m]));
/** Words clerks write for "none"; an empty cell is none too. */
const NONE = new Set(['', 'khong', 'khongco', 'chua', 'chuaco', 'khongbikyluat', 'none', 'no', 'ko', 'k', '0']);

export function readDiscipline(text: string | undefined): DisciplineReading {
  const k = key(text ?? '');
  if (NONE.has(k)) return { kind: 'none' };
  // `Khiển trách`, `Bị khiển trách`, `Hình thức kỷ luật: cảnh cáo`, `Cảnh cáo (QĐ 12/QĐ-UBND)`.
  const bare = k.replace(/^(hinhthuc|kyluat|bi)+/u, '');
  const measure = [...BY_KEY].find(([m]) => bare.startsWith(m))?.[1];
  return measure ? { kind: 'measure', measure } : { kind: 'unknown' };
}

export const DISCIPLINE_MEASURES: readonly string[] = MEASURES;

/** A decision date as clerks write it (dd/mm/yyyy, d-m-yyyy, yyyy-mm-dd) → its year; undefined when unreadable. */
export function decisionYear(text: string): number | undefined {
  const t = text.trim();
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/u.exec(t);
  const ymd = /^(\d{4})-(\d{1,2})-(\d{1,2})$/u.exec(t);
  const [y, m, d] = dmy
    ? [Number(dmy[3]), Number(dmy[2]), Number(dmy[1])]
    : ymd
      ? [Number(ymd[1]), Number(ymd[2]), Number(ymd[3])]
      : [0, 0, 0];
  if (!y) return undefined;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? y : undefined;
}

/**
 * The other listed cases of KHTNV (Nghị định 335/2025, the bands' clause 4): b) a conclusion of the
 * authority on suy thoái, "tự diễn biến", "tự chuyển hóa", on what party members may not do, or on
 * the duty to set an example; d) for leaders and managers, their unit involved in tham ô, tham
 * nhũng, lãng phí and dealt with. Cases a (under 50) and c (discipline) come from the scores and the
 * Kỷ luật column. The roster's column holds `b`, `d`, both, or words of the case.
 */
export type ListedCase = 'b' | 'd';
export type ListedCaseReading =
  | { readonly kind: 'none' }
  | { readonly kind: 'cases'; readonly cases: readonly ListedCase[] }
  | { readonly kind: 'unknown' };

const CASE_B_WORDS = ['suythoai', 'tudienbien', 'tuchuyenhoa', 'dangvien', 'neuguong'];
const CASE_D_WORDS = ['thamo', 'thamnhung', 'langphi'];

export function readListedCases(text: string | undefined): ListedCaseReading {
  const raw = text ?? '';
  if (NONE.has(key(raw))) return { kind: 'none' };
  // `b`, `d`, `b, d`, `điểm b`, or the case's words.
  const letters = foldWords(raw.replace(/[()]/gu, '')).replace(/diem/gu, '').split(' ').filter(Boolean);
  const k = key(raw);
  const cases = new Set<ListedCase>();
  if (letters.length > 0 && letters.every((w) => w === 'b' || w === 'd')) for (const w of letters) cases.add(w[0] as ListedCase);
  if (CASE_B_WORDS.some((w) => k.includes(w))) cases.add('b');
  if (CASE_D_WORDS.some((w) => k.includes(w))) cases.add('d');
  return cases.size > 0 ? { kind: 'cases', cases: [...cases].sort() } : { kind: 'unknown' };
}

/** Leadership and management positions (case d applies only to them): `Chủ tịch UBND`, `Phó Trưởng Công an xã`… */
export function isLeaderPosition(position: string | undefined): boolean {
  const k = foldWords(position ?? '').replace(/^pho /u, '');
  return /^(chu tich|truong|giam doc|bi thu|chanh|thu truong|chi cuc truong|cuc truong|tong giam doc|vu truong)\b/u.test(k);
}
