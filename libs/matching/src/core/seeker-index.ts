import { evaluateCandidate, ScoringContext } from './candidate-evaluation';
import { SeekerForMatching } from './matching.types';
import { PreparedVacancy } from './prepared-vacancy';
import { PostingLists, SeenSet } from './posting-lists';
import { scoreOf } from './scorer';
import { TopK } from './top-k';

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
const MAX_SKILL_POSTING = 20_000;

/**
 * The retrieval index over job seekers: posting lists by occupation, ISCO unit, minor and
 * sub-major group, and skill. A vacancy's shortlist scores only the seekers those lists name,
 * tier by tier, and stops when no unseen seeker could still reach the top k: the result equals
 * scoring everyone (the SQL baseline checks that), at a fraction of the work.
 */
export class SeekerIndex {
  private readonly items: Array<SeekerForMatching | undefined> = [];
  private readonly slotById = new Map<string, number>();
  private readonly byOccupation = new PostingLists();
  private readonly byIsco4 = new PostingLists();
  private readonly byIsco3 = new PostingLists();
  private readonly byIsco2 = new PostingLists();
  private readonly bySkill = new PostingLists();
  private readonly seen = new SeenSet();
  private stale = 0;

  get size(): number {
    return this.slotById.size;
  }

  get(id: string): SeekerForMatching | undefined {
    const slot = this.slotById.get(id);
    return slot === undefined ? undefined : this.items[slot];
  }

  upsert(seeker: SeekerForMatching): void {
    this.remove(seeker.id);
    const slot = this.items.length;
    this.items.push(seeker);
    this.slotById.set(seeker.id, slot);
    this.post(seeker, slot);
  }

  remove(id: string): void {
    const slot = this.slotById.get(id);
    if (slot === undefined) return;
    this.items[slot] = undefined;
    this.slotById.delete(id);
    this.stale += 1;
    if (this.stale > 10_000 && this.stale > this.items.length / 3) this.compact();
  }

  /** The k best non-knocked-out seekers for a vacancy, best first. */
  topFor(p: PreparedVacancy, ctx: ScoringContext, k: number, stats?: RetrievalStats): RankedSeeker[] {
    const top = new TopK<RankedSeeker>(k);
    this.seen.next(this.items.length);
    let candidates = 0;
    const visit = (slot: number) => {
      if (!this.seen.firstVisit(slot)) return;
      const seeker = this.items[slot];
      if (!seeker) return;
      candidates += 1;
      const score = scoreOf(evaluateCandidate(p, seeker, ctx), ctx);
      if (score > 0) top.offer({ id: seeker.id, score });
    };
    const tiers = this.tiers(p, ctx);
    let used = 0;
    let fullScan = false;
    for (const tier of tiers) {
      used += 1;
      for (const list of tier.lists) for (const slot of list) visit(slot);
      // Unseen seekers score at most tier.bound: done when the top k already beats that.
      if (top.size >= k && top.threshold > tier.bound) break;
      if (tier.bound === Infinity) fullScan = true;
    }
    if (stats) Object.assign(stats, { candidates, tiers: used, fullScan });
    return top.sorted();
  }

  /**
   * Candidate tiers, most similar first, each with the best score a seeker outside it and all
   * earlier tiers could reach. The last tier is everyone.
   */
  private tiers(p: PreparedVacancy, ctx: ScoringContext) {
    const v = p.vacancy;
    const w = ctx.model.weights;
    const total = Object.values(w).reduce((a, b) => a + b, 0);
    const skillKeys = [...p.essential, ...p.optional];
    const usable = skillKeys.filter((s) => this.bySkill.length(s) <= MAX_SKILL_POSTING);
    const skipped = skillKeys.filter((s) => this.bySkill.length(s) > MAX_SKILL_POSTING);
    const skippedWeight = skipped.reduce((sum, s) => sum + (p.essential.has(s) ? 2 : 1), 0);
    const skillsBound = p.skillWeightTotal === 0 ? 0.5 : skippedWeight / p.skillWeightTotal;
    // Everything but occupation, skills and experience can be perfect for an unseen seeker.
    const rest = w.level + w.distance + w.hours + w.availability + w.support;
    const bound = (occupation: number) => (100 * (occupation * w.occupation + skillsBound * w.skills + rest)) / total;
    const tiers: Array<{ lists: Array<readonly number[]>; bound: number }> = [];
    if (v.occupationUri || v.isco || usable.length > 0) {
      tiers.push({
        lists: [
          ...(v.occupationUri ? [this.byOccupation.get(v.occupationUri)] : []),
          ...(v.isco ? [this.byIsco4.get(v.isco), this.byIsco3.get(p.isco3!)] : []),
          ...usable.map((s) => this.bySkill.get(s)),
        ],
        // Same sub-major group (0.15) is the best an unseen seeker can have; experience needs isco4.
        bound: bound(v.isco ? 0.15 : 0),
      });
    }
    if (v.isco) tiers.push({ lists: [this.byIsco2.get(p.isco2!)], bound: bound(0) });
    tiers.push({ lists: [this.allSlots()], bound: Infinity });
    return tiers;
  }

  private allSlots(): number[] {
    return [...this.slotById.values()];
  }

  private post(seeker: SeekerForMatching, slot: number): void {
    const occupations = new Set<string>();
    const isco = new Set<string>();
    for (const o of [...seeker.occupations, ...seeker.experience]) {
      occupations.add(o.uri);
      if (o.isco) isco.add(o.isco);
    }
    for (const uri of occupations) this.byOccupation.add(uri, slot);
    const isco3 = new Set([...isco].map((c) => c.slice(0, 3)));
    const isco2 = new Set([...isco].map((c) => c.slice(0, 2)));
    for (const c of isco) this.byIsco4.add(c, slot);
    for (const c of isco3) this.byIsco3.add(c, slot);
    for (const c of isco2) this.byIsco2.add(c, slot);
    for (const skill of new Set(seeker.skills)) this.bySkill.add(skill, slot);
  }

  private compact(): void {
    const live = this.items.filter((s): s is SeekerForMatching => s !== undefined);
    this.items.length = 0;
    this.slotById.clear();
    for (const lists of [this.byOccupation, this.byIsco4, this.byIsco3, this.byIsco2, this.bySkill]) lists.clear();
    this.stale = 0;
    for (const seeker of live) {
      this.items.push(seeker);
      this.slotById.set(seeker.id, this.items.length - 1);
      this.post(seeker, this.items.length - 1);
    }
  }
}
