import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import type { Principal, UserProfile } from '@wt/auth';
import { from, Observable, switchMap } from 'rxjs';
import { UserDirectoryService } from './user-directory.service';

/** Every authenticated request records its caller in the user table (when something changed). */
@Injectable()
export class UserDirectoryInterceptor implements NestInterceptor {
  constructor(private readonly users: UserDirectoryService) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const request = context
      .switchToHttp()
      .getRequest<{ principal?: Principal; userProfile?: UserProfile }>();
    if (!request.principal) return next.handle();
    return from(this.users.record(request.principal, request.userProfile)).pipe(
      switchMap(() => next.handle()),
    );
  }
}
