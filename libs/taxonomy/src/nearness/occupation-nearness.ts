/**
 * How near ESCO occupations are by their skills, computed once per taxonomy import. Skills first:
 * a weighted Jaccard over each occupation's skills (essential 1, optional {@link OPTIONAL_WEIGHT}),
 * raised a little by the ISCO-08 hierarchy (up to {@link ISCO_BOOST} for the same unit group).
 * Only the best {@link NEARNESS_TOP_K} neighbours per occupation at or above
 * {@link NEARNESS_FLOOR} are kept.
 */
export const OPTIONAL_WEIGHT = 0.5;
export const ISCO_BOOST = 0.25;
export const NEARNESS_TOP_K = 20;
export const NEARNESS_FLOOR = 0.2;
/** Stored with each import: a database computed by another method is computed again. */
export const NEARNESS_METHOD = `wjaccard-o${OPTIONAL_WEIGHT}-isco${ISCO_BOOST}-k${NEARNESS_TOP_K}-f${NEARNESS_FLOOR}`;

/** The constants above, as one value: `linker:eval` measures other settings against them. */
export interface NearnessSettings {
  optionalWeight: number;
  iscoBoost: number;
  topK: number;
  floor: number;
}

export const DEFAULT_NEARNESS_SETTINGS: NearnessSettings = {
  optionalWeight: OPTIONAL_WEIGHT,
  iscoBoost: ISCO_BOOST,
  topK: NEARNESS_TOP_K,
  floor: NEARNESS_FLOOR,
};

export interface NearnessInput {
  occupations: ReadonlyArray<{ uri: string; iscoGroup: string | null }>;
  relations: ReadonlyArray<{
    occupationUri: string;
    skillUri: string;
    relationType: 'essential' | 'optional';
  }>;
}

/** One row per (occupation, near occupation), columns as arrays: what the importer stores. */
export interface NearnessRows {
  occupation: string[];
  near: string[];
  /** In (0, 1], rounded to 3 decimals. */
  similarity: number[];
  /** Skills essential to both. */
  sharedEssential: number[];
  /** Essential skills of `occupation`: "shares 14 of 20". */
  essential: number[];
}

/** A near occupation of one occupation, as a vacancy of that occupation sees it. */
export interface NearOccupation {
  uri: string;
  similarity: number;
  sharedEssential: number;
  /** Essential skills of the occupation whose neighbour this is. */
  essentialTotal: number;
}

/** Shared leading ISCO-08 digits (0-4) of two unit groups. */
function sharedIscoDigits(a: string | null, b: string | null): number {
  if (!a || !b) return 0;
  let n = 0;
  while (n < 4 && n < a.length && n < b.length && a[n] === b[n]) n += 1;
  return n;
}

/**
 * The top neighbours of every occupation with skills. Skills are numbered, each occupation's
 * weighted skill list and each skill's posting list are typed arrays, and one pass per
 * occupation accumulates the overlap with every occupation sharing a skill.
 */
