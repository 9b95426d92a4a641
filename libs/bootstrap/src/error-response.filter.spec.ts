import {
  ArgumentsHost,
  BadRequestException,
  Logger,
  NotFoundException,
  ServiceUnavailableException,
} from '@nestjs/common';
import { ErrorResponseFilter } from './error-response.filter';

function respond(exception: unknown) {
  const sent: { status?: number; body?: unknown } = {};
  const response = {
    status(code: number) {
      sent.status = code;
      return { json: (body: unknown) => (sent.body = body) };
    },
  };
  const host = { switchToHttp: () => ({ getResponse: () => response }) } as ArgumentsHost;
  new ErrorResponseFilter().catch(exception, host);
  return sent;
}

describe('ErrorResponseFilter', () => {
  afterEach(() => jest.restoreAllMocks());

  it.each([
    [new NotFoundException(), 404, { statusCode: 404, error: 'Not Found', message: 'Not Found' }],
    [
      new BadRequestException(['pageSize must not be greater than 100']),
      400,
      { statusCode: 400, error: 'Bad Request', message: ['pageSize must not be greater than 100'] },
    ],
    [
      Object.assign(new Error('request entity too large'), { status: 413, expose: true }),
      413,
      { statusCode: 413, error: 'Payload Too Large', message: 'request entity too large' },
    ],
  ])('answers %s as %i with {statusCode, error, message}', (exception, status, body) => {
    expect(respond(exception)).toEqual({ status, body });
  });

  it('passes a structured report without message (the health check) on as thrown', () => {
    const report = { status: 'error', details: { queue: { status: 'down' } } };
    expect(respond(new ServiceUnavailableException(report))).toEqual({ status: 503, body: report });
  });

  it('hides an unexpected error behind a bare 500 and logs its stack server-side', () => {
    const logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const error = new Error('password authentication failed for user "werkplein"');
    expect(respond(error)).toEqual({
      status: 500,
      body: { statusCode: 500, error: 'Internal Server Error', message: 'Internal server error' },
    });
    expect(logged).toHaveBeenCalledWith(error.message, error.stack);
  });

  it('does not pass on a 5xx status an unknown error claims', () => {
    jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const error = Object.assign(new Error('upstream said no'), { status: 502, expose: true });
    expect(respond(error).status).toBe(500);
  });
});
