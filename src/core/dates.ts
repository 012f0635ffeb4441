/** Dates as clerks read them: 2026-12-10 (ISO, how the core keeps them) prints 10/12/2026. */
export function isoToDdmmyyyy(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}
