import type { MonthStaff } from './grid.js';
import { groupBy } from './group.js';

/**
 * A month's events (or neutral marks) by person. parseGrid lists them person by person in the
 * order of the staff; when the caller scores the staff in that order too (the year's fold), a
 * cursor walks the list and no map of the month's people is made. Any other order, of the list or
 * of the calls, is answered from a map. `of` gives the person's items as `list` from `from` to `to`.
 */
export class ByPerson<T extends { readonly personId: string }> {
  list: readonly T[];
  from = 0;
  to = 0;
  private turn = 0;
  private byId: Map<string, T[]> | undefined;

  constructor(
    private readonly all: readonly T[],
    private staff: readonly MonthStaff[] | undefined,
  ) {
    this.list = all;
    if (staff && !groupedInOrder(all, staff)) this.staff = undefined;
  }

  of(person: MonthStaff): this {
    if (this.staff !== undefined && this.staff[this.turn] === person) {
      this.turn++;
      this.from = this.to;
      let to = this.to;
      while (to < this.all.length && this.all[to]!.personId === person.id) to++;
      this.to = to;
      return this;
    }
    // Out of turn: from here on, from a map.
    this.staff = undefined;
    this.byId ??= groupBy(this.all, (item) => item.personId);
    this.list = this.byId.get(person.id) ?? NO_ITEMS;
    this.from = 0;
    this.to = this.list.length;
    return this;
  }
}

const NO_ITEMS: readonly never[] = [];

/** Whether the items come person by person in the staff's order (each person's together). */
function groupedInOrder(items: readonly { readonly personId: string }[], staff: readonly MonthStaff[]): boolean {
  let k = 0;
  for (let p = 0; p < staff.length && k < items.length; p++) while (k < items.length && items[k]!.personId === staff[p]!.id) k++;
  return k === items.length;
}
