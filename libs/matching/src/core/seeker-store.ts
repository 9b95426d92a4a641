import { cefrRank, CefrLevel } from '@wt/taxonomy/levels';
import { ensureCapacity, Interner } from './columns';
import { SeekerForMatching } from './matching.types';
import { dayNumber, normaliseCode } from './prepared-vacancy';

/** Bits of {@link SeekerStore.flags}. */
export const SEEKER_FLAG = {
  alive: 1,
  availableNow: 2,
  willingToWorkInGermany: 4,
  banenafspraak: 8,
  schoolLeaver: 16,
  dagbesteding: 32,
} as const;

export interface OccupationEntry {
  uri: string;
  isco: string | null;
  /** The ISCO minor and sub-major groups (first 3 and 2 digits). */
  isco3: string | null;
  isco2: string | null;
}

export interface ExperienceEntry {
  /** Id in {@link SeekerStore.occupations}. */
  occupation: number;
  years: number;
}

export interface LanguageEntry {
  language: string;
  level: CefrLevel;
  /** Id of the lower-cased language in {@link SeekerStore.languageNames}. */
  name: number;
  rank: number;
}

export interface CodeList {
  codes: string[];
  normalised: Set<string>;
}

/** Per seeker a run of ids in one shared array: `values[start[slot] .. start[slot] + count[slot]]`. */
export class Ragged {
  start = new Uint32Array(16);
  count = new Uint16Array(16);
  values = new Int32Array(64);
  /** Values written, including those of removed seekers (dropped when the index compacts). */
  used = 0;

  set(slot: number, ids: ArrayLike<number>): void {
    if (ids.length > 0xffff)
      throw new RangeError(`at most 65535 entries per seeker (${ids.length})`);
    this.start = ensureCapacity(this.start, slot + 1);
    this.count = ensureCapacity(this.count, slot + 1);
    this.values = ensureCapacity(this.values, this.used + ids.length);
    this.start[slot] = this.used;
    this.count[slot] = ids.length;
    for (let i = 0; i < ids.length; i++) this.values[this.used++] = ids[i];
  }

  /** Appends the run of `from`'s `fromSlot` as the run of `slot`. */
  copy(from: Ragged, fromSlot: number, slot: number): void {
    const start = from.start[fromSlot];
    const count = from.count[fromSlot];
    this.start = ensureCapacity(this.start, slot + 1);
    this.count = ensureCapacity(this.count, slot + 1);
    this.values = ensureCapacity(this.values, this.used + count);
    this.values.set(from.values.subarray(start, start + count), this.used);
    this.start[slot] = this.used;
    this.count[slot] = count;
    this.used += count;
  }

  /** The ids of `slot` as a view (no copy). */
  of(slot: number): Int32Array {
    const from = this.start[slot];
    return this.values.subarray(from, from + this.count[slot]);
  }

  get(slot: number): number[] {
    return Array.from(this.of(slot));
  }
}

const NONE = -1;

/**
 * Job seekers as columns (typed arrays and interned values) instead of one object per profile:
 * a million profiles in a few hundred megabytes, and a scorer that reads numbers without
 * allocating. {@link materialize} gives a profile back exactly as it was added.
 */
export class SeekerStore {
  readonly occupations: Interner<OccupationEntry>;
  readonly experiences: Interner<ExperienceEntry>;
  readonly skills: Interner<string>;
  readonly languageNames: Interner<string>;
  readonly languages: Interner<LanguageEntry>;
  readonly codeLists: Interner<CodeList>;
  readonly strings: Interner<string>;
  readonly schoolLeavers: Interner<NonNullable<SeekerForMatching['schoolLeaver']>>;

  /** Seeker id per slot; undefined once removed. */
  readonly ids: Array<string | undefined> = [];
  version = new Float64Array(16);
  flags = new Uint8Array(16);
  /** NaN without a home. */
  lat = new Float64Array(16);
  lon = new Float64Array(16);
  /** NaN when not given (as hours below). */
  maxKm = new Float64Array(16);
  hoursMin = new Float64Array(16);
  hoursMax = new Float64Array(16);
  /** -1 when unknown. */
  eqf = new Int8Array(16);
  /** Day number of `availableFrom`; meaningful only when {@link availableFrom} is not -1. */
  availableDay = new Int32Array(16);
  /** Ids in {@link strings}, -1 for null. */
  availableFrom = new Int32Array(16);
  qualification = new Int32Array(16);
  /** Ids in {@link codeLists}. */
  licences = new Int32Array(16);
  certificates = new Int32Array(16);
  /** Id in {@link schoolLeavers}, -1 for none. */
  schoolLeaver = new Int32Array(16);
  readonly wanted = new Ragged();
  readonly experience = new Ragged();
  readonly skillIds = new Ragged();
  readonly languageIds = new Ragged();

