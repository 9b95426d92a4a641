import { ForbiddenException, Injectable } from '@nestjs/common';
import { AuditService } from '@wt/audit';
import type { Principal, Role } from '@wt/auth';
import { SeekerAccessService } from '@wt/job-seekers';
import { VacancyAccessService } from '@wt/vacancies';
import { rolesFor, WorkflowAction } from '../workflow/workflow-rules';

/** What a caller wants to do with matches; each has one rule below. */
export type MatchPermission =
  /** The list of a vacancy: full for advisers and admins, anonymised cards for its employer. */
  | 'vacancy-matches.read'
  /** Why one pair scored as it did (advisers and admins). */
  | 'match.explain'
  /** A job seeker's matches: their coach, or an adviser or admin with a reason. */
  | 'seeker-matches.read'
  /** The region's outcomes and fairness report (advisers and admins). */
  | 'outcomes.read';

export interface MatchAccessRequest {
  principal: Principal;
  permission: MatchPermission;
  vacancyId?: string;
  seekerId?: string;
  /** Why an adviser or admin reads a job seeker's data (recorded). */
  reason?: string;
}

/** What the caller may see once access is granted. */
export interface MatchGrant {
  /** `anonymised`: candidate cards only (double opt-in, no name, contact or target group). */
  view: 'full' | 'anonymised';
}

interface MatchRule {
  roles: readonly Role[];
  /** Roles that see candidates only as anonymised cards. */
  anonymisedFor?: readonly Role[];
}

const RULES: Record<MatchPermission, MatchRule> = {
  'vacancy-matches.read': { roles: ['employer', 'adviser', 'admin'], anonymisedFor: ['employer'] },
  'match.explain': { roles: ['adviser', 'admin'] },
  'seeker-matches.read': { roles: ['coach', 'adviser', 'admin'] },
  'outcomes.read': { roles: ['adviser', 'admin'] },
};

/**
 * Who may see which matches, decided in one place and called by the services that read (and
 * change) matches, never by controllers: the model is Immich's `requireAccess`. The vacancy and
 * the job seeker are checked by their own contexts' access services, so an object outside the
 * caller's scope answers 404 here as it does there. A granted read of personal data is written to
 * the audit trail here, before the service touches the data.
 */
@Injectable()
export class MatchAccessService {
  constructor(
    private readonly vacancies: VacancyAccessService,
    private readonly seekers: SeekerAccessService,
    private readonly audit: AuditService,
  ) {}

  async require(request: MatchAccessRequest): Promise<MatchGrant> {
    const { principal, permission } = request;
    const rule = RULES[permission];
    if (!rule.roles.includes(principal.role)) {
      throw new ForbiddenException(`${permission} is for: ${rule.roles.join(', ')}`);
    }
    const view = rule.anonymisedFor?.includes(principal.role) ? 'anonymised' : 'full';
    switch (permission) {
      case 'vacancy-matches.read': {
        const vacancyId = required(request.vacancyId, 'vacancyId');
        await this.vacancies.requireVisible(principal, vacancyId);
        // Anonymised cards carry no personal data: only the full list is a read to record.
        if (view === 'full') await this.allowed(principal, 'vacancy-shortlist', vacancyId);
        break;
      }
      case 'match.explain': {
        const vacancyId = required(request.vacancyId, 'vacancyId');
        const seekerId = required(request.seekerId, 'seekerId');
        await this.vacancies.requireVisible(principal, vacancyId);
        await this.allowed(principal, 'match', `${vacancyId}/${seekerId}`);
        break;
      }
      case 'seeker-matches.read':
        // The same scope and audit entry as reading the profile: another coach's seeker is 404.
        await this.seekers.requireReadable(
          principal,
          required(request.seekerId, 'seekerId'),
          request.reason,
        );
        break;
      case 'outcomes.read':
        await this.allowed(principal, 'outcomes-report', 'region');
        break;
    }
    return { view };
  }

  /**
   * May this principal take `action` on the pair? 403 for a role the step is not for (the message
   * names the step); 404 for a vacancy outside the caller's scope, and for a coach, a job seeker
   * outside their caseload. The change itself is recorded by {@link recordStep}.
   */
  async requireStep(
    principal: Principal,
    action: WorkflowAction,
    vacancyId: string,
    seekerId: string,
  ): Promise<void> {
    const roles = rolesFor(action);
    if (!roles.includes(principal.role)) {
      await this.audit.record({
        actor: principal,
        action: 'update',
        objectType: 'match',
        objectId: `${vacancyId}/${seekerId}`,
        result: 'denied',
        origin: action,
      });
      throw new ForbiddenException(`${action} is for: ${roles.join(', ')}`);
    }
    await this.vacancies.requireVisible(principal, vacancyId);
    if (principal.role === 'coach') await this.seekers.requireReadable(principal, seekerId);
  }

  /** The audit entry of a step taken (or of contact details revealed) on a pair. */
  recordStep(
    principal: Principal,
    vacancyId: string,
    seekerId: string,
    action: string,
    auditAction: 'update' | 'read' = 'update',
  ): Promise<void> {
    return this.audit.record({
      actor: principal,
      action: auditAction,
      objectType: 'match',
      objectId: `${vacancyId}/${seekerId}`,
      result: 'allowed',
      origin: action,
    });
  }

  private allowed(actor: Principal, objectType: string, objectId: string): Promise<void> {
    return this.audit.record({ actor, action: 'read', objectType, objectId, result: 'allowed' });
  }
}

// A programming error (a service asking without the object), never the caller's fault.
function required(id: string | undefined, name: string): string {
  if (!id) throw new Error(`A match access request needs ${name}`);
  return id;
}
