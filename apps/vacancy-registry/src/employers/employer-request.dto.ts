import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { COUNTRIES, type Country, type EmployerInput } from '@wt/vacancies';
import {
  IsEmail,
  IsIn,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { PageQueryDto } from '@wt/bootstrap';

export class CreateEmployerDto implements EmployerInput {
  @ApiProperty({ maxLength: 200, example: 'Metaalbouw Hengelo B.V.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @ApiProperty({ enum: COUNTRIES })
  @IsIn(COUNTRIES)
  country: Country;

  @ApiPropertyOptional({
    example: '12345678',
    description: 'KvK number (8 digits): Dutch employers',
    nullable: true,
  })
  @IsOptional()
  @Matches(/^[0-9]{8}$/, { message: 'kvkNumber must be 8 digits' })
  kvkNumber?: string;

  @ApiPropertyOptional({
    example: 'HRB 1234, Amtsgericht Coesfeld',
    description: 'Handelsregister entry or other registration: German employers without KvK',
    nullable: true,
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  foreignRegistration?: string;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  street?: string;

  @ApiPropertyOptional({ example: '7553 AA', nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(10)
  postcode?: string;

  @ApiProperty({ example: 'Hengelo' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  place: string;

  @ApiPropertyOptional({
    description: 'Only when the place is not enough (with longitude)',
    nullable: true,
  })
  @IsOptional()
  @IsNumber()
  @Min(-90)
  @Max(90)
  latitude?: number;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsNumber()
  @Min(-180)
  @Max(180)
  longitude?: number;

  @ApiPropertyOptional({
    description: 'Contact person (personal data: reads are audited)',
    nullable: true,
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  contactName?: string;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsEmail()
  @MaxLength(200)
  contactEmail?: string;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @Matches(/^\+?[0-9 ()-]{6,20}$/, { message: 'contactPhone must be a phone number' })
  contactPhone?: string;

  @ApiPropertyOptional({
    description:
      "Advisers: the organisation id employer users' tokens carry (default: the new employer's id)",
  })
  @IsOptional()
  @Matches(/^[A-Za-z0-9._:-]{1,100}$/, {
    message: 'organisationId must be 1-100 letters, digits, or . _ : -',
  })
  organisationId?: string;
}

/**
 * A change: only the fields sent change; `null` clears an optional field (nullable in the document)
 * and is a 400 for name, country and place.
 */
export class UpdateEmployerDto extends PartialType(
  OmitType(CreateEmployerDto, ['organisationId'] as const),
  { skipNullProperties: false },
) {}

export class EmployerQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Part of the name' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ enum: COUNTRIES })
  @IsOptional()
  @IsIn(COUNTRIES)
  country?: Country;
}
