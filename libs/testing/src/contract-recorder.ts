import type { INestApplication } from '@nestjs/common';
import { buildApiDocument } from '@wt/bootstrap';
import type { NextFunction, Request, Response } from 'express';
import { ContractViolation, OpenApiContract } from './openapi-contract';

const violations: ContractViolation[] = [];

/**
 * The responses since the last call that the answering app's own OpenAPI document does not
 * describe. The e2e set-up (`test/contract-setup.ts`) fails every test that leaves one behind.
 */
export function takeContractViolations(): ContractViolation[] {
  return violations.splice(0);
}

export function formatViolations(found: ContractViolation[]): string {
  const lines = found.map((v) => `  ${v.operation} answered ${v.status}: ${v.error}`);
  return `The response does not match the app's OpenAPI document:\n${lines.join('\n')}`;
}

/**
 * Express middleware that keeps every response's bytes and, once it is sent, checks it (and the
 * JSON request body of an accepted request) against the app's document (built on the first response, when every route is registered). Apps without
 * a document (the worker) are not checked.
 */
export function contractRecorder(app: INestApplication) {
  let contract: OpenApiContract | null | undefined;
  const contractOf = () => {
    if (contract === undefined) {
      const document = buildApiDocument(app);
      contract = document ? new OpenApiContract(document) : null;
    }
    return contract;
  };
  return (req: Request, res: Response, next: NextFunction) => {
    const chunks: Buffer[] = [];
    const keep = (chunk: unknown, encoding?: unknown) => {
      if (chunk === undefined || chunk === null || typeof chunk === 'function') return;
      chunks.push(
        Buffer.isBuffer(chunk)
          ? chunk
          : Buffer.from(
              chunk as string,
              typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8',
            ),
      );
    };
    const write = res.write.bind(res) as (...args: unknown[]) => boolean;
    const end = res.end.bind(res) as (...args: unknown[]) => Response;
    res.write = ((...args: unknown[]) => {
      keep(args[0], args[1]);
      return write(...args);
    }) as Response['write'];
    res.end = ((...args: unknown[]) => {
      keep(args[0], args[1]);
      return end(...args);
    }) as Response['end'];
    res.on('finish', () => {
      const checker = contractOf();
      if (!checker) return;
      const contentType = res.getHeader('content-type');
      const violation = checker.check(
        req.method,
        req.originalUrl.split('?')[0]!,
        res.statusCode,
        typeof contentType === 'string' ? contentType : undefined,
        req.method === 'HEAD' ? Buffer.alloc(0) : Buffer.concat(chunks),
      );
      if (violation) violations.push(violation);
      const requestViolation = checkRequestOf(checker, req, res.statusCode);
      if (requestViolation) violations.push(requestViolation);
    });
    next();
  };
}

/** The request's JSON body as the body parser left it (only bodies the client sent). */
function checkRequestOf(
  checker: OpenApiContract,
  req: Request,
  status: number,
): ContractViolation | undefined {
  const contentType = req.headers['content-type'];
  const length = Number(req.headers['content-length'] ?? 0);
  const sent = length > 0 || req.headers['transfer-encoding'] !== undefined;
  return checker.checkRequest(
    req.method,
    req.originalUrl.split('?')[0]!,
    status,
    sent ? contentType : undefined,
    sent ? (req.body as unknown) : undefined,
  );
}