export function computeOccupationNearness(
  input: NearnessInput,
  settings: NearnessSettings = DEFAULT_NEARNESS_SETTINGS,
): NearnessRows {
  const isco = new Map(input.occupations.map((o) => [o.uri, o.iscoGroup]));
  const index = new Map<string, number>();
  const uris: string[] = [];
  const skillIds = new Map<string, number>();
  // Per occupation: skill id -> weight (essential wins over optional).
  const weights: Array<Map<number, number>> = [];
  for (const r of input.relations) {
    if (!isco.has(r.occupationUri)) continue;
    let o = index.get(r.occupationUri);
    if (o === undefined) {
      o = uris.length;
      index.set(r.occupationUri, o);
      uris.push(r.occupationUri);
      weights.push(new Map());
    }
    let skill = skillIds.get(r.skillUri);
    if (skill === undefined) skillIds.set(r.skillUri, (skill = skillIds.size));
    const w = r.relationType === 'essential' ? 1 : settings.optionalWeight;
    if ((weights[o].get(skill) ?? 0) < w) weights[o].set(skill, w);
  }
  const n = uris.length;
  const total = new Float64Array(n);
  const essential = new Uint16Array(n);
  const postingCount = new Uint32Array(skillIds.size);
  for (let o = 0; o < n; o++)
    for (const [skill, w] of weights[o]) {
      total[o] += w;
      if (w === 1) essential[o] += 1;
      postingCount[skill] += 1;
    }
  const postingStart = new Uint32Array(skillIds.size + 1);
  for (let s = 0; s < skillIds.size; s++) postingStart[s + 1] = postingStart[s] + postingCount[s];
  const postingOcc = new Uint32Array(postingStart[skillIds.size]);
  const postingWeight = new Float32Array(postingStart[skillIds.size]);
  const fill = postingStart.slice(0, skillIds.size);
  for (let o = 0; o < n; o++)
    for (const [skill, w] of weights[o]) {
      postingOcc[fill[skill]] = o;
      postingWeight[fill[skill]++] = w;
    }

  const rows: NearnessRows = {
    occupation: [],
    near: [],
    similarity: [],
    sharedEssential: [],
    essential: [],
  };
  const overlap = new Float64Array(n);
  const shared = new Uint16Array(n);
  const touched = new Uint32Array(n);
  for (let a = 0; a < n; a++) {
    let count = 0;
    for (const [skill, wa] of weights[a]) {
      for (let i = postingStart[skill], end = postingStart[skill + 1]; i < end; i++) {
        const b = postingOcc[i];
        if (b === a) continue;
        const wb = postingWeight[i];
        if (overlap[b] === 0) touched[count++] = b;
        overlap[b] += wa < wb ? wa : wb;
        if (wa === 1 && wb === 1) shared[b] += 1;
      }
    }
    const found: Array<{ b: number; similarity: number }> = [];
    const iscoA = isco.get(uris[a]) ?? null;
    for (let t = 0; t < count; t++) {
      const b = touched[t];
      const jaccard = overlap[b] / (total[a] + total[b] - overlap[b]);
      const boost =
        1 + (settings.iscoBoost * sharedIscoDigits(iscoA, isco.get(uris[b]) ?? null)) / 4;
      const similarity = Math.round(Math.min(1, jaccard * boost) * 1000) / 1000;
      if (similarity >= settings.floor) found.push({ b, similarity });
    }
    // Ties broken by URI, so the kept neighbours do not depend on file order.
    found.sort((x, y) => y.similarity - x.similarity || (uris[x.b] < uris[y.b] ? -1 : 1));
    for (const { b, similarity } of found.slice(0, settings.topK)) {
      rows.occupation.push(uris[a]);
      rows.near.push(uris[b]);
      rows.similarity.push(similarity);
      rows.sharedEssential.push(shared[b]);
      rows.essential.push(essential[a]);
    }
    for (let t = 0; t < count; t++) {
      overlap[touched[t]] = 0;
      shared[touched[t]] = 0;
    }
  }
  return rows;
}

/**
 * The stored nearness in memory: occupations numbered, neighbours in one compressed row array
 * (offsets, neighbour numbers, similarity, shared essential skills), a few bytes per pair.
 */
export class OccupationNearnessTable {
  private readonly index = new Map<string, number>();
  private readonly uris: string[] = [];
  private readonly offsets: Uint32Array;
  private readonly neighbours: Uint32Array;
  private readonly similarity: Float32Array;
  private readonly shared: Uint16Array;
  private readonly essential: Uint16Array;

  static readonly EMPTY = new OccupationNearnessTable({
    occupation: [],
    near: [],
    similarity: [],
    sharedEssential: [],
    essential: [],
  });

  /** `rows` grouped by occupation (as {@link computeOccupationNearness} and the store give them). */
  constructor(rows: NearnessRows) {
    const number = (uri: string) => {
      let i = this.index.get(uri);
      if (i === undefined) {
        i = this.uris.length;
        this.index.set(uri, i);
        this.uris.push(uri);
      }
      return i;
    };
    const m = rows.occupation.length;
    for (let r = 0; r < m; r++) number(rows.occupation[r]);
    const owners = this.uris.length;
    const counts = new Uint32Array(owners + 1);
    for (let r = 0; r < m; r++) counts[this.index.get(rows.occupation[r])! + 1] += 1;
    this.offsets = new Uint32Array(owners + 1);
    for (let i = 0; i < owners; i++) this.offsets[i + 1] = this.offsets[i] + counts[i + 1];
    this.neighbours = new Uint32Array(m);
    this.similarity = new Float32Array(m);
    this.shared = new Uint16Array(m);
    this.essential = new Uint16Array(owners);
    const fill = this.offsets.slice(0, owners);
    for (let r = 0; r < m; r++) {
      const owner = this.index.get(rows.occupation[r])!;
      const at = fill[owner]++;
      this.neighbours[at] = number(rows.near[r]);
      this.similarity[at] = rows.similarity[r];
      this.shared[at] = rows.sharedEssential[r];
      this.essential[owner] = rows.essential[r];
    }
  }

  /** Pairs stored. */
  get size(): number {
    return this.neighbours.length;
  }

  /** The near occupations of `uri`, nearest first; none for an occupation without neighbours. */
  neighboursOf(uri: string | null): NearOccupation[] {
    const i = uri === null ? undefined : this.index.get(uri);
    if (i === undefined || i + 1 >= this.offsets.length) return [];
    const out: NearOccupation[] = [];
    for (let at = this.offsets[i]; at < this.offsets[i + 1]; at++) {
      out.push({
        uri: this.uris[this.neighbours[at]],
        // Float32 storage: back to the stored 3 decimals.
        similarity: Math.round(this.similarity[at] * 1000) / 1000,
        sharedEssential: this.shared[at],
        essentialTotal: this.essential[i],
      });
    }
    return out;
  }
}
