/** Keeps the k best (highest score, then lowest id) of a stream in a binary min-heap. */
export class TopK<T extends { score: number; id: string }> {
  private readonly heap: T[] = [];

  constructor(private readonly k: number) {}

  get size(): number {
    return this.heap.length;
  }

  /** The score a newcomer must beat once the heap is full; -Infinity before. */
  get threshold(): number {
    return this.heap.length < this.k ? -Infinity : this.heap[0].score;
  }

  offer(item: T): void {
    if (this.k <= 0) return;
    if (this.heap.length < this.k) {
      this.heap.push(item);
      this.up(this.heap.length - 1);
    } else if (better(item, this.heap[0])) {
      this.heap[0] = item;
      this.down(0);
    }
  }

  /** Best first. */
  sorted(): T[] {
    return [...this.heap].sort((a, b) => (better(a, b) ? -1 : better(b, a) ? 1 : 0));
  }

  private up(i: number): void {
    const h = this.heap;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!better(h[parent], h[i])) break;
      [h[parent], h[i]] = [h[i], h[parent]];
      i = parent;
    }
  }

  private down(i: number): void {
    const h = this.heap;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let worst = i;
      if (l < h.length && better(h[worst], h[l])) worst = l;
      if (r < h.length && better(h[worst], h[r])) worst = r;
      if (worst === i) return;
      [h[worst], h[i]] = [h[i], h[worst]];
      i = worst;
    }
  }
}

/** Higher score first; equal scores by id, so results are deterministic (and equal to SQL's order). */
export function better(
  a: { score: number; id: string },
  b: { score: number; id: string },
): boolean {
  return a.score > b.score || (a.score === b.score && a.id < b.id);
}
