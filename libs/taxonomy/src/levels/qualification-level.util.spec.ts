import { DQR_QUALIFICATIONS } from './dqr-qualifications.data';
import { NLQF_QUALIFICATIONS } from './nlqf-qualifications.data';
import {
  EQF_EQUIVALENCE_NOTE,
  QUALIFICATIONS,
  compareEqf,
  eqfOf,
  findQualification,
  isValidEqf,
} from './qualification-level.util';

/** Transcribed from DOMAIN.md "Qualification levels" ("below 1" written as 0). */
const DOMAIN_TABLE: [code: string, eqf: number][] = [
  ['NL:VSO-NO-DIPLOMA', 0],
  ['NL:PRO-NO-DIPLOMA', 0],
  ['NL:ENTRY', 0],
  ['NL:MBO-1', 1],
  ['NL:VMBO-BB', 1],
  ['NL:MBO-2', 2],
  ['NL:VMBO-KB', 2],
  ['NL:VMBO-GL', 2],
  ['NL:VMBO-TL', 2],
  ['NL:MBO-3', 3],
  ['NL:MBO-4', 4],
  ['NL:HAVO', 4],
  ['NL:VWO', 4],
  ['NL:AD', 5],
  ['NL:HBO-BACHELOR', 6],
  ['NL:WO-BACHELOR', 6],
  ['NL:MASTER', 7],
  ['NL:DOCTORATE', 8],
  ['DE:BERUFSVORBEREITUNG', 1],
  ['DE:BERUFSFACHSCHULE', 2],
  ['DE:AUSBILDUNG-2', 3],
  ['DE:AUSBILDUNG-3', 4],
  ['DE:ABITUR', 4],
  ['DE:SERVICETECHNIKER', 5],
  ['DE:IT-SPEZIALIST', 5],
  ['DE:BACHELOR', 6],
  ['DE:MEISTER', 6],
  ['DE:FACHWIRT', 6],
  ['DE:TECHNIKER', 6],
  ['DE:MASTER', 7],
  ['DE:BETRIEBSWIRT', 7],
  ['DE:PROMOTION', 8],
];

describe('qualification levels', () => {
  it.each(DOMAIN_TABLE)('%s is EQF %i', (code, eqf) => {
    expect(eqfOf(code)).toBe(eqf);
    expect(findQualification(code)?.eqf).toBe(eqf);
  });

  it('has exactly the qualifications of the table, each code once', () => {
    expect(QUALIFICATIONS.map((q) => q.code).sort()).toEqual(
      DOMAIN_TABLE.map(([code]) => code).sort(),
    );
    expect(new Set(QUALIFICATIONS.map((q) => q.code)).size).toBe(QUALIFICATIONS.length);
  });

  it.each(QUALIFICATIONS.map((q) => [q.code, q] as const))(
    '%s has a country prefix and names in nl, de, en',
    (code, q) => {
      expect(code.startsWith(`${q.country}:`)).toBe(true);
      for (const lang of ['nl', 'de', 'en'] as const) expect(q.names[lang].trim()).not.toBe('');
    },
  );

  it('keeps the national levels of the Nuffic and dqr.de tables', () => {
    expect(NLQF_QUALIFICATIONS.find((q) => q.code === 'NL:VWO')?.nationalLevel).toBe('4+');
    // DQR and EQF levels coincide level for level.
    for (const q of DQR_QUALIFICATIONS) expect(q.nationalLevel).toBe(String(q.eqf));
  });

  it('flags the Abitur as unsure and nothing else', () => {
    expect(QUALIFICATIONS.filter((q) => q.unsure).map((q) => q.code)).toEqual(['DE:ABITUR']);
  });

  it('finds codes case-insensitively and returns undefined for unknown ones', () => {
    expect(findQualification(' nl:mbo-2 ')?.code).toBe('NL:MBO-2');
    expect(findQualification('NL:MBO-5')).toBeUndefined();
    expect(() => eqfOf('NL:MBO-5')).toThrow(/unknown qualification code/);
  });
});

describe('EQF overrides', () => {
  it.each([
    ['record', { 'NL:MBO-4': 5 }],
    ['map', new Map([['NL:MBO-4', 5]])],
    ['lower-case key', { 'nl:mbo-4': 5 }],
  ])('an MBO-4 referenced to EQF 5 (%s)', (_kind, overrides) => {
    expect(eqfOf('NL:MBO-4', overrides)).toBe(5);
    expect(eqfOf('NL:MBO-3', overrides)).toBe(3);
  });

  it('an override may name a qualification the table lacks', () => {
    expect(eqfOf('DE:STAATLICH-BETRIEBSWIRT', { 'DE:STAATLICH-BETRIEBSWIRT': 6 })).toBe(6);
  });

  it.each([9, -1, 4.5, Number.NaN])('rejects the out-of-range override %p', (level) => {
    expect(() => eqfOf('NL:MBO-4', { 'NL:MBO-4': level })).toThrow(RangeError);
  });
});

describe('isValidEqf', () => {
  it.each([0, 1, 4, 8])('accepts %p', (n) => expect(isValidEqf(n)).toBe(true));
  it.each([-1, 9, 2.5, '4', null, undefined, Number.NaN])('rejects %p', (n) =>
    expect(isValidEqf(n)).toBe(false),
  );
});

describe('compareEqf', () => {
  it.each([
    [2, 3, -1, 'below'],
    [4, 4, 0, 'equal'],
    [6, 4, 2, 'above'],
    [0, 1, -1, 'below'],
    [8, 0, 8, 'above'],
  ])('seeker %i vs required %i -> %i %s', (seeker, required, difference, verdict) => {
    expect(compareEqf(seeker, required)).toEqual({ difference, verdict });
  });

  it('compares Dutch and German qualifications through the EQF', () => {
    expect(compareEqf(eqfOf('NL:MBO-3'), eqfOf('DE:AUSBILDUNG-2')).verdict).toBe('equal');
    expect(compareEqf(eqfOf('NL:MBO-2'), eqfOf('DE:AUSBILDUNG-3')).verdict).toBe('below');
    expect(compareEqf(eqfOf('NL:HBO-BACHELOR'), eqfOf('DE:MEISTER')).verdict).toBe('equal');
  });

  it.each([
    [9, 4],
    [4, -1],
    [3.5, 4],
  ])('rejects invalid levels %p vs %p', (a, b) => {
    expect(() => compareEqf(a, b)).toThrow(RangeError);
  });

  it('says that equal EQF is no legal equivalence', () => {
    expect(EQF_EQUIVALENCE_NOTE).toMatch(/not a legal equivalence/);
  });
});
