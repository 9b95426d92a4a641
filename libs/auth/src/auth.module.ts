import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig } from '@wt/config';
import { AuthGuard } from './auth.guard';
import { TokenVerifier } from './token.verifier';

/**
 * Token verification and the guard. The app registers the guard globally (APP_GUARD) next to the
 * rate limiter, in that order; see `HttpSecurityModule` in `@wt/bootstrap`.
 */
@Module({})
export class AuthModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AuthModule,
      providers: [
        // Built at start-up: a missing production key stops the app here, with one line.
        { provide: TokenVerifier, useFactory: () => TokenVerifier.fromConfig(config) },
        AuthGuard,
      ],
      exports: [TokenVerifier, AuthGuard],
    };
  }
}
