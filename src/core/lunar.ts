import { isoDate } from './dates.js';

/**
 * The Vietnamese lunar calendar, for the days off the law fixes by it (Tết, Giỗ Tổ Hùng Vương).
 * Algorithm of Hồ Ngọc Đức ("Thuật toán tính âm lịch", 2004), after Jean Meeus, Astronomical
 * Algorithms (1998): new moons and the sun's longitude computed for UTC+7, the time zone of the
 * Vietnamese calendar since 1968 — which is why Tết may differ from the Chinese (UTC+8) calendar's
 * (17/02/2007 here, 18/02 in China; 21/01/1985 here, 20/02 in China). Pure arithmetic, no tables.
 */

const TIME_ZONE = 7;
const INT = Math.floor;

/** Julian day number of a Gregorian (or, before 15/10/1582, Julian) date. */
export function julianDay(day: number, month: number, year: number): number {
  const a = INT((14 - month) / 12);
  const y = year + 4800 - a;
  const m = month + 12 * a - 3;
  const jd = day + INT((153 * m + 2) / 5) + 365 * y + INT(y / 4) - INT(y / 100) + INT(y / 400) - 32045;
  return jd < 2299161 ? day + INT((153 * m + 2) / 5) + 365 * y + INT(y / 4) - 32083 : jd;
}

/** The date of a Julian day number: [day, month, year]. */
export function dateOfJulianDay(jd: number): [number, number, number] {
  let b = 0;
  let c: number;
  if (jd > 2299160) {
    const a = jd + 32044;
    b = INT((4 * a + 3) / 146097);
    c = a - INT((b * 146097) / 4);
  } else c = jd + 32082;
  const d = INT((4 * c + 3) / 1461);
  const e = c - INT((1461 * d) / 4);
  const m = INT((5 * e + 2) / 153);
  return [e - INT((153 * m + 2) / 5) + 1, m + 3 - 12 * INT(m / 10), b * 100 + d - 4800 + INT(m / 10)];
}

/** The k-th new moon after 1900-01-01, as a Julian day with fraction (Meeus ch. 49, shortened). */
function newMoon(k: number): number {
  const T = k / 1236.85;
  const T2 = T * T;
  const T3 = T2 * T;
  const dr = Math.PI / 180;
  let jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * T2 - 0.000000155 * T3;
  jd1 += 0.00033 * Math.sin((166.56 + 132.87 * T - 0.009173 * T2) * dr);
  const M = 359.2242 + 29.10535608 * k - 0.0000333 * T2 - 0.00000347 * T3;
  const Mpr = 306.0253 + 385.81691806 * k + 0.0107306 * T2 + 0.00001236 * T3;
  const F = 21.2964 + 390.67050646 * k - 0.0016528 * T2 - 0.00000239 * T3;
  let c1 = (0.1734 - 0.000393 * T) * Math.sin(M * dr) + 0.0021 * Math.sin(2 * dr * M);
  c1 = c1 - 0.4068 * Math.sin(Mpr * dr) + 0.0161 * Math.sin(dr * 2 * Mpr);
  c1 -= 0.0004 * Math.sin(dr * 3 * Mpr);
  c1 = c1 + 0.0104 * Math.sin(dr * 2 * F) - 0.0051 * Math.sin(dr * (M + Mpr));
  c1 = c1 - 0.0074 * Math.sin(dr * (M - Mpr)) + 0.0004 * Math.sin(dr * (2 * F + M));
  c1 = c1 - 0.0004 * Math.sin(dr * (2 * F - M)) - 0.0006 * Math.sin(dr * (2 * F + Mpr));
  c1 = c1 + 0.001 * Math.sin(dr * (2 * F - Mpr)) + 0.0005 * Math.sin(dr * (2 * Mpr + M));
  const deltaT =
    T < -11 ? 0.001 + 0.000839 * T + 0.0002261 * T2 - 0.00000845 * T3 - 0.000000081 * T * T3 : -0.000278 + 0.000265 * T + 0.000262 * T2;
  return jd1 + c1 - deltaT;
}

/** The sun's true longitude at a Julian day, in radians within 0..2π. */
function sunLongitude(jdn: number): number {
  const T = (jdn - 2451545.0) / 36525;
  const T2 = T * T;
  const dr = Math.PI / 180;
  const M = 357.5291 + 35999.0503 * T - 0.0001559 * T2 - 0.00000048 * T * T2;
  const L0 = 280.46645 + 36000.76983 * T + 0.0003032 * T2;
  let DL = (1.9146 - 0.004817 * T - 0.000014 * T2) * Math.sin(dr * M);
  DL = DL + (0.019993 - 0.000101 * T) * Math.sin(dr * 2 * M) + 0.00029 * Math.sin(dr * 3 * M);
  const L = (L0 + DL) * dr;
  return L - Math.PI * 2 * INT(L / (Math.PI * 2));
}

/** Which of the 12 sectors (major solar terms) the sun is in at local midnight of a day. */
function sunSector(dayNumber: number): number {
  return INT((sunLongitude(dayNumber - 0.5 - TIME_ZONE / 24) / Math.PI) * 6);
}

function newMoonDay(k: number): number {
  return INT(newMoon(k) + 0.5 + TIME_ZONE / 24);
}

/** The first day of the 11th lunar month (the one holding the winter solstice) of a year. */
function lunarMonth11(year: number): number {
  const off = julianDay(31, 12, year) - 2415021;
  const k = INT(off / 29.530588853);
  const nm = newMoonDay(k);
  return sunSector(nm) >= 9 ? newMoonDay(k - 1) : nm;
}

/** After month 11 starting at `a11`, the offset of the leap month: the first month without a major term. */
function leapMonthOffset(a11: number): number {
  const k = INT((a11 - 2415021.076998695) / 29.530588853 + 0.5);
  let i = 1;
  let arc = sunSector(newMoonDay(k + i));
  let last: number;
  do {
    last = arc;
    i++;
    arc = sunSector(newMoonDay(k + i));
  } while (arc !== last && i < 14);
  return i - 1;
}

/** The Gregorian date [day, month, year] of a lunar date (not in a leap month). */
export function solarOfLunar(lunarDay: number, lunarMonth: number, lunarYear: number): [number, number, number] {
  const [a11, b11] =
    lunarMonth < 11 ? [lunarMonth11(lunarYear - 1), lunarMonth11(lunarYear)] : [lunarMonth11(lunarYear), lunarMonth11(lunarYear + 1)];
  const k = INT(0.5 + (a11 - 2415021.076998695) / 29.530588853);
  let off = lunarMonth - 11;
  if (off < 0) off += 12;
  if (b11 - a11 > 365 && off >= leapMonthOffset(a11)) off += 1;
  return dateOfJulianDay(newMoonDay(k + off) + lunarDay - 1);
}

/** Mùng 1 Tết of a year, as an ISO date. */
export function tetDate(year: number): string {
  const [d, m, y] = solarOfLunar(1, 1, year);
  return isoDate(y, m, d);
}
