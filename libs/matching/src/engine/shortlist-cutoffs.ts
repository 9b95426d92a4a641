interface Ranked {
  id: string;
  score: number;
}

interface Cutoff {
  today: number;
  /** The last entry of a full list; a list shorter than its size has no cutoff. */
  last?: Ranked;
  members: string[];
}

/**
 * The last entry of each vacancy's most recently computed shortlist, so a seeker's job can tell
 * at once that it stays off most lists. A cutoff holds while nobody on its list changed or went:
 * a changed seeker elsewhere can only push it up, so "below the cached cutoff" stays true.
 */
export class ShortlistCutoffs {
  private readonly byVacancy = new Map<string, Cutoff>();
  /** Seeker id -> the vacancies whose cached list holds them. */
  private readonly holding = new Map<string, Set<string>>();

  constructor(private readonly size: number) {}

  remember(vacancyId: string, ranked: readonly Ranked[], today: number): void {
    this.vacancyChanged(vacancyId);
    const members = ranked.map((r) => r.id);
    const last = ranked.length >= this.size ? ranked[ranked.length - 1] : undefined;
    this.byVacancy.set(vacancyId, { today, last, members });
    for (const id of members) {
      let held = this.holding.get(id);
      if (!held) this.holding.set(id, (held = new Set()));
      held.add(vacancyId);
    }
  }

  /** True when `candidate` ranks below the cached cutoff (lower score, or equal and larger id). */
  below(vacancyId: string, candidate: Ranked, today: number): boolean {
    const cutoff = this.byVacancy.get(vacancyId);
    if (!cutoff?.last || cutoff.today !== today) return false;
    const { last } = cutoff;
    return (
      candidate.score < last.score || (candidate.score === last.score && candidate.id > last.id)
    );
  }

  vacancyChanged(vacancyId: string): void {
    const cutoff = this.byVacancy.get(vacancyId);
    if (!cutoff) return;
    this.byVacancy.delete(vacancyId);
    for (const id of cutoff.members) this.holding.get(id)?.delete(vacancyId);
  }

  seekerChanged(seekerId: string): void {
    const held = this.holding.get(seekerId);
    if (!held) return;
    this.holding.delete(seekerId);
    for (const vacancyId of held) this.vacancyChanged(vacancyId);
  }
}
