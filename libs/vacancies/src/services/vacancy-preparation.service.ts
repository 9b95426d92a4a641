import { Injectable } from '@nestjs/common';
import type { VacancyEntity } from '../entities/vacancy.entity';
import { changedMatchingFields } from '../rules/matching-relevance.util';
import {
  applyChanges,
  checkClearing,
  fieldsFromInput,
  VacancyFields,
} from '../rules/vacancy-fields.util';
import { checkVacancyFields, resolveMinimumQualification } from '../rules/vacancy-rules.util';
import { pickVacancyFields } from '../vacancy.views';
import type { FieldError, SkillSuggestion, VacancyChanges, VacancyInput } from '../vacancy.types';
import {
  ResolvedLocation,
  ResolvedOccupation,
  VacancyEnrichmentService,
} from './vacancy-enrichment.service';

/** Everything a vacancy row holds that the poster's fields decide. */
export type PreparedVacancy = VacancyFields &
  ResolvedOccupation &
  Pick<ResolvedLocation, 'locationLabel'> & { skillSuggestions: SkillSuggestion[] };

export type Prepared<T> = { ok: T } | { errors: FieldError[] };

const LOCATION_FIELDS = ['workPlace', 'workPostcode', 'country'] as const;

/**
 * Turns a poster's input into a row: the field rules first (cheap, no I/O), then the ESCO and
 * place look-ups, then linking and skill suggestions. Runs before any transaction, because the
 * look-ups read other contexts' tables (and PGlite has a single connection).
 */
@Injectable()
export class VacancyPreparer {
  constructor(private readonly enrichment: VacancyEnrichmentService) {}

  /** A preparer for the rows of one import, asking each taxonomy question once. */
  forBatch(): VacancyPreparer {
    return new VacancyPreparer(this.enrichment.forBatch());
  }

  async prepareNew(
    input: VacancyInput,
    today: string,
    occupationHints: readonly string[] = [],
  ): Promise<Prepared<PreparedVacancy>> {
    const level = resolveMinimumQualification({ code: null, eqf: null }, input);
    if (Array.isArray(level)) return { errors: level };
    const fields: VacancyFields = {
      ...fieldsFromInput(input),
      minimumQualificationCode: level.code,
      minimumEqf: level.eqf,
    };
    const invalid = checkVacancyFields(fields, {
      today,
      closingDateChanged: true,
      startDateChanged: true,
    });
    if (invalid.length > 0) return { errors: invalid };
    const located = await this.checkAndLocate(fields);
    if ('errors' in located) return located;
    const occupation = fields.occupationUri
      ? await this.enrichment.describeOccupation(fields.occupationUri, fields.language, 'given')
      : await this.enrichment.linkOccupation(fields.title, fields.language, occupationHints);
    const skillSuggestions = await this.enrichment.suggestSkills(
      fields.description,
      fields.language,
      [...fields.requiredSkills, ...fields.optionalSkills],
    );
    return {
      ok: { ...fields, ...located.ok, ...occupation, skillSuggestions },
    };
  }

  /** The row after a change, and whether the change matters to matching (a new version). */
  async prepareChange(
    current: VacancyEntity,
    changes: VacancyChanges,
    today: string,
  ): Promise<Prepared<{ row: PreparedVacancy; matchingChanged: boolean }>> {
    const uncleared = checkClearing(changes);
    if (uncleared.length > 0) return { errors: uncleared };
    const before = pickVacancyFields(current);
    const level = resolveMinimumQualification(
      { code: current.minimumQualificationCode, eqf: current.minimumEqf },
      changes,
    );
    if (Array.isArray(level)) return { errors: level };
    const moved =
      LOCATION_FIELDS.some((name) => changes[name] !== undefined) &&
      changes.latitude === undefined &&
      changes.longitude === undefined;
    const fields: VacancyFields = {
      ...applyChanges(before, changes),
      minimumQualificationCode: level.code,
      minimumEqf: level.eqf,
      // A new address is located afresh rather than keeping the old coordinates.
      ...(moved ? { latitude: null, longitude: null } : {}),
    };
    const closingDateChanged =
      changes.closingDate != null && changes.closingDate !== before.closingDate;
    const startDateChanged = changes.startDate != null && changes.startDate !== before.startDate;
    const invalid = checkVacancyFields(fields, { today, closingDateChanged, startDateChanged });
    if (invalid.length > 0) return { errors: invalid };
    const located = await this.checkAndLocate(fields);
    if ('errors' in located) return located;
    const occupation = await this.occupationAfter(current, changes, fields);
    const listed = [...fields.requiredSkills, ...fields.optionalSkills];
    const skillSuggestions =
      fields.description !== before.description || fields.language !== before.language
        ? await this.enrichment.suggestSkills(fields.description, fields.language, listed)
        : current.skillSuggestions.filter((s) => !listed.includes(s.uri));
    const row: PreparedVacancy = { ...fields, ...located.ok, ...occupation, skillSuggestions };
    return { ok: { row, matchingChanged: changedMatchingFields(before, row).length > 0 } };
  }

  /** The occupation named by an adviser, replacing whatever was given or linked. */
  async prepareCorrection(
    current: VacancyEntity,
    occupationUri: string,
  ): Promise<Prepared<ResolvedOccupation>> {
    const unknown = await this.enrichment.findUnknownConcepts({
      occupationUri,
      requiredSkills: [],
      optionalSkills: [],
    });
    if (unknown.length > 0) return { errors: unknown };
    return {
      ok: await this.enrichment.describeOccupation(occupationUri, current.language, 'adviser'),
    };
  }

  private async checkAndLocate(fields: VacancyFields): Promise<
    Prepared<
      Pick<VacancyFields, 'latitude' | 'longitude' | 'workPostcode'> & {
        locationLabel: string;
      }
    >
  > {
    const unknown = await this.enrichment.findUnknownConcepts(fields);
    const location = this.enrichment.locateWork(fields);
    const errors = 'field' in location ? [...unknown, location] : unknown;
    if (errors.length > 0 || 'field' in location) return { errors };
    return { ok: location };
  }

  /**
   * A given occupation stays until changed; a linked one follows the title. Clearing the
   * occupation (`null`) hands it back to the linker.
   */
  private async occupationAfter(
    current: VacancyEntity,
    changes: VacancyChanges,
    fields: VacancyFields,
  ): Promise<ResolvedOccupation> {
    const kept: ResolvedOccupation = {
      occupationUri: current.occupationUri,
      occupationLabel: current.occupationLabel,
      occupationSource: current.occupationSource,
      occupationConfidence: current.occupationConfidence,
      occupationReview: current.occupationReview,
      occupationAlternatives: current.occupationAlternatives,
      iscoGroup: current.iscoGroup,
    };
    if (changes.occupationUri === null) {
      return this.enrichment.linkOccupation(fields.title, fields.language);
    }
    if (changes.occupationUri !== undefined) {
      return changes.occupationUri === current.occupationUri
        ? kept
        : this.enrichment.describeOccupation(changes.occupationUri, fields.language, 'given');
    }
    const linked = current.occupationSource === 'linked' || current.occupationUri === null;
    if (linked && (fields.title !== current.title || fields.language !== current.language)) {
      return this.enrichment.linkOccupation(fields.title, fields.language);
    }
    return kept;
  }
}
