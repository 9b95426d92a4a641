/** Key -> slots. Stale slots (replaced or removed items) stay until the owner compacts. */
export class PostingLists {
  private readonly lists = new Map<string, number[]>();

  add(key: string, slot: number): void {
    const list = this.lists.get(key);
    if (list) list.push(slot);
    else this.lists.set(key, [slot]);
  }

  get(key: string): readonly number[] {
    return this.lists.get(key) ?? EMPTY;
  }

  length(key: string): number {
    return this.lists.get(key)?.length ?? 0;
  }

  clear(): void {
    this.lists.clear();
  }
}

const EMPTY: readonly number[] = [];

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
