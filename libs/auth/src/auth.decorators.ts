import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { Principal, Role } from './principal';

export const PUBLIC_METADATA = 'wt:public';
export const ROLES_METADATA = 'wt:roles';

/** No token needed: health, metrics and the API docs only. */
export const Public = () => SetMetadata(PUBLIC_METADATA, true);

/** The roles allowed on a route or controller; any other role gets 403. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_METADATA, roles);

/** The verified caller of this request. */
export const CurrentPrincipal = createParamDecorator(
  (_: unknown, context: ExecutionContext): Principal =>
    context.switchToHttp().getRequest<{ principal: Principal }>().principal,
);
