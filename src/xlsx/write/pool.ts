/** Items kept once each, numbered in the order first seen: a styles part's fonts and formats, a workbook's shared texts. */
export class Pool {
  readonly items: string[] = [];
  private readonly ids = new Map<string, number>();
  constructor(first: readonly string[] = []) {
    for (const item of first) this.id(item);
  }
  id(item: string): number {
    let id = this.ids.get(item);
    if (id === undefined) {
      id = this.items.length;
      this.items.push(item);
      this.ids.set(item, id);
    }
    return id;
  }
}
