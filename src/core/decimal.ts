/**
 * Exact decimal scores. A score is kept as an integer count of units of 10^-places (hundredths by
 * default), so 89.995 is never 89.99 or 90.00 by the luck of binary floating point: means and
 * ratios are divided once, in integers, and rounded half up.
 */

/** Units per whole point for `places` decimals (2 → 100). */
function unitsPerPoint(places: number): number {
  return 10 ** places;
}

/** A typed or stored figure (at most `places` decimals, as clerks type them) in units. */
export function toUnits(value: number, places: number): number {
  return Math.round(value * unitsPerPoint(places));
}

/** Units back to the number that prints with `places` decimals. */
export function fromUnits(units: number, places: number): number {
  return units / unitsPerPoint(places);
}

/** numerator ÷ denominator, both integers, the denominator positive, rounded half up (away from zero). */
export function divideHalfUp(numerator: number, denominator: number): number {
  if (!Number.isSafeInteger(numerator) || !Number.isSafeInteger(denominator) || denominator <= 0) {
    const n = BigInt(Math.round(numerator));
    const d = BigInt(Math.round(denominator));
    const q = (2n * (n < 0n ? -n : n) + d) / (2n * d);
    return Number(n < 0n ? -q : q);
  }
  const magnitude = Math.floor((2 * Math.abs(numerator) + denominator) / (2 * denominator));
  return numerator < 0 ? -magnitude : magnitude;
}
