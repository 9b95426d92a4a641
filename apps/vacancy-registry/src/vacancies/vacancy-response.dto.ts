import { PagedResponse } from '@wt/bootstrap';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CONTRACT_TYPES,
  COUNTRIES,
  LEARNING_WORKING_KINDS,
  type Page,
  VACANCY_STATUSES,
  type VacancyView,
} from '@wt/vacancies';
import { LanguageRequirementDto } from './vacancy-request.dto';

export class EmployerRefDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  name: string;
}

export class OccupationAlternativeDto {
  @ApiProperty({ description: 'ESCO occupation URI' })
  uri: string;

  @ApiProperty({ description: "The occupation's preferred label in the vacancy's language" })
  label: string;

  @ApiProperty({ description: 'Linker score in [0, 1]' })
  score: number;
}

export class SkillSuggestionDto {
  @ApiProperty()
  uri: string;

  @ApiProperty()
  label: string;

  @ApiProperty({ description: 'Linker score in [0, 1]' })
  score: number;

  @ApiProperty({ description: 'The words of the description it was found in' })
  matchedText: string;
}

/** A vacancy as the API shows it: the fields as posted plus what the registry derived. */
export class VacancyResponseDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: EmployerRefDto }) employer: EmployerRefDto;
  @ApiProperty({
    enum: VACANCY_STATUSES,
    description: 'A published vacancy past its closing date reads as expired',
  })
  status: string;
  @ApiProperty({ description: 'Goes up with every change that matters to matching' })
  version: number;
  @ApiProperty({ enum: ['portal', 'bulk', 'ba-jobsuche', 'demo'] }) source: string;
  @ApiProperty() title: string;
  @ApiProperty() description: string;
  @ApiProperty({ enum: ['nl', 'de', 'en'] }) language: string;
  @ApiProperty({ nullable: true, type: String }) occupationUri: string | null;
  @ApiProperty({ nullable: true, type: String }) occupationLabel: string | null;
  @ApiProperty({ type: String, nullable: true, enum: ['given', 'linked', 'adviser'] })
  occupationSource: string | null;
  @ApiProperty({
    nullable: true,
    type: Number,
    description: "The linker's confidence when the occupation was linked from the title",
  })
  occupationConfidence: number | null;
  @ApiProperty({
    nullable: true,
    enum: ['needed'],
    description: 'needed: linked with low confidence; an adviser confirms or corrects it',
  })
  occupationReview: string | null;
  @ApiProperty({
    type: [OccupationAlternativeDto],
    description: "The linker's next candidates when the occupation needs a review",
  })
  occupationAlternatives: OccupationAlternativeDto[];
  @ApiProperty({ nullable: true, type: String, description: 'ISCO-08 unit group' })
  iscoGroup: string | null;
  @ApiProperty({ type: [String] }) requiredSkills: string[];
  @ApiProperty({ type: [String] }) optionalSkills: string[];
  @ApiProperty({
    type: [SkillSuggestionDto],
    description: 'Skills found in the description, to confirm by adding them to a skill list',
  })
  skillSuggestions: SkillSuggestionDto[];
  @ApiProperty({ nullable: true, type: String }) minimumQualificationCode: string | null;
  @ApiProperty({ nullable: true, type: Number }) minimumEqf: number | null;
  @ApiProperty({ nullable: true, type: Number }) hoursMin: number | null;
  @ApiProperty({ nullable: true, type: Number }) hoursMax: number | null;
  @ApiProperty({ type: String, nullable: true, enum: CONTRACT_TYPES }) contractType: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date' }) startDate: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date' }) closingDate: string | null;
  @ApiProperty() positions: number;
  @ApiProperty({ nullable: true, type: String }) workPlace: string | null;
  @ApiProperty({ nullable: true, type: String }) workPostcode: string | null;
  @ApiProperty({ enum: COUNTRIES }) country: string;
  @ApiProperty({ nullable: true, type: Number }) latitude: number | null;
  @ApiProperty({ nullable: true, type: Number }) longitude: number | null;
  @ApiProperty({ nullable: true, type: String }) locationLabel: string | null;
  @ApiProperty({ type: [String] }) drivingLicences: string[];
  @ApiProperty({ type: [String] }) certificates: string[];
  @ApiProperty({ type: [LanguageRequirementDto] }) languages: LanguageRequirementDto[];
  @ApiProperty() banenafspraakSuitable: boolean;
  @ApiProperty() banenafspraakReserved: boolean;
  @ApiProperty() jobcarving: boolean;
  @ApiProperty() supervisionOffered: boolean;
  @ApiProperty({ nullable: true, type: String }) supervision: string | null;
  @ApiProperty() openToSchoolLeavers: boolean;
  @ApiProperty({ type: String, nullable: true, enum: LEARNING_WORKING_KINDS }) learningWorking:
    string | null;
  @ApiProperty() recognitionRequired: boolean;
  @ApiProperty({ nullable: true, type: Date }) publishedAt: Date | null;
  @ApiProperty({ nullable: true, type: Date }) endedAt: Date | null;
  @ApiProperty() createdAt: Date;
  @ApiProperty() updatedAt: Date;
  @ApiPropertyOptional({ description: 'From the search point, when the search had one' })
  distanceKm?: number;

  static from(view: VacancyView): VacancyResponseDto {
    return Object.assign(new VacancyResponseDto(), view, {
      employer: { id: view.employer.id, name: view.employer.name },
      languages: view.languages.map(({ language, level }) => ({ language, level })),
      occupationAlternatives: view.occupationAlternatives.map(({ uri, label, score }) => ({
        uri,
        label,
        score,
      })),
      skillSuggestions: view.skillSuggestions.map(({ uri, label, score, matchedText }) => ({
        uri,
        label,
        score,
        matchedText,
      })),
    });
  }
}

export class VacancyPageDto extends PagedResponse(VacancyResponseDto) {
  static from(page: Page<VacancyView>): VacancyPageDto {
    return Object.assign(new VacancyPageDto(), page, {
      items: page.items.map((view) => VacancyResponseDto.from(view)),
    });
  }
}
