import { Int32List } from './columns';

/** Key -> slots. Stale slots (replaced or removed items) stay until the owner compacts. */
export class PostingLists {
  private readonly lists = new Map<string, Int32List>();

  add(key: string, slot: number): void {
    let list = this.lists.get(key);
    if (!list) this.lists.set(key, (list = new Int32List()));
    list.push(slot);
  }

  get(key: string): Int32Array {
    return this.lists.get(key)?.view() ?? EMPTY;
  }

  length(key: string): number {
    return this.lists.get(key)?.length ?? 0;
  }

  clear(): void {
    this.lists.clear();
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
