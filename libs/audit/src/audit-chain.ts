import { createHash } from 'node:crypto';

/** The `prev_hash` of the first row. */
export const GENESIS_HASH = '0'.repeat(64);

/** The columns a row's hash covers: all of them except the hashes themselves. */
export interface ChainedFields {
  seq: string;
  occurredAt: Date;
  actorSubject: string;
  actorRole: string | null;
  action: string;
  objectType: string;
  objectId: string;
  result: string;
  origin: string | null;
  clientIp: string | null;
  app: string | null;
}

export interface ChainedRow extends ChainedFields {
  prevHash: string;
  hash: string;
}

const UNSTORABLE =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const REPLACEMENT = '\uFFFD';

/**
 * Text as PostgreSQL stores it and gives it back, so the hash covers exactly the stored row:
 * control characters (NUL is refused by PostgreSQL) and lone surrogates (stored as U+FFFD by the
 * UTF-8 encoder) become U+FFFD, the text is NFC-normalised, and it is cut to `maxLength` code
 * points, never inside a surrogate pair.
 */
export function canonicalAuditText(text: string, maxLength: number): string {
  const normalised = text.replace(UNSTORABLE, REPLACEMENT).normalize('NFC');
  const codePoints = Array.from(normalised);
  return codePoints.length > maxLength ? codePoints.slice(0, maxLength).join('') : normalised;
}

/** sha256 over the previous row's hash and this row's content, in a fixed canonical form. */
export function chainHash(prevHash: string, row: ChainedFields): string {
  const content = JSON.stringify([
    row.seq,
    row.occurredAt.toISOString(),
    row.actorSubject,
    row.actorRole,
    row.action,
    row.objectType,
    row.objectId,
    row.result,
    row.origin,
    row.clientIp,
    row.app,
  ]);
  return createHash('sha256').update(`${prevHash}\n${content}`).digest('hex');
}

export interface ChainBreak {
  seq: string;
  reason: string;
}

/**
 * Walks the chain row by row (in `seq` order) and reports the first row that does not fit: a gap
 * in the numbering (a deleted row), a `prev_hash` that is not the previous row's hash (a row
 * replaced or re-hashed), or content that no longer matches its own hash (a row altered).
 */
export class ChainChecker {
  private expectedSeq = 1n;
  private previousHash = GENESIS_HASH;
  rows = 0;

  /** The hash of the last row checked: record it elsewhere to detect a cut-off tail later. */
  get lastHash(): string {
    return this.previousHash;
  }

  check(row: ChainedRow): ChainBreak | undefined {
    const seq = BigInt(row.seq);
    if (seq !== this.expectedSeq) {
      return {
        seq: row.seq,
        reason:
          seq > this.expectedSeq
            ? `row(s) ${this.expectedSeq}..${seq - 1n} are missing`
            : `out of order (expected ${this.expectedSeq})`,
      };
    }
    if (row.prevHash !== this.previousHash) {
      return { seq: row.seq, reason: 'prev_hash is not the hash of the previous row' };
    }
    if (chainHash(row.prevHash, row) !== row.hash) {
      return { seq: row.seq, reason: 'content does not match its hash (the row was altered)' };
    }
    this.previousHash = row.hash;
    this.expectedSeq = seq + 1n;
    this.rows += 1;
    return undefined;
  }
}
