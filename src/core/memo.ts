/**
 * `make` remembered by its argument: a text worked out once however many rows, months or cells ask
 * for it (a province's names, dates and files recur by the hundred thousand). Kept for as long as
 * the returned function is.
 */
export function memo<K, V>(make: (key: K) => V): (key: K) => V {
  const made = new Map<K, V>();
  return (key) => {
    let value = made.get(key);
    if (value === undefined) {
      value = make(key);
      made.set(key, value);
    }
    return value;
  };
}
