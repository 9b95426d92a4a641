import { Injectable } from '@nestjs/common';
import { MatchableSeekersService } from '@wt/job-seekers';
import { MatchingEngine } from '../engine';
import {
  ListsWritten,
  MatchRepository,
  VacancyList,
  WriteOptions,
} from '../store/match.repository';
import type { StoredMatch } from '../store/match.types';
import { MatchingIndexService } from './matching-index.service';
import { MatchingPace } from './matching-pace';
import { guardRow } from './row-guard';

/** Rounds a job computes lists again whose seekers changed under it, before the queue retries it. */
const WRITE_ROUNDS = 4;

/**
 * Writes computed shortlists so that each vacancy's stored list ends as the freshest computation
 * makes it: a list computed from a seeker changed or erased meanwhile is computed again from the
 * caught-up index (with a later `asOf`), and a list older than the stored one is left alone.
 */
@Injectable()
export class ListWriter {
  constructor(
    private readonly store: MatchRepository,
    private readonly index: MatchingIndexService,
    private readonly seekers: MatchableSeekersService,
    private readonly pace: MatchingPace,
  ) {}

  get options(): WriteOptions {
    return {
      current: (m, ids) => this.seekers.versionsLocked(m, ids),
      rowsPerStatement: this.pace.writeRows,
    };
  }

  /** Writes `lists` read at `asOf`; answers the matches written, over every round. */
  async write(lists: VacancyList[], asOf: string): Promise<StoredMatch[]> {
    return this.settle(await this.store.writeLists(lists, asOf, this.options));
  }

  /** Computes the stale lists of a first write again until none is left. */
  async settle(first: ListsWritten): Promise<StoredMatch[]> {
    const written = [...first.written];
    let stale = first.stale;
    for (let round = 1; stale.length > 0; round++) {
      if (round >= WRITE_ROUNDS)
        throw new Error(`shortlists of ${stale.length} vacancies kept changing while written`);
      const asOf = await this.store.now();
      const engine = await this.index.fresh();
      const result = await this.store.writeLists(
        stale.map((id) => ({ vacancyId: id, matches: listOf(engine, id) })),
        asOf,
        this.options,
      );
      written.push(...result.written);
      stale = result.stale;
    }
    return written;
  }
}

/** The shortlist of an indexed vacancy; empty for one no longer open (or that cannot be matched). */
export function listOf(engine: MatchingEngine, vacancyId: string): StoredMatch[] {
  const prepared = engine.vacancies.get(vacancyId);
  if (!prepared) return [];
  return (
    guardRow('vacancy', vacancyId, () => engine.shortlist(prepared.vacancy, engine.context())) ?? []
  );
}
