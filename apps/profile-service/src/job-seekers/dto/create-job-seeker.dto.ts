import { ApiProperty } from '@nestjs/swagger';
import type { CreateJobSeekerInput } from '@wt/job-seekers';
import { Type } from 'class-transformer';
import { IsDefined, ValidateNested } from 'class-validator';
import { IdentityDto } from './identity.dto';
import { ProfileFieldsDto } from './profile-fields.dto';

/** A new job seeker in the coach's caseload: identity and profile, stored together or not at all. */
export class CreateJobSeekerDto extends ProfileFieldsDto implements CreateJobSeekerInput {
  @ApiProperty({ type: IdentityDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => IdentityDto)
  identity: IdentityDto;
}

export class UpdateJobSeekerDto extends ProfileFieldsDto {}
