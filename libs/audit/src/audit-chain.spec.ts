import { ChainChecker, chainHash, ChainedFields, ChainedRow, GENESIS_HASH } from './audit-chain';

function chain(count: number): ChainedRow[] {
  const rows: ChainedRow[] = [];
  let prevHash = GENESIS_HASH;
  for (let i = 1; i <= count; i++) {
    const fields: ChainedFields = {
      seq: String(i),
      occurredAt: new Date(Date.UTC(2025, 0, 1, 9, 0, i)),
      actorSubject: `coach-${i}`,
      actorRole: 'coach',
      action: 'read',
      objectType: 'job-seeker',
      objectId: `js-${i}`,
      result: 'allowed',
      origin: null,
      clientIp: '127.0.0.1',
      app: 'profile-service',
    };
    const hash = chainHash(prevHash, fields);
    rows.push({ ...fields, prevHash, hash });
    prevHash = hash;
  }
  return rows;
}

function firstBreak(rows: ChainedRow[]) {
  const checker = new ChainChecker();
  for (const row of rows) {
    const broken = checker.check(row);
    if (broken) return broken;
  }
  return undefined;
}

describe('audit hash chain', () => {
  it('accepts an untouched chain', () => {
    expect(firstBreak(chain(5))).toBeUndefined();
  });

  it('changes the hash when any covered field changes', () => {
    const [row] = chain(1);
    const variants: Array<Partial<ChainedFields>> = [
      { actorSubject: 'someone-else' },
      { actorRole: null },
      { result: 'denied' },
      { objectId: 'js-2' },
      { occurredAt: new Date(row.occurredAt.getTime() + 1) },
      { origin: 'x' },
    ];
    for (const change of variants) {
      expect(chainHash(row.prevHash, { ...row, ...change })).not.toBe(row.hash);
    }
  });

  it.each([
    [
      'an altered row',
      (rows: ChainedRow[]) => (rows[2] = { ...rows[2], objectId: 'js-99' }),
      { seq: '3', reason: 'content does not match its hash (the row was altered)' },
    ],
    [
      'an altered and re-hashed row (caught at the next one)',
      (rows: ChainedRow[]) => {
        const altered = { ...rows[2], result: 'denied' };
        rows[2] = { ...altered, hash: chainHash(altered.prevHash, altered) };
      },
      { seq: '4', reason: 'prev_hash is not the hash of the previous row' },
    ],
    [
      'a deleted row',
      (rows: ChainedRow[]) => rows.splice(1, 1),
      { seq: '3', reason: 'row(s) 2..2 are missing' },
    ],
    [
      'deleted first rows',
      (rows: ChainedRow[]) => rows.splice(0, 2),
      { seq: '3', reason: 'row(s) 1..2 are missing' },
    ],
  ])('finds %s', (_, tamper, expected) => {
    const rows = chain(5);
    tamper(rows);
    expect(firstBreak(rows)).toEqual(expected);
  });
});
