import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import { COACH_ID } from '../job-seekers/dto/access.dto';

export class CaseloadQueryDto {
  @ApiPropertyOptional({ description: 'the caseload to show (admins; a coach sees their own)' })
  @IsOptional()
  @Matches(COACH_ID, { message: '$property must be a coach id (letters, digits, . _ -)' })
  coachId?: string;
}
