import {
  CanActivate,
  ExecutionContext,
  ForbiddenException,
  Inject,
  Injectable,
  Logger,
  ServiceUnavailableException,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { PUBLIC_METADATA, ROLES_METADATA } from './auth.decorators';
import { Principal, Role, UserProfile } from './principal';
import { REFUSAL_RECORDER, RefusalRecorder } from './refusal-recorder';
import { InvalidTokenError } from './token-claims';
import { KeySetUnavailableError, TokenVerifier } from './token.verifier';

interface HttpRequest {
  method: string;
  ip?: string;
  headers: Record<string, string | string[] | undefined>;
  params?: Record<string, string>;
  route?: { path?: string };
  principal?: Principal;
  /** The token's e-mail and name claims (never logged). */
  userProfile?: UserProfile;
}

interface HttpResponse {
  setHeader(name: string, value: string): void;
}

/**
 * The global guard of every HTTP app: a route is open only when marked `@Public()`; otherwise it
 * needs a valid bearer token (401) and, where `@Roles(...)` says so, one of those roles (403).
 * Refusals are logged without the token, and handed to the {@link RefusalRecorder} (the audit
 * trail writes those whose route names its object with `@AuditObject(...)`).
 */
@Injectable()
export class AuthGuard implements CanActivate {
  private readonly logger = new Logger(AuthGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly verifier: TokenVerifier,
    @Inject(REFUSAL_RECORDER) private readonly refusals: RefusalRecorder,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_METADATA, targets)) return true;

    const request = context.switchToHttp().getRequest<HttpRequest>();
    const { principal, profile } = await this.authenticate(context, request);
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_METADATA, targets);
    if (roles && !roles.includes(principal.role)) {
      await this.refuse(context, request, principal);
      throw new ForbiddenException(`This endpoint is for: ${roles.join(', ')}`);
    }
    request.principal = principal;
    request.userProfile = profile;
    return true;
  }

  private async authenticate(
    context: ExecutionContext,
    request: HttpRequest,
  ): Promise<{ principal: Principal; profile: UserProfile }> {
    const token = bearerToken(request.headers.authorization);
    try {
      if (!token) throw new InvalidTokenError('missing');
      return await this.verifier.verifyWithProfile(token);
    } catch (error) {
      if (error instanceof KeySetUnavailableError) {
        this.logger.error(error.message);
        throw new ServiceUnavailableException('The identity provider cannot be reached; try again');
      }
      if (!(error instanceof InvalidTokenError)) throw error;
      await this.refuse(context, request, undefined, error.reason);
      context
        .switchToHttp()
        .getResponse<HttpResponse>()
        .setHeader('WWW-Authenticate', token ? 'Bearer error="invalid_token"' : 'Bearer');
      throw new UnauthorizedException(
        token ? `Invalid bearer token: ${error.reason}` : 'A bearer token is required',
      );
    }
  }

  private async refuse(
    context: ExecutionContext,
    request: HttpRequest,
    actor: Principal | undefined,
    tokenProblem?: string,
  ): Promise<void> {
    const status = actor ? 403 : 401;
    this.logger.warn({
      msg: 'access refused',
      status,
      reason: tokenProblem ?? `role ${actor?.role}`,
      subject: actor?.subject,
      method: request.method,
      route: request.route?.path,
    });
    try {
      await this.refusals.record({
        context,
        method: request.method,
        params: request.params,
        actor,
      });
    } catch (error) {
      // The refusal stands either way; a failing trail is an operational alarm of its own.
      this.logger.error(`Could not record a refused attempt: ${(error as Error).message}`);
    }
  }
}

function bearerToken(header: string | string[] | undefined): string | undefined {
  const value = Array.isArray(header) ? header[0] : header;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(value ?? '');
  return match?.[1];
}
