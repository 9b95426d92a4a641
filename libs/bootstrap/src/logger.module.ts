import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig } from '@wt/config';
import { LoggerModule as PinoLoggerModule } from 'nestjs-pino';

/** Paths pino blanks out: credentials and the personal fields of a job seeker. */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers["proxy-authorization"]',
  'req.headers.cookie',
  'req.headers["x-api-key"]',
  'res.headers["set-cookie"]',
  '*.authorization',
  '*.token',
  '*.accessToken',
  '*.password',
  '*.secret',
  '*.bsn',
  '*.name',
  '*.firstName',
  '*.givenName',
  '*.familyName',
  '*.supportNeeded',
  '*.lastName',
  '*.surname',
  '*.initials',
  '*.email',
  '*.phone',
  '*.phoneNumber',
  '*.address',
  '*.street',
  '*.houseNumber',
  '*.dateOfBirth',
  '*.birthDate',
];

@Module({})
export class LoggerModule {
  static forRoot(config: AppConfig, app: string): DynamicModule {
    return {
      module: LoggerModule,
      imports: [
        PinoLoggerModule.forRoot({
          pinoHttp: {
            level: config.logLevel,
            name: app,
            redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
            autoLogging: { ignore: (req) => (req.url ?? '').startsWith('/health') },
            // Query strings can carry search terms about people: log the path only.
            serializers: {
              req: (req: { method: string; url: string; id: unknown }) => ({
                id: req.id,
                method: req.method,
                path: req.url.split('?')[0],
              }),
            },
            transport:
              config.nodeEnv === 'development' && process.stdout.isTTY
                ? {
                    target: 'pino-pretty',
                    options: { singleLine: true, translateTime: 'HH:MM:ss' },
                  }
                : undefined,
          },
        }),
      ],
    };
  }
}
