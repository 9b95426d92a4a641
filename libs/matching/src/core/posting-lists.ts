import { Int32List } from './columns';

/** Key -> slots. Stale slots (replaced or removed items) stay until the owner compacts. */
export class PostingLists<K = string> {
  private readonly lists = new Map<K, Int32List>();

  add(key: K, slot: number): void {
    let list = this.lists.get(key);
    if (!list) this.lists.set(key, (list = new Int32List()));
    list.push(slot);
  }

  get(key: K): Int32Array {
    return this.lists.get(key)?.view() ?? EMPTY;
  }

  length(key: K): number {
    return this.lists.get(key)?.length ?? 0;
  }

  clear(): void {
    this.lists.clear();
  }

  /** Renumbers every list's slots (see {@link Int32List.renumber}); empty lists go. */
  renumber(renumbered: Int32Array): void {
    for (const [key, list] of this.lists) {
      list.renumber(renumbered);
      if (list.length === 0) this.lists.delete(key);
    }
  }
}

const EMPTY = new Int32Array(0);

/** Marks slots seen in one query without clearing an array per query. */
export class SeenSet {
  private stamps = new Uint32Array(1024);
  private generation = 0;

  next(capacity: number): void {
    if (capacity > this.stamps.length) {
      const grown = new Uint32Array(Math.max(capacity, this.stamps.length * 2));
      grown.set(this.stamps);
      this.stamps = grown;
    }
    this.generation += 1;
    if (this.generation === 0xffffffff) {
      this.stamps.fill(0);
      this.generation = 1;
    }
  }

  /** True the first time a slot is seen in the current query. */
  firstVisit(slot: number): boolean {
    if (this.stamps[slot] === this.generation) return false;
    this.stamps[slot] = this.generation;
    return true;
  }
}
