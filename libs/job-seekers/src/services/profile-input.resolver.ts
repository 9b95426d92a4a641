import { BadRequestException, Injectable, Logger } from '@nestjs/common';
import { GeoService } from '@wt/geo';
import { eqfOf, findQualification, TaxonomyService } from '@wt/taxonomy';
import type { HomeLocation } from '../domain/job-seeker.types';
import type { HomeLocationInput, ProfileInput } from '../domain/profile-input';
import { toPostcodeArea } from '../domain/profile-rules';

/** How many candidates the linker may offer for the free-text wanted occupation. */
const LINKED_OCCUPATIONS = 1;

/** Profile input with everything looked up: known ESCO concepts, EQF level, coordinates. */
export interface ResolvedProfileInput extends Omit<
  ProfileInput,
  'highestQualification' | 'homeLocation'
> {
  /** The occupations the linker found in `wantedOccupationText` (when that was given). */
  linkedOccupations?: string[];
  highestQualification?: { code: string; eqf: number } | null;
  homeLocation?: HomeLocation | null;
}

/**
 * Checks what the DTOs cannot: that ESCO URIs exist in the loaded taxonomy, that a qualification
 * code is known, that a postcode or place can be found. Runs before any transaction (the taxonomy
 * reads the database). Every problem is reported at once, each naming its field.
 */
@Injectable()
export class ProfileInputResolver {
  private readonly logger = new Logger(ProfileInputResolver.name);

  constructor(
    private readonly taxonomy: TaxonomyService,
    private readonly geo: GeoService,
  ) {}

  async resolve(input: ProfileInput): Promise<ResolvedProfileInput> {
    const errors: string[] = [];
    const { highestQualification, homeLocation, ...rest } = input;
    const resolved: ResolvedProfileInput = { ...rest };

    await this.checkOccupations(input, errors);
    await this.checkSkills(input.skills, errors);
    if (input.wantedOccupationText !== undefined) {
      resolved.linkedOccupations = await this.link(input.wantedOccupationText);
    }
    if (highestQualification !== undefined) {
      resolved.highestQualification = this.qualification(highestQualification, errors);
    }
    if (homeLocation !== undefined) {
      resolved.homeLocation =
        homeLocation === null ? null : await this.locate(homeLocation, errors);
    }
    if (errors.length > 0) throw new BadRequestException(errors);
    return resolved;
  }

  private async checkOccupations(input: ProfileInput, errors: string[]): Promise<void> {
    const wanted = input.wantedOccupations ?? [];
    const experience = input.workExperience ?? [];
    const unknown = new Set(
      await this.taxonomy.findUnknownOccupations([
        ...wanted,
        ...experience.map((item) => item.occupationUri),
      ]),
    );
    const unknownWanted = wanted.filter((uri) => unknown.has(uri));
    if (unknownWanted.length > 0) {
      errors.push(
        `wantedOccupations contains unknown ESCO occupation(s): ${unknownWanted.join(', ')}`,
      );
    }
    experience.forEach((item, index) => {
      if (unknown.has(item.occupationUri)) {
        errors.push(
          `workExperience.${index}.occupationUri is not a known ESCO occupation: ${item.occupationUri}`,
        );
      }
    });
  }

  private async checkSkills(skills: string[] | null | undefined, errors: string[]): Promise<void> {
    if (!skills?.length) return;
    const unknown = await this.taxonomy.findUnknownSkills(skills);
    if (unknown.length > 0) {
      errors.push(`skills contains unknown ESCO skill(s): ${unknown.join(', ')}`);
    }
  }

  /** Linking is an aid: when the linker fails the text is kept and the coach picks an occupation. */
  private async link(text: string | null): Promise<string[]> {
    if (!text?.trim()) return [];
    try {
      const ranked = await this.taxonomy.resolveOccupation(text, 'nl', LINKED_OCCUPATIONS);
      return ranked.map((concept) => concept.uri);
    } catch (error) {
      this.logger.warn(
        `occupation linking failed, text kept unlinked: ${error instanceof Error ? error.message : String(error)}`,
      );
      return [];
    }
  }

  private qualification(
    input: { code: string } | null,
    errors: string[],
  ): { code: string; eqf: number } | null {
    if (input === null) return null;
    const qualification = findQualification(input.code);
    if (!qualification) {
      errors.push(
        `highestQualification.code ${JSON.stringify(input.code)} is not a known Dutch or German qualification`,
      );
      return null;
    }
    return { code: qualification.code, eqf: eqfOf(qualification.code) };
  }

  private async locate(input: HomeLocationInput, errors: string[]): Promise<HomeLocation | null> {
    const country = input.country ?? 'NL';
    const postcode = input.postcode?.trim() || undefined;
    const place = input.place?.trim() || undefined;
    const found = await this.geo.locate({ postcode, place, country });
    if (!found) {
      errors.push(
        postcode
          ? `homeLocation.postcode ${JSON.stringify(postcode)} is not a known ${country} postcode area`
          : `homeLocation.place ${JSON.stringify(place)} is not a known place in ${country}`,
      );
      return null;
    }
    return {
      postcode: postcode ? toPostcodeArea(postcode, country) : null,
      place: place ?? null,
      country,
      lat: found.lat,
      lon: found.lon,
      label: found.label,
    };
  }
}
