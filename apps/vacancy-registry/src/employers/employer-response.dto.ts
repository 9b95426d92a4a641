import { PagedResponse } from '@wt/bootstrap';
import { ApiProperty } from '@nestjs/swagger';
import { COUNTRIES, type EmployerSummary, type EmployerView, type Page } from '@wt/vacancies';

/** An employer without its contact person, as lists show it. */
export class EmployerSummaryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() organisationId: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: COUNTRIES }) country: string;
  @ApiProperty({ nullable: true, type: String }) kvkNumber: string | null;
  @ApiProperty({ nullable: true, type: String }) foreignRegistration: string | null;
  @ApiProperty({ nullable: true, type: String }) street: string | null;
  @ApiProperty({ nullable: true, type: String }) postcode: string | null;
  @ApiProperty() place: string;
  @ApiProperty({ nullable: true, type: Number }) latitude: number | null;
  @ApiProperty({ nullable: true, type: Number }) longitude: number | null;

  static from(summary: EmployerSummary): EmployerSummaryDto {
    return Object.assign(new EmployerSummaryDto(), {
      id: summary.id,
      organisationId: summary.organisationId,
      name: summary.name,
      country: summary.country,
      kvkNumber: summary.kvkNumber,
      foreignRegistration: summary.foreignRegistration,
      street: summary.street,
      postcode: summary.postcode,
      place: summary.place,
      latitude: summary.latitude,
      longitude: summary.longitude,
    });
  }
}

/** One employer with its contact person; every such read is in the audit trail. */
export class EmployerResponseDto extends EmployerSummaryDto {
  @ApiProperty({ nullable: true, type: String }) contactName: string | null;
  @ApiProperty({ nullable: true, type: String }) contactEmail: string | null;
  @ApiProperty({ nullable: true, type: String }) contactPhone: string | null;
  @ApiProperty() createdAt: Date;
  @ApiProperty() updatedAt: Date;

  static override from(view: EmployerView): EmployerResponseDto {
    return Object.assign(new EmployerResponseDto(), EmployerSummaryDto.from(view), {
      contactName: view.contactName,
      contactEmail: view.contactEmail,
      contactPhone: view.contactPhone,
      createdAt: view.createdAt,
      updatedAt: view.updatedAt,
    });
  }
}

export class EmployerPageDto extends PagedResponse(EmployerSummaryDto) {
  static from(page: Page<EmployerSummary>): EmployerPageDto {
    return Object.assign(new EmployerPageDto(), page, {
      items: page.items.map((item) => EmployerSummaryDto.from(item)),
    });
  }
}
