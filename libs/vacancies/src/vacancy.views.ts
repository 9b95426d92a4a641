import type { EmployerEntity } from './entities/employer.entity';
import type { VacancyEntity } from './entities/vacancy.entity';
import { effectiveStatus } from './rules/vacancy-lifecycle.util';
import { VACANCY_FIELD_NAMES, VacancyFields } from './rules/vacancy-fields.util';
import type {
  Country,
  OccupationAlternative,
  OccupationReview,
  OccupationSource,
  SkillSuggestion,
  VacancySource,
  VacancyStatus,
} from './vacancy.types';

/** A vacancy as other code sees it: no entity, the effective status, the employer's name only. */
export interface VacancyView extends VacancyFields {
  id: string;
  employer: { id: string; name: string };
  status: VacancyStatus;
  version: number;
  source: VacancySource;
  occupationLabel: string | null;
  occupationSource: OccupationSource | null;
  occupationConfidence: number | null;
  occupationReview: OccupationReview | null;
  occupationAlternatives: OccupationAlternative[];
  iscoGroup: string | null;
  skillSuggestions: SkillSuggestion[];
  locationLabel: string | null;
  publishedAt: Date | null;
  endedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  /** From the search point, when the search had one. */
  distanceKm?: number;
}

/** An employer without its contact person: what lists and vacancies show. */
export interface EmployerSummary {
  id: string;
  organisationId: string;
  name: string;
  country: Country;
  kvkNumber: string | null;
  foreignRegistration: string | null;
  street: string | null;
  postcode: string | null;
  place: string;
  latitude: number | null;
  longitude: number | null;
}

/** With the contact person: personal data, read only through an audited path. */
export interface EmployerView extends EmployerSummary {
  contactName: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
  createdAt: Date;
  updatedAt: Date;
}

/** The stored columns a {@link VacancyView} is made of: an entity, or a row read for a list. */
export const VACANCY_VIEW_COLUMNS = [
  ...VACANCY_FIELD_NAMES,
  'id',
  'employerId',
  'status',
  'version',
  'source',
  'occupationLabel',
  'occupationSource',
  'occupationConfidence',
  'occupationReview',
  'occupationAlternatives',
  'iscoGroup',
  'skillSuggestions',
  'locationLabel',
  'publishedAt',
  'endedAt',
  'createdAt',
  'updatedAt',
] as const satisfies ReadonlyArray<keyof VacancyEntity>;

export type VacancyViewColumns = Pick<VacancyEntity, (typeof VACANCY_VIEW_COLUMNS)[number]>;

export function pickVacancyFields(entity: VacancyViewColumns): VacancyFields {
  const fields: Record<string, unknown> = {};
  for (const name of VACANCY_FIELD_NAMES) fields[name] = entity[name];
  return fields as unknown as VacancyFields;
}

export function toVacancyView(
  entity: VacancyViewColumns,
  employerName: string,
  today: string,
  distanceKm?: number,
): VacancyView {
  return {
    ...pickVacancyFields(entity),
    id: entity.id,
    employer: { id: entity.employerId, name: employerName },
    status: effectiveStatus(entity.status, entity.closingDate, today),
    version: entity.version,
    source: entity.source,
    occupationLabel: entity.occupationLabel,
    occupationSource: entity.occupationSource,
    occupationConfidence: entity.occupationConfidence,
    occupationReview: entity.occupationReview,
    occupationAlternatives: entity.occupationAlternatives,
    iscoGroup: entity.iscoGroup,
    skillSuggestions: entity.skillSuggestions,
    locationLabel: entity.locationLabel,
    publishedAt: entity.publishedAt,
    endedAt: entity.endedAt,
    createdAt: entity.createdAt,
    updatedAt: entity.updatedAt,
    ...(distanceKm === undefined ? {} : { distanceKm: Math.round(distanceKm * 10) / 10 }),
  };
}

export function toEmployerSummary(entity: EmployerEntity): EmployerSummary {
  return {
    id: entity.id,
    organisationId: entity.organisationId,
    name: entity.name,
    country: entity.country,
    kvkNumber: entity.kvkNumber,
    foreignRegistration: entity.foreignRegistration,
    street: entity.street,
    postcode: entity.postcode,
    place: entity.place,
    latitude: entity.latitude,
    longitude: entity.longitude,
  };
}

export function toEmployerView(entity: EmployerEntity): EmployerView {
  return {
    ...toEmployerSummary(entity),
    contactName: entity.contactName,
    contactEmail: entity.contactEmail,
    contactPhone: entity.contactPhone,
    createdAt: entity.createdAt,
    updatedAt: entity.updatedAt,
  };
}
