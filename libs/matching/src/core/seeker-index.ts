import { ScoringContext } from './candidate-evaluation';
import { GeoBuckets } from './geo-buckets';
import { SeekerForMatching } from './matching.types';
import { PreparedVacancy } from './prepared-vacancy';
import { PostingLists, SeenSet } from './posting-lists';
import { ensureCapacity } from './columns';
import { SeekerStore } from './seeker-store';
import { TopK } from './top-k';
import { VacancyProbe } from './vacancy-probe';

export interface RankedSeeker {
  id: string;
  score: number;
}

export interface RetrievalStats {
  candidates: number;
  tiers: number;
  fullScan: boolean;
}

/** A skill shared by more seekers than this is not used to find candidates; the bound covers it. */
const MAX_SKILL_POSTING = 50_000;

/**
 * The retrieval index over job seekers: posting lists by occupation, ISCO unit, minor and
 * sub-major group and skill, and geographic buckets by home and travel distance, over a columnar
 * {@link SeekerStore}. A vacancy's shortlist skips seekers in buckets out of reach, scores those
 * the lists name tier by tier, and stops when no unseen seeker could still make the top k: the
 * result equals scoring everyone (the SQL baseline checks that), at a fraction of the work.
 */
export class SeekerIndex {
  private store = new SeekerStore();
  private bucketOf = new Uint16Array(1024);
  private readonly slotById = new Map<string, number>();
  private readonly byOccupation = new PostingLists();
  private readonly byIsco4 = new PostingLists();
  private readonly byIsco3 = new PostingLists();
  private readonly byIsco2 = new PostingLists();
  /** By skill id in the store (the store keeps the ids when it compacts). */
  private readonly bySkill = new PostingLists<number>();
  private skillStamps = new Uint32Array(1024);
  private stamp = 0;
  private readonly buckets = new GeoBuckets();
  private readonly seen = new SeenSet();
  private stale = 0;
  /** Called with the id of a profile replaced or removed (cached results holding it are stale). */
  onRemove?: (id: string) => void;

  get size(): number {
    return this.slotById.size;
  }

  get(id: string): SeekerForMatching | undefined {
    const slot = this.slotById.get(id);
    return slot === undefined ? undefined : this.store.materialize(slot);
  }

  /** The indexed version of a profile, without materialising it. */
  versionOf(id: string): number | undefined {
    const slot = this.slotById.get(id);
    return slot === undefined ? undefined : this.store.version[slot];
  }

  upsert(seeker: SeekerForMatching): void {
    this.remove(seeker.id);
    const slot = this.store.add(seeker);
    this.slotById.set(seeker.id, slot);
    this.post(slot);
  }

  remove(id: string): void {
    const slot = this.slotById.get(id);
    if (slot === undefined) return;
    this.onRemove?.(id);
    this.store.remove(slot);
    this.slotById.delete(id);
    this.stale += 1;
    if (this.stale > 10_000 && this.stale > this.store.length / 3) this.compact();
  }

  /** The k best seekers for a vacancy that make the shortlist (not knocked out, minimum score), best first. */
  topFor(
    p: PreparedVacancy,
    ctx: ScoringContext,
    k: number,
    stats?: RetrievalStats,
  ): RankedSeeker[] {
    const top = new TopK<RankedSeeker>(k);
    const minScore = ctx.model.shortlistMinScore;
    const { mask, buckets } = this.buckets.reachable(p.vacancy.location);
    const bucketOf = this.bucketOf;
    const store = this.store;
    const probe = new VacancyProbe(store, p, ctx);
    this.seen.next(store.length);
    let candidates = 0;
    const visit = (list: Int32Array) => {
      for (let i = 0; i < list.length; i++) {
        const slot = list[i];
        if (mask[bucketOf[slot]] === 0 || !store.isLive(slot) || !this.seen.firstVisit(slot))
          continue;
        candidates += 1;
        const score = probe.score(slot);
        if (score >= minScore) top.offer({ id: store.ids[slot]!, score });
      }
    };
    let used = 0;
    let fullScan = false;
    for (const tier of this.tiers(p, ctx, () => buckets.map((b) => b.slots.view()))) {
      // Unseen seekers score at most tier.bound: done when that cannot make the list.
      if (
        used > 0 &&
        (tier.previousBound < minScore || (top.size >= k && top.threshold > tier.previousBound))
      )
        break;
      used += 1;
      fullScan ||= tier.everyone;
      for (const list of tier.lists()) visit(list);
    }
    if (stats) Object.assign(stats, { candidates, tiers: used, fullScan });
    return top.sorted();
  }

