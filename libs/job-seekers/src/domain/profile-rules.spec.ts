import {
  ESCO_OCCUPATION_URI,
  ESCO_SKILL_URI,
  firstDuplicate,
  isIsoDate,
  isWithinWindow,
  LEAVING_DATE_WINDOW,
  looksLikeBsn,
  toPostcodeArea,
} from './profile-rules';

describe('looksLikeBsn', () => {
  it.each([
    ['111222333', true],
    ['123456782', true],
    ['123.456.782', true],
    ['123 456 782', true],
    ['12345672', true], // 8 digits: a leading zero was dropped
    ['123456789', false], // fails the eleven test
    ['000000000', false],
    ['UWV-123456782', true], // a BSN behind a prefix is still a BSN
    ['BSN: 111222333', true],
    ['BSN111222333', true],
    ['ENS-111222333', true],
    ['111/222/333', true],
    ['111_222_333', true],
    ['nr 1112.22.333 (bsn)', true],
    ['1234567820', false], // ten digits: a number of its own
    ['ENS-1112223330', false],
    ['UWV-111222334', false],
    ['K-2024-0042', false],
    ['ENS-2024-00417', false],
  ])('%s -> %s', (value, expected) => {
    expect(looksLikeBsn(value)).toBe(expected);
  });
});

describe('toPostcodeArea keeps the PC4 only', () => {
  it.each([
    ['7511 AB', 'NL', '7511'],
    ['7511AB', 'NL', '7511'],
    ['7511', 'NL', '7511'],
    ['48599', 'DE', '48599'],
  ] as const)('%s (%s) -> %s', (value, country, expected) => {
    expect(toPostcodeArea(value, country)).toBe(expected);
  });
});

describe('isIsoDate', () => {
  it.each([
    ['2026-07-01', true],
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['2026-13-01', false],
    ['01-07-2026', false],
    ['2026-07-01T00:00:00Z', false],
    [20260701, false],
  ])('%s -> %s', (value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
  });
});

describe('isWithinWindow (school leaving date)', () => {
  const today = '2026-03-15';
  it.each([
    ['2026-07-01', true],
    ['2016-03-15', true], // ten years back, the edge
    ['2016-03-14', false],
    ['2032-03-15', true], // six years ahead, the edge
    ['2032-03-16', false],
    ['1900-07-01', false],
    ['2026-02-30', false],
  ])('%s -> %s', (value, expected) => {
    expect(isWithinWindow(value, today, LEAVING_DATE_WINDOW)).toBe(expected);
  });
});

describe('ESCO URI patterns', () => {
  const uuid = '7aedaa07-3884-4c5b-88f9-80997b2aa54b';
  it.each([
    [ESCO_OCCUPATION_URI, `http://data.europa.eu/esco/occupation/${uuid}`, true],
    [ESCO_OCCUPATION_URI, `http://data.europa.eu/esco/skill/${uuid}`, false],
    [ESCO_OCCUPATION_URI, `https://data.europa.eu/esco/occupation/${uuid}`, false],
    [ESCO_OCCUPATION_URI, 'lasser', false],
    [ESCO_SKILL_URI, `http://data.europa.eu/esco/skill/${uuid}`, true],
    [ESCO_SKILL_URI, `http://data.europa.eu/esco/skill/${uuid}x`, false],
  ])('%s matches %s: %s', (pattern, value, expected) => {
    expect(pattern.test(value)).toBe(expected);
  });
});

describe('firstDuplicate', () => {
  it.each([
    [['nl', 'de', 'en'], undefined],
    [['nl', 'de', 'nl'], 'nl'],
    [[], undefined],
  ])('%j -> %s', (values, expected) => {
    expect(firstDuplicate(values)).toBe(expected);
  });
});
