/** Branded strings: the compiler keeps a person id from being passed where a code is expected. */
type Brand<T, B extends string> = T & { readonly __brand: B };

export type PersonId = Brand<string, 'PersonId'>;
/** A canonical code exactly as the rulebook spells it (e.g. `VS`, `Ô`). */
export type Code = Brand<string, 'Code'>;
/** An A1-style cell address such as `G9`. */
export type CellAddress = Brand<string, 'CellAddress'>;

export interface YearMonth {
  readonly year: number;
  readonly month: number;
}

/** Where a piece of data came from, so every point can be traced back to the clerk's cell. */
export interface SourceCell {
  readonly file: string;
  readonly sheet: string;
  readonly cell: CellAddress;
}

export { isoDate } from './dates.js';
