import { BadGatewayException, ConflictException, Injectable, Logger } from '@nestjs/common';
import type { Principal } from '@wt/auth';
import { randomUUID } from 'node:crypto';
import { DataSource, QueryFailedError } from 'typeorm';
import { EmployerEntity } from '../entities/employer.entity';
import { EmployerRepository } from '../repositories/employer.repository';
import { VacancyRepository } from '../repositories/vacancy.repository';
import { regionToday } from '../rules/calendar.util';
import { isRegulatedInGermany } from '../rules/regulated-occupations.util';
import { effectiveStatus, isEditable } from '../rules/vacancy-lifecycle.util';
import { newVacancyEntity, VacanciesService } from '../services/vacancies.service';
import { VacancyEnrichmentService } from '../services/vacancy-enrichment.service';
import { VacancyMatchQueue } from '../services/vacancy-match-queue.service';
import { VacancyPreparer } from '../services/vacancy-preparation.service';
import type { FieldError } from '../vacancy.types';
import {
  JobsucheClient,
  JobsucheLiveDisabledError,
  JobsucheQuery,
  JobsucheRequestError,
} from './jobsuche.client';
import { JobsucheEmployerSeed, mapJobDetails, MappedJobsucheVacancy } from './jobsuche.mapper';

export interface JobsucheDocumentError extends FieldError {
  /** 1-based position of the document in the upload (or the fetch). */
  document: number;
}

export interface JobsucheImportReport {
  documents: number;
  created: Array<{ document: number; id: string; externalRef: string }>;
  updated: Array<{ document: number; id: string; externalRef: string }>;
  /** Listings the registry already closed, filled or expired: an import does not reopen them. */
  skipped: Array<{ document: number; id: string; reason: string }>;
  errors: JobsucheDocumentError[];
}

/**
 * German vacancies from the Bundesagentur für Arbeit: job-details documents become published
 * vacancies (re-importing a listing updates it); live fetching goes through the rate-limited
 * client and only when configured.
 */
@Injectable()
export class JobsucheImportService {
  private readonly logger = new Logger(JobsucheImportService.name);

  constructor(
    private readonly vacanciesService: VacanciesService,
    private readonly preparer: VacancyPreparer,
    private readonly vacancies: VacancyRepository,
    private readonly employers: EmployerRepository,
    private readonly enrichment: VacancyEnrichmentService,
    private readonly matchQueue: VacancyMatchQueue,
    private readonly dataSource: DataSource,
    private readonly client: JobsucheClient,
  ) {}

  async importDocuments(
    actor: Principal,
    documents: readonly unknown[],
  ): Promise<JobsucheImportReport> {
    const report: JobsucheImportReport = {
      documents: documents.length,
      created: [],
      updated: [],
      skipped: [],
      errors: [],
    };
    for (const [index, document] of documents.entries()) {
      try {
        await this.importOne(actor, document, index + 1, report);
      } catch (error) {
        // Another import created this listing meanwhile: now it exists, so this one updates it.
        if (!isUniqueViolation(error)) throw error;
        await this.importOne(actor, document, index + 1, report);
      }
    }
    return report;
  }

  /** Searches the live API and imports the details of the first listings found. */
  async fetchAndImport(actor: Principal, query: JobsucheQuery): Promise<JobsucheImportReport> {
    try {
      const found = await this.client.search({ ...query, size: this.client.maxDetailsPerRun });
      const refnrs = (found.stellenangebote ?? [])
        .map((listing) => listing.refnr)
        .filter((refnr): refnr is string => typeof refnr === 'string' && refnr.length > 0)
        .slice(0, this.client.maxDetailsPerRun);
      const documents = [];
      for (const refnr of refnrs) documents.push(await this.client.details(refnr));
      this.logger.log(`fetched ${documents.length} Jobsuche listing(s)`);
      return await this.importDocuments(actor, documents);
    } catch (error) {
      if (error instanceof JobsucheLiveDisabledError) throw new ConflictException(error.message);
      if (error instanceof JobsucheRequestError) throw new BadGatewayException(error.message);
      throw error;
    }
  }

  private async importOne(
    actor: Principal,
    document: unknown,
    position: number,
    report: JobsucheImportReport,
  ): Promise<void> {
    const mapped = mapJobDetails(document as never);
    if ('errors' in mapped) {
      report.errors.push(...mapped.errors.map((e) => ({ document: position, ...e })));
      return;
    }
    const { externalRef } = mapped.ok;
    const existing = await this.vacancies.findByExternalRef(externalRef);
    const today = regionToday();
    if (existing) {
      const status = effectiveStatus(existing.status, existing.closingDate, today);
      if (!isEditable(status)) {
        report.skipped.push({ document: position, id: existing.id, reason: `${status} here` });
        return;
      }
      // The German level is our assumption, not the listing's: keep an adviser's correction.
      const { languages: _assumed, ...changes } = mapped.ok.vacancy;
      const changed = await this.vacanciesService.change(
        { kind: 'region' },
        existing,
        changes,
        today,
      );
      if ('errors' in changed) {
        report.errors.push(...changed.errors.map((e) => ({ document: position, ...e })));
      } else report.updated.push({ document: position, id: existing.id, externalRef });
      return;
    }
    const created = await this.create(actor, mapped.ok, today);
    if ('errors' in created) {
      report.errors.push(...created.errors.map((e) => ({ document: position, ...e })));
    } else report.created.push({ document: position, id: created.id, externalRef });
  }

  private async create(
    actor: Principal,
    mapped: MappedJobsucheVacancy,
    today: string,
  ): Promise<{ id: string } | { errors: FieldError[] }> {
    const prepared = await this.preparer.prepareNew(mapped.vacancy, today, mapped.occupationHints);
    if ('errors' in prepared) return prepared;
    const known = await this.employers.findByExternalRef(mapped.employer.externalRef);
    const seed = known ? undefined : this.newEmployer(mapped.employer);
    const vacancy = await this.dataSource.transaction(async (manager) => {
      const employer = known ?? (await this.employers.insertOrFindImported(seed!, manager));
      const row = newVacancyEntity(prepared.ok, employer, actor, {
        publish: true,
        source: 'ba-jobsuche',
        externalRef: mapped.externalRef,
      });
      row.recognitionRequired = row.country === 'DE' && isRegulatedInGermany(row.iscoGroup);
      await this.vacancies.insertAll(manager, [row]);
      return row;
    });
    await this.matchQueue.enqueue([vacancy]);
    return { id: vacancy.id };
  }

  /** Imported employers are their own organisation; nobody signs in for them. */
  private newEmployer(seed: JobsucheEmployerSeed): EmployerEntity {
    const located = this.enrichment.locate(seed.country, seed.postcode, seed.place);
    const id = randomUUID();
    const now = new Date();
    return Object.assign(new EmployerEntity(), {
      id,
      organisationId: seed.externalRef,
      name: seed.name,
      country: seed.country,
      kvkNumber: null,
      foreignRegistration: null,
      externalRef: seed.externalRef,
      street: seed.street,
      postcode: seed.postcode,
      place: seed.place,
      latitude: located?.lat ?? null,
      longitude: located?.lon ?? null,
      contactName: null,
      contactEmail: null,
      contactPhone: null,
      createdAt: now,
      updatedAt: now,
    });
  }
}

const UNIQUE_VIOLATION = '23505';

function isUniqueViolation(error: unknown): boolean {
  return (
    error instanceof QueryFailedError &&
    (error.driverError as { code?: string } | undefined)?.code === UNIQUE_VIOLATION
  );
}
