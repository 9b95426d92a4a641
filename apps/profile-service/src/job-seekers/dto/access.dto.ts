import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CONSENT_DATE_WINDOW, ConsentInput } from '@wt/job-seekers';
import { MayBeLeftOut } from '@wt/bootstrap';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { IsDateWithin } from './profile.validators';

export const COACH_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

/** Why an adviser or admin opens a profile; recorded in the audit trail (no names in it). */
export class ReadReasonQueryDto {
  @ApiPropertyOptional({
    description: 'required for advisers and admins; recorded in the audit trail',
    example: 'shortlist for vacancy 3f2c…',
  })
  @IsOptional()
  @IsString()
  @MinLength(5)
  @MaxLength(300)
  reason?: string;
}

export class IntroductionRequestDto {
  @ApiProperty({
    description: 'why the contact details are needed now; recorded in the audit trail',
  })
  @IsString()
  @MinLength(5)
  @MaxLength(300)
  reason: string;

  @ApiPropertyOptional({ description: 'the vacancy the introduction is for' })
  @MayBeLeftOut()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  vacancyId?: string;
}

export class SeekerConsentDto {
  @ApiProperty({ description: 'the job seeker agrees to be shown to employers (anonymised)' })
  @IsBoolean()
  given: boolean;

  @ApiPropertyOptional({
    type: String,
    format: 'date',
    nullable: true,
    description: 'when the job seeker said so; required when given',
  })
  @IsOptional()
  @IsDateWithin(CONSENT_DATE_WINDOW)
  date?: string | null;
}

export class CoachConsentDto {
  @ApiProperty({ description: 'the coach agrees the profile may be shown to employers' })
  @IsBoolean()
  given: boolean;
}

/** Double opt-in: both halves on makes the profile employer-visible; either off hides it at once. */
export class ConsentDto implements ConsentInput {
  @ApiPropertyOptional({ type: SeekerConsentDto })
  @MayBeLeftOut()
  @ValidateNested()
  @Type(() => SeekerConsentDto)
  seeker?: SeekerConsentDto;

  @ApiPropertyOptional({ type: CoachConsentDto })
  @MayBeLeftOut()
  @ValidateNested()
  @Type(() => CoachConsentDto)
  coach?: CoachConsentDto;
}

export class TransferDto {
  @ApiProperty({ example: 'demo-coach-2' })
  @Matches(COACH_ID, { message: '$property must be a coach id (letters, digits, . _ -)' })
  toCoachId: string;
}