  /**
   * Candidate tiers, most similar first. `previousBound` is the best score a seeker outside all
   * earlier tiers could reach; the last tier is every seeker within reach.
   */
  private tiers(p: PreparedVacancy, ctx: ScoringContext, everyone: () => Int32Array[]) {
    const v = p.vacancy;
    const w = ctx.model.weights;
    const total = Object.values(w).reduce((a, b) => a + b, 0);
    const skills = [...p.essential, ...p.optional];
    const postingOf = (uri: string) => this.bySkill.get(this.store.skills.find(uri));
    const usable = skills.filter((s) => postingOf(s).length <= MAX_SKILL_POSTING);
    const skippedWeight = skills
      .filter((s) => !usable.includes(s))
      .reduce((sum, s) => sum + (p.essential.has(s) ? 2 : 1), 0);
    const skillsBound = p.skillWeightTotal === 0 ? 0.5 : skippedWeight / p.skillWeightTotal;
    // Everything but occupation, skills and experience can be perfect for an unseen seeker.
    const rest = w.level + w.distance + w.hours + w.availability + w.support;
    const bound = (occupation: number) =>
      (100 * (occupation * w.occupation + skillsBound * w.skills + rest)) / total;
    const tiers: Array<{
      lists: () => Int32Array[];
      previousBound: number;
      everyone: boolean;
    }> = [];
    const hasTier1 = Boolean(v.occupationUri || v.isco || p.near.size > 0 || usable.length > 0);
    if (hasTier1) {
      tiers.push({
        // Every near occupation is here: outside tier 1 a seeker earns ISCO credit at most.
        lists: () => [
          ...(v.occupationUri ? [this.byOccupation.get(v.occupationUri)] : []),
          ...[...p.near.keys()].map((uri) => this.byOccupation.get(uri)),
          ...(v.isco ? [this.byIsco4.get(v.isco)] : []),
          ...usable.map(postingOf),
        ],
        previousBound: Infinity,
        everyone: false,
      });
    }
    // Outside tier 1 a seeker shares no usable skill, has no near occupation, and at best the ISCO
    // minor group (0.4), then
    // the sub-major group (0.15); experience counts only for the same occupation or unit group.
    if (v.isco) {
      tiers.push({
        lists: () => [this.byIsco3.get(p.isco3!)],
        previousBound: bound(0.4),
        everyone: false,
      });
      tiers.push({
        lists: () => [this.byIsco2.get(p.isco2!)],
        previousBound: bound(0.15),
        everyone: false,
      });
    }
    tiers.push({ lists: everyone, previousBound: hasTier1 ? bound(0) : Infinity, everyone: true });
    return tiers;
  }

  /** Adds the seeker in `slot` to its bucket and to the lists of its occupations and skills. */
  private post(slot: number): void {
    const s = this.store;
    const lat = s.lat[slot];
    const maxKm = s.maxKm[slot];
    const bucket = this.buckets.bucketFor(
      Number.isNaN(lat) ? null : { lat, lon: s.lon[slot] },
      Number.isNaN(maxKm) ? null : maxKm,
    );
    bucket.slots.push(slot);
    if (slot >= this.bucketOf.length) {
      const grown = new Uint16Array(Math.max(slot + 1, this.bucketOf.length * 2));
      grown.set(this.bucketOf);
      this.bucketOf = grown;
    }
    this.bucketOf[slot] = bucket.id;
    // A seeker has a handful of occupations: short arrays keep each key once.
    const keys: string[][] = [[], [], [], []];
    const note = (list: string[], key: string | null) => {
      if (key !== null && !list.includes(key)) list.push(key);
    };
    const entry = (ref: number) => {
      const o = s.occupations.values[ref];
      note(keys[0], o.uri);
      note(keys[1], o.isco);
      note(keys[2], o.isco3);
      note(keys[3], o.isco2);
    };
    for (const ref of s.wanted.of(slot)) entry(ref);
    for (const ref of s.experience.of(slot)) entry(s.experiences.values[ref].occupation);
    keys[0].forEach((key) => this.byOccupation.add(key, slot));
    keys[1].forEach((key) => this.byIsco4.add(key, slot));
    keys[2].forEach((key) => this.byIsco3.add(key, slot));
    keys[3].forEach((key) => this.byIsco2.add(key, slot));
    // Each skill once, even when a profile lists it twice.
    this.skillStamps = ensureCapacity(this.skillStamps, s.skills.size);
    if (++this.stamp === 0xffffffff) {
      this.skillStamps.fill(0);
      this.stamp = 1;
    }
    for (const ref of s.skillIds.of(slot)) {
      if (this.skillStamps[ref] === this.stamp) continue;
      this.skillStamps[ref] = this.stamp;
      this.bySkill.add(ref, slot);
    }
  }

  /**
   * Drops the slots of removed and replaced seekers: the store is copied without them and every
   * list renumbered in place, all arithmetic on typed arrays (about a second per million).
   */
  private compact(): void {
    const { store, renumbered } = this.store.compacted();
    this.store = store;
    for (const lists of [this.byOccupation, this.byIsco4, this.byIsco3, this.byIsco2])
      lists.renumber(renumbered);
    this.bySkill.renumber(renumbered);
    this.buckets.renumber(renumbered);
    const bucketOf = new Uint16Array(Math.max(1024, store.length));
    for (let slot = 0; slot < renumbered.length; slot++)
      if (renumbered[slot] >= 0) bucketOf[renumbered[slot]] = this.bucketOf[slot];
    this.bucketOf = bucketOf;
    for (const [id, slot] of this.slotById) this.slotById.set(id, renumbered[slot]);
    this.stale = 0;
  }
}
