import { PagedResponse } from '@wt/bootstrap';
import { ApiProperty } from '@nestjs/swagger';
import {
  AVAILABILITY_STATUSES,
  AvailabilityStatus,
  CaseloadEntryView,
  CaseloadOverview,
  COMPLETENESS_BANDS,
  CompletenessBand,
  RetentionSweepView,
  TransferView,
} from '@wt/job-seekers';
import { ConsentResponse } from '../job-seekers/dto/job-seeker.response.dto';

/** One job seeker of a caseload, pseudonymous: names come from the identity endpoint. */
export class CaseloadEntryResponse implements CaseloadEntryView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() version: number;
  @ApiProperty({ minimum: 0, maximum: 100 }) completenessScore: number;
  @ApiProperty({ enum: COMPLETENESS_BANDS }) completenessBand: CompletenessBand;
  @ApiProperty({ type: [String] }) missing: string[];
  @ApiProperty({ type: [String] }) stale: string[];
  @ApiProperty({ enum: AVAILABILITY_STATUSES }) availability: AvailabilityStatus;
  @ApiProperty() employerVisible: boolean;
  @ApiProperty({ format: 'date-time', nullable: true, type: String })
  reviewFlaggedAt: string | null;
  @ApiProperty({ format: 'date-time' }) lastActivityAt: string;
}

/** `GET /job-seekers`: a page of the caseload, in the envelope of every list endpoint. */
export class CaseloadPageResponse extends PagedResponse(CaseloadEntryResponse) {}

export class CompletenessCountsResponse implements Record<CompletenessBand, number> {
  @ApiProperty({ description: 'score 100' }) complete: number;
  @ApiProperty({ description: 'score 75-99' }) high: number;
  @ApiProperty({ description: 'score 40-74' }) medium: number;
  @ApiProperty({ description: 'score below 40' }) low: number;
}

export class AvailabilityCountsResponse implements Record<AvailabilityStatus, number> {
  @ApiProperty() now: number;
  @ApiProperty() later: number;
  @ApiProperty() unknown: number;
}

export class MissingFieldCountResponse {
  @ApiProperty() field: string;
  @ApiProperty() count: number;
}

export class CaseloadOverviewResponse implements CaseloadOverview {
  @ApiProperty() coachId: string;
  @ApiProperty() total: number;
  @ApiProperty({ type: CompletenessCountsResponse }) byCompleteness: CompletenessCountsResponse;
  @ApiProperty({ type: AvailabilityCountsResponse }) byAvailability: AvailabilityCountsResponse;
  @ApiProperty() availabilityStale: number;
  @ApiProperty() employerVisible: number;
  @ApiProperty() flaggedForReview: number;
  @ApiProperty({ type: [MissingFieldCountResponse] }) mostMissing: MissingFieldCountResponse[];
}

export class TransferResponse implements TransferView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() fromCoachId: string;
  @ApiProperty() toCoachId: string;
  @ApiProperty() version: number;
  @ApiProperty({ type: ConsentResponse }) consent: ConsentResponse;
}

export class RetentionSweepResponse implements RetentionSweepView {
  @ApiProperty() inactiveDays: number;
  @ApiProperty({ format: 'date-time' }) cutoff: string;
  @ApiProperty() flagged: number;
  @ApiProperty({ type: [String] }) seekerIds: string[];
}
