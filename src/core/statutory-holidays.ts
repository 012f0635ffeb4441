import { isoDate as iso } from './dates.js';
import { dateOfJulianDay, julianDay, solarOfLunar, tetDate } from './lunar.js';

/**
 * The days off the law fixes (Bộ luật Lao động 2019 Điều 112), for a year whose official schedule
 * for civil servants is not in the rulebook yet — it is published late in the year before, with
 * swapped days the law cannot foresee. So these are provisional ("dự kiến"): 01/01; Tết Âm lịch,
 * five days (the last day of the old year and mùng 1–4, as the schedules of 2023–2026 have them);
 * Giỗ Tổ Hùng Vương (10/3 âm lịch); 30/4; 1/5; 2/9 and one day next to it (1/9, or 3/9 when 1/9 is a
 * weekend day, as in 2023–2026). A holiday on a Saturday or Sunday is made up on the next working
 * day (Điều 111 khoản 3).
 */

export interface ProvisionalDay {
  readonly date: string;
  readonly name: string;
}

const PROVISIONAL = ' (dự kiến)';

function weekday(isoDate: string): number {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

const isWeekend = (isoDate: string) => [0, 6].includes(weekday(isoDate));

function shift(isoDate: string, days: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const [dd, mm, yy] = dateOfJulianDay(julianDay(d, m, y) + days);
  return iso(yy, mm, dd);
}

/** The statutory days alone, without make-up days: what every official schedule contains. */
export function statutoryDays(year: number): ProvisionalDay[] {
  const tet = tetDate(year);
  const [gd, gm, gy] = solarOfLunar(10, 3, year);
  const nextToNational = isWeekend(iso(year, 9, 1)) ? iso(year, 9, 3) : iso(year, 9, 1);
  return [
    { date: iso(year, 1, 1), name: 'Tết Dương lịch' },
    { date: shift(tet, -1), name: 'Tết Nguyên đán – ngày cuối năm âm lịch' },
    { date: tet, name: 'Tết Nguyên đán – Mùng 1' },
    { date: shift(tet, 1), name: 'Tết Nguyên đán – Mùng 2' },
    { date: shift(tet, 2), name: 'Tết Nguyên đán – Mùng 3' },
    { date: shift(tet, 3), name: 'Tết Nguyên đán – Mùng 4' },
    { date: iso(gy, gm, gd), name: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)' },
    { date: iso(year, 4, 30), name: 'Ngày Chiến thắng 30/4' },
    { date: iso(year, 5, 1), name: 'Ngày Quốc tế Lao động 1/5' },
    { date: iso(year, 9, 2), name: 'Quốc khánh 2/9' },
    { date: nextToNational, name: 'Quốc khánh (ngày liền kề)' },
  ].sort((a, b) => a.date.localeCompare(b.date));
}

const cache = new Map<number, ProvisionalDay[]>();

/** The provisional days off of a year: the statutory days and their make-up days, each marked "dự kiến". */
export function provisionalDaysOff(year: number): ProvisionalDay[] {
  const known = cache.get(year);
  if (known) return known;
  const days = statutoryDays(year);
  const off = new Set(days.map((d) => d.date));
  const made: ProvisionalDay[] = [];
  for (const d of days) {
    if (!isWeekend(d.date)) continue;
    let next = shift(d.date, 1);
    while (isWeekend(next) || off.has(next)) next = shift(next, 1);
    off.add(next);
    made.push({ date: next, name: `Nghỉ bù ${d.name}` });
  }
  const all = [...days, ...made].filter((d) => d.date.startsWith(`${year}-`)).map((d) => ({ date: d.date, name: d.name + PROVISIONAL }));
  all.sort((a, b) => a.date.localeCompare(b.date));
  cache.set(year, all);
  return all;
}
