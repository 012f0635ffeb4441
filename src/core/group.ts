/** Lists of items by a key: the one way the core gathers people, events or rows under a key. */

/** Adds `item` to the list under `key`, starting the list when it is the first. */
export function addTo<K, T>(index: Map<K, T[]>, key: K, item: T): void {
  const list = index.get(key);
  if (list) list.push(item);
  else index.set(key, [item]);
}

/** The items by `key`, each list in the items' order. */
export function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const item of items) addTo(out, key(item), item);
  return out;
}
