import { ScoringContext } from './candidate-evaluation';
import { SeekerForMatching, VacancyForMatching } from './matching.types';
import { prepareVacancy, PreparedVacancy } from './prepared-vacancy';
import { PostingLists, SeenSet } from './posting-lists';
import { scoreCandidate } from './scorer';
import { TopK } from './top-k';

export interface RankedVacancy {
  id: string;
  score: number;
}

const NO_SKILLS = '\u0000no-skills';

/**
 * The retrieval index over open vacancies, for one seeker's matches: the mirror of
 * {@link SeekerIndex}, with vacancies prepared once when they enter the index.
 */
export class VacancyIndex {
  private readonly items: Array<PreparedVacancy | undefined> = [];
  private readonly slotById = new Map<string, number>();
  private readonly byOccupation = new PostingLists();
  /** By each of a vacancy's near occupations. */
  private readonly byNear = new PostingLists();
  private readonly byIsco4 = new PostingLists();
  private readonly byIsco3 = new PostingLists();
  private readonly byIsco2 = new PostingLists();
  private readonly bySkill = new PostingLists();
  private readonly seen = new SeenSet();
  /** Called with the id of a vacancy replaced or removed. */
  onRemove?: (id: string) => void;

  get size(): number {
    return this.slotById.size;
  }

  get(id: string): PreparedVacancy | undefined {
    const slot = this.slotById.get(id);
    return slot === undefined ? undefined : this.items[slot];
  }

  upsert(vacancy: VacancyForMatching): void {
    this.remove(vacancy.id);
    const prepared = prepareVacancy(vacancy);
    const slot = this.items.length;
    this.items.push(prepared);
    this.slotById.set(vacancy.id, slot);
    if (vacancy.occupationUri) this.byOccupation.add(vacancy.occupationUri, slot);
    for (const uri of prepared.near.keys()) this.byNear.add(uri, slot);
    if (vacancy.isco) {
      this.byIsco4.add(vacancy.isco, slot);
      this.byIsco3.add(prepared.isco3!, slot);
      this.byIsco2.add(prepared.isco2!, slot);
    }
    if (prepared.skillWeightTotal === 0) this.bySkill.add(NO_SKILLS, slot);
    for (const skill of [...prepared.essential, ...prepared.optional])
      this.bySkill.add(skill, slot);
  }

  remove(id: string): void {
    const slot = this.slotById.get(id);
    if (slot === undefined) return;
    this.onRemove?.(id);
    this.items[slot] = undefined;
    this.slotById.delete(id);
  }

  /** The k best non-knocked-out vacancies for a seeker, best first. */
  topFor(seeker: SeekerForMatching, ctx: ScoringContext, k: number): RankedVacancy[] {
    const top = new TopK<RankedVacancy>(k);
    const minScore = ctx.model.shortlistMinScore;
    this.seen.next(this.items.length);
    const visit = (slot: number) => {
      if (!this.seen.firstVisit(slot)) return;
      const vacancy = this.items[slot];
      if (!vacancy) return;
      const score = scoreCandidate(vacancy, seeker, ctx);
      if (score >= minScore) top.offer({ id: vacancy.vacancy.id, score });
    };
    for (const tier of this.tiers(seeker, ctx)) {
      for (const list of tier.lists) for (const slot of list) visit(slot);
      if (tier.bound < minScore || (top.size >= k && top.threshold > tier.bound)) break;
    }
    return top.sorted();
  }

  private tiers(seeker: SeekerForMatching, ctx: ScoringContext) {
    const w = ctx.model.weights;
    const total = Object.values(w).reduce((a, b) => a + b, 0);
    const rest = w.level + w.distance + w.hours + w.availability + w.support;
    // An unseen vacancy shares no skill with the seeker (and lists some, or it would be seen), and
    // none of the seeker's occupations is near its own.
    const bound = (occupation: number) => (100 * (occupation * w.occupation + rest)) / total;
    const occupations = [...seeker.occupations, ...seeker.experience];
    const isco = [
      ...new Set(occupations.map((o) => o.isco).filter((c): c is string => c !== null)),
    ];
    const tier1 = [
      ...occupations.map((o) => this.byOccupation.get(o.uri)),
      ...occupations.map((o) => this.byNear.get(o.uri)),
      ...isco.map((c) => this.byIsco4.get(c)),
      ...isco.map((c) => this.byIsco3.get(c.slice(0, 3))),
      ...seeker.skills.map((s) => this.bySkill.get(s)),
      this.bySkill.get(NO_SKILLS),
    ];
    return [
      { lists: tier1, bound: bound(isco.length > 0 ? 0.15 : 0) },
      { lists: isco.map((c) => this.byIsco2.get(c.slice(0, 2))), bound: bound(0) },
      { lists: [[...this.slotById.values()]], bound: Infinity },
    ];
  }
}
