/** Small building blocks for columnar in-memory data: growable typed arrays and interning. */

type TypedArray = Int8Array | Uint8Array | Uint16Array | Int32Array | Uint32Array | Float64Array;

/** A copy of `array` with room for at least `needed` elements (doubling), or `array` itself. */
export function ensureCapacity<T extends TypedArray>(array: T, needed: number): T {
  if (needed <= array.length) return array;
  const grown = new (array.constructor as new (length: number) => T)(
    Math.max(needed, array.length * 2, 16),
  );
  grown.set(array as never);
  return grown;
}

/** An append-only list of 32-bit integers: a quarter of the memory of a JS array of numbers. */
export class Int32List {
  private data = new Int32Array(4);
  length = 0;

  push(value: number): void {
    if (this.length === this.data.length) {
      // 1.5x growth: long lists waste at most a third.
      const grown = new Int32Array(Math.max(4, Math.ceil(this.data.length * 1.5)));
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = value;
  }

  /**
   * Renumbers in place: each value v becomes `renumbered[v]`, and values mapped to -1 are dropped
   * (the order of the rest is kept).
   */
  renumber(renumbered: Int32Array): void {
    const data = this.data;
    let kept = 0;
    for (let i = 0; i < this.length; i++) {
      const value = renumbered[data[i]];
      if (value >= 0) data[kept++] = value;
    }
    this.length = kept;
    if (kept < data.length / 4) this.data = data.slice(0, Math.max(4, kept));
  }

  /** A view of the current contents (no copy). */
  view(): Int32Array {
    return this.data.subarray(0, this.length);
  }
}

/** Dense ids for distinct keys, with a value kept per id. */
export class Interner<T> {
  private readonly ids = new Map<string, number>();
  readonly values: T[] = [];

  /** The id of `key`, creating `make()` as its value the first time. */
  intern(key: string, make: () => T): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      // Made first: a `make` that throws leaves no id without a value behind.
      const value = make();
      id = this.values.length;
      this.ids.set(key, id);
      this.values.push(value);
    }
    return id;
  }

  /** The id of `key`, or -1 when it was never interned. */
  find(key: string): number {
    return this.ids.get(key) ?? -1;
  }

  get size(): number {
    return this.values.length;
  }
}
