import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { toCsv } from '@wt/insight';
import type { Request, Response } from 'express';
import { map, Observable } from 'rxjs';

/** `?format=csv`: the figure's rows as text/csv instead of JSON. */
@Injectable()
export class CsvFormatInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const http = context.switchToHttp();
    const request = http.getRequest<Request>();
    if (request.query.format !== 'csv') return next.handle();
    return next.handle().pipe(
      map(
        (figure: {
          figure: string;
          rows: Array<Record<string, unknown>>;
          suppressBelow: number;
        }) => {
          const response = http.getResponse<Response>();
          response.setHeader('Content-Type', 'text/csv; charset=utf-8');
          response.setHeader(
            'Content-Disposition',
            `attachment; filename="${figure.figure.replace(/[^a-z0-9-]/gi, '-')}.csv"`,
          );
          return toCsv(figure.rows, figure.suppressBelow);
        },
      ),
    );
  }
}