  /** `shared`: a store whose interned values (and so their ids) this one reuses. */
  constructor(shared?: SeekerStore) {
    this.occupations = shared?.occupations ?? new Interner();
    this.experiences = shared?.experiences ?? new Interner();
    this.skills = shared?.skills ?? new Interner();
    this.languageNames = shared?.languageNames ?? new Interner();
    this.languages = shared?.languages ?? new Interner();
    this.codeLists = shared?.codeLists ?? new Interner();
    this.strings = shared?.strings ?? new Interner();
    this.schoolLeavers = shared?.schoolLeavers ?? new Interner();
  }

  /**
   * A store of the live slots only, in order, sharing the interned values: a copy of numbers,
   * without going through profile objects. `renumbered[old slot]` is the new slot, -1 if dropped.
   */
  compacted(): { store: SeekerStore; renumbered: Int32Array } {
    const store = new SeekerStore(this);
    const renumbered = new Int32Array(this.length).fill(-1);
    let live = 0;
    for (let slot = 0; slot < this.length; slot++) if (this.isLive(slot)) live += 1;
    store.reserve(live);
    for (let slot = 0; slot < this.length; slot++) {
      if (this.isLive(slot)) renumbered[slot] = store.copy(this, slot);
    }
    return { store, renumbered };
  }

  /** Slots used so far, live or not. */
  get length(): number {
    return this.ids.length;
  }

  add(s: SeekerForMatching): number {
    const slot = this.ids.length;
    this.reserve(slot + 1);
    this.ids.push(s.id);
    this.version[slot] = s.version;
    this.flags[slot] =
      SEEKER_FLAG.alive |
      (s.availableNow ? SEEKER_FLAG.availableNow : 0) |
      (s.willingToWorkInGermany ? SEEKER_FLAG.willingToWorkInGermany : 0) |
      (s.banenafspraak ? SEEKER_FLAG.banenafspraak : 0) |
      (s.schoolLeaver ? SEEKER_FLAG.schoolLeaver : 0) |
      (s.schoolLeaver?.exitProfile === 'dagbesteding' ? SEEKER_FLAG.dagbesteding : 0);
    this.lat[slot] = s.home ? s.home.lat : NaN;
    this.lon[slot] = s.home ? s.home.lon : NaN;
    this.maxKm[slot] = s.maxTravelKm ?? NaN;
    this.hoursMin[slot] = s.hoursMin ?? NaN;
    this.hoursMax[slot] = s.hoursMax ?? NaN;
    if (s.eqf !== null && (!Number.isInteger(s.eqf) || s.eqf < 0 || s.eqf > 127))
      throw new RangeError(`eqf must be an integer from 0 (got ${s.eqf})`);
    this.eqf[slot] = s.eqf ?? NONE;
    this.availableFrom[slot] = s.availableFrom === null ? NONE : this.string(s.availableFrom);
    this.availableDay[slot] = s.availableFrom === null ? 0 : dayNumber(s.availableFrom);
    this.qualification[slot] = s.qualification === null ? NONE : this.string(s.qualification);
    this.licences[slot] = this.codeList(s.drivingLicences);
    this.certificates[slot] = this.codeList(s.certificates);
    this.schoolLeaver[slot] = s.schoolLeaver
      ? this.schoolLeavers.intern(JSON.stringify(s.schoolLeaver), () => ({ ...s.schoolLeaver! }))
      : NONE;
    this.wanted.set(
      slot,
      s.occupations.map((o) => this.occupation(o.uri, o.isco)),
    );
    this.experience.set(
      slot,
      s.experience.map((e) => {
        const occupation = this.occupation(e.uri, e.isco);
        return this.experiences.intern(`${occupation}|${e.years}`, () => ({
          occupation,
          years: e.years,
        }));
      }),
    );
    this.skillIds.set(
      slot,
      s.skills.map((uri) => this.skills.intern(uri, () => uri)),
    );
    this.languageIds.set(
      slot,
      s.languages.map((l) =>
        this.languages.intern(`${l.language}|${l.level}`, () => {
          const lower = l.language.toLowerCase();
          return {
            language: l.language,
            level: l.level,
            name: this.languageNames.intern(lower, () => lower),
            rank: cefrRank(l.level),
          };
        }),
      ),
    );
    return slot;
  }

  remove(slot: number): void {
    this.ids[slot] = undefined;
    this.flags[slot] = 0;
  }

  isLive(slot: number): boolean {
    return (this.flags[slot] & SEEKER_FLAG.alive) !== 0;
  }

