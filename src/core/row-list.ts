/**
 * A list read by index whose rows are made only when read: a province's year lists 30,000 people
 * (and hundreds of thousands of deductions), of which a terminal shows a screenful and a writer
 * needs one row at a time. An array is one too.
 */
export interface RowList<T> {
  readonly length: number;
  at(index: number): T | undefined;
}

/** `items`, each made into its row by `make` when that row is read. */
export function mapRows<S, T>(items: readonly S[], make: (item: S, index: number) => T): RowList<T> {
  return { length: items.length, at: (i) => (i >= 0 && i < items.length ? make(items[i]!, i) : undefined) };
}
