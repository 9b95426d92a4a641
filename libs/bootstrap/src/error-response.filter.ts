import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { STATUS_CODES } from 'node:http';

export interface ErrorResponse {
  statusCode: number;
  error: string;
  /** A sentence, or one per field for validation errors. */
  message: string | string[];
}

interface HttpResponse {
  headersSent?: boolean;
  status(code: number): { json(body: unknown): void };
}

/**
 * Every error leaves as `{statusCode, error, message}` and never with a stack trace: an unexpected
 * error answers a generic 500 and its stack goes to the server log only. Errors from Express
 * middleware that carry a client status (body too large: 413, malformed JSON: 400) keep it.
 */
@Catch()
export class ErrorResponseFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpError');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<HttpResponse>();
    if (response.headersSent) return;
    const report = structuredReport(exception);
    if (report) return void response.status(report.status).json(report.body);
    const body = this.toResponse(exception);
    response.status(body.statusCode).json(body);
  }

  private toResponse(exception: unknown): ErrorResponse {
    if (exception instanceof HttpException) {
      const statusCode = exception.getStatus();
      const payload = exception.getResponse();
      const fields = typeof payload === 'object' && payload !== null ? payload : {};
      const { message, error } = fields as { message?: string | string[]; error?: string };
      if (statusCode >= 500) this.logger.error(exception.message, exception.stack);
      return {
        statusCode,
        error: error ?? STATUS_CODES[statusCode] ?? 'Error',
        message: message ?? (typeof payload === 'string' ? payload : exception.message),
      };
    }
    const clientStatus = clientErrorStatus(exception);
    if (clientStatus) {
      return {
        statusCode: clientStatus,
        error: STATUS_CODES[clientStatus] ?? 'Error',
        message: (exception as Error).message,
      };
    }
    this.logger.error(
      exception instanceof Error ? exception.message : String(exception),
      exception instanceof Error ? exception.stack : undefined,
    );
    return { statusCode: 500, error: STATUS_CODES[500]!, message: 'Internal server error' };
  }
}

/** The status of an `http-errors` error meant for the client (`expose`), as body-parser throws. */
function clientErrorStatus(exception: unknown): number | undefined {
  const { status, expose } = (exception ?? {}) as { status?: unknown; expose?: unknown };
  return typeof status === 'number' && status >= 400 && status < 500 && expose === true
    ? status
    : undefined;
}

/**
 * A deliberate structured body without a `message` (the health check's report of which
 * dependency is down) goes out as thrown: it is the answer, not an error description.
 */
function structuredReport(exception: unknown): { status: number; body: object } | undefined {
  if (!(exception instanceof HttpException)) return undefined;
  const payload = exception.getResponse();
  if (typeof payload !== 'object' || payload === null || 'message' in payload) return undefined;
  return { status: exception.getStatus(), body: payload };
}