  /** The profile in `slot` as an object, equal to the one added. */
  materialize(slot: number): SeekerForMatching {
    const id = this.ids[slot];
    if (id === undefined) throw new Error(`slot ${slot} holds no seeker`);
    const flags = this.flags[slot];
    const nullable = (value: number) => (Number.isNaN(value) ? null : value);
    const text = (ref: number) => (ref === NONE ? null : this.strings.values[ref]);
    const occupation = (ref: number) => {
      const o = this.occupations.values[ref];
      return { uri: o.uri, isco: o.isco };
    };
    const leaver = this.schoolLeaver[slot];
    return {
      id,
      version: this.version[slot],
      occupations: this.wanted.get(slot).map(occupation),
      experience: this.experience.get(slot).map((ref) => {
        const e = this.experiences.values[ref];
        return { ...occupation(e.occupation), years: e.years };
      }),
      skills: this.skillIds.get(slot).map((ref) => this.skills.values[ref]),
      eqf: this.eqf[slot] === NONE ? null : this.eqf[slot],
      qualification: text(this.qualification[slot]),
      home: Number.isNaN(this.lat[slot]) ? null : { lat: this.lat[slot], lon: this.lon[slot] },
      maxTravelKm: nullable(this.maxKm[slot]),
      hoursMin: nullable(this.hoursMin[slot]),
      hoursMax: nullable(this.hoursMax[slot]),
      availableNow: (flags & SEEKER_FLAG.availableNow) !== 0,
      availableFrom: text(this.availableFrom[slot]),
      languages: this.languageIds.get(slot).map((ref) => {
        const l = this.languages.values[ref];
        return { language: l.language, level: l.level };
      }),
      drivingLicences: [...this.codeLists.values[this.licences[slot]].codes],
      certificates: [...this.codeLists.values[this.certificates[slot]].codes],
      willingToWorkInGermany: (flags & SEEKER_FLAG.willingToWorkInGermany) !== 0,
      banenafspraak: (flags & SEEKER_FLAG.banenafspraak) !== 0,
      schoolLeaver: leaver === NONE ? null : { ...this.schoolLeavers.values[leaver] },
    };
  }

  private copy(from: SeekerStore, slot: number): number {
    const to = this.ids.length;
    this.ids.push(from.ids[slot]);
    this.version[to] = from.version[slot];
    this.flags[to] = from.flags[slot];
    this.lat[to] = from.lat[slot];
    this.lon[to] = from.lon[slot];
    this.maxKm[to] = from.maxKm[slot];
    this.hoursMin[to] = from.hoursMin[slot];
    this.hoursMax[to] = from.hoursMax[slot];
    this.eqf[to] = from.eqf[slot];
    this.availableDay[to] = from.availableDay[slot];
    this.availableFrom[to] = from.availableFrom[slot];
    this.qualification[to] = from.qualification[slot];
    this.licences[to] = from.licences[slot];
    this.certificates[to] = from.certificates[slot];
    this.schoolLeaver[to] = from.schoolLeaver[slot];
    this.wanted.copy(from.wanted, slot, to);
    this.experience.copy(from.experience, slot, to);
    this.skillIds.copy(from.skillIds, slot, to);
    this.languageIds.copy(from.languageIds, slot, to);
    return to;
  }

  private reserve(slots: number): void {
    this.version = ensureCapacity(this.version, slots);
    this.flags = ensureCapacity(this.flags, slots);
    this.lat = ensureCapacity(this.lat, slots);
    this.lon = ensureCapacity(this.lon, slots);
    this.maxKm = ensureCapacity(this.maxKm, slots);
    this.hoursMin = ensureCapacity(this.hoursMin, slots);
    this.hoursMax = ensureCapacity(this.hoursMax, slots);
    this.eqf = ensureCapacity(this.eqf, slots);
    this.availableDay = ensureCapacity(this.availableDay, slots);
    this.availableFrom = ensureCapacity(this.availableFrom, slots);
    this.qualification = ensureCapacity(this.qualification, slots);
    this.licences = ensureCapacity(this.licences, slots);
    this.certificates = ensureCapacity(this.certificates, slots);
    this.schoolLeaver = ensureCapacity(this.schoolLeaver, slots);
  }

  private occupation(uri: string, isco: string | null): number {
    return this.occupations.intern(`${uri}|${isco ?? '\u0000'}`, () => ({
      uri,
      isco,
      isco3: isco ? isco.slice(0, 3) : null,
      isco2: isco ? isco.slice(0, 2) : null,
    }));
  }

  private string(value: string): number {
    return this.strings.intern(value, () => value);
  }

  private codeList(codes: readonly string[]): number {
    return this.codeLists.intern(codes.join('\u0001'), () => ({
      codes: [...codes],
      normalised: new Set(codes.map(normaliseCode)),
    }));
  }
}
