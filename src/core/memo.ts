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

/**
 * `get` with the last key asked for kept in front of it: rows in order (a report's detail, sorted
 * by date) ask for the same date or file row after row, and an equal key is cheaper to compare
 * than to look up.
 */
export function lastFirst<K, V>(get: (key: K) => V): (key: K) => V {
  let has = false;
  let lastKey: K | undefined;
  let lastValue: V | undefined;
  return (key) => {
    if (!has || key !== lastKey) {
      lastValue = get(key);
      lastKey = key;
      has = true;
    }
    return lastValue as V;
  };
}
