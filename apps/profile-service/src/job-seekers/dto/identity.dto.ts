import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { CLIENT_SYSTEMS, ClientSystem, IdentityInput } from '@wt/job-seekers';
import { Type } from 'class-transformer';
import {
  IsEmail,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { IsNotBsn } from './profile.validators';

export class ClientReferenceDto {
  @ApiProperty({
    enum: CLIENT_SYSTEMS,
    description: 'UWV or the municipality holding the client record',
  })
  @IsIn(CLIENT_SYSTEMS)
  system: ClientSystem;

  @ApiProperty({ example: 'ENS-2024-00417', description: 'the client number there; never a BSN' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(40)
  @IsNotBsn()
  reference: string;
}

/**
 * Identity and contact details, stored apart from the profile. There is no BSN field: a request
 * that sends one is rejected (`property bsn should not exist`).
 */
export class IdentityDto implements IdentityInput {
  @ApiProperty({ example: 'Fenna' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  givenName: string;

  @ApiProperty({ example: 'Testers-Voorbeeld' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  familyName: string;

  @ApiPropertyOptional({
    type: String,
    format: 'email',
    maxLength: 200,
    example: 'f.voorbeeld@example.org',
    nullable: true,
  })
  @IsOptional()
  @IsEmail()
  @MaxLength(200)
  email?: string | null;

  @ApiPropertyOptional({ type: String, example: '+31 6 00000000', nullable: true })
  @IsOptional()
  @Matches(/^\+?[0-9][0-9 ()-]{5,19}$/, { message: '$property must be a phone number' })
  phone?: string | null;

  @ApiProperty({ type: ClientReferenceDto })
  @ValidateNested()
  @Type(() => ClientReferenceDto)
  clientReference: ClientReferenceDto;
}

/** A change: a field left out keeps its value; only e-mail and phone can be cleared with `null`. */
export class UpdateIdentityDto extends PartialType(IdentityDto, { skipNullProperties: false }) {}
