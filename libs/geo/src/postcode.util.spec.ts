import {
  isValidDutchPostcode,
  isValidGermanPostcode,
  normalisePostcode,
  parsePostcode,
} from './postcode.util';

describe('isValidDutchPostcode', () => {
  it.each([
    ['7511 AB', true],
    ['7511AB', true],
    ['7511ab', true],
    [' 1000 AA ', true],
    ['9999 ZZ', true],
    ['1234 SB', true],
    ['1234 AS', true],
    ['0123 AB', false], // no postcode starts with 0
    ['12345', false],
    ['1234 SA', false], // SA, SD and SS are never issued
    ['1234 SD', false],
    ['1234ss', false],
    ['1234', false], // a PC4 alone is not a full postcode
    ['1234 A', false],
    ['1234 ABC', false],
    ['1234  AB', false],
    ['1234-AB', false],
    ['AB 1234', false],
    ['', false],
  ])('%j -> %s', (input, valid) => {
    expect(isValidDutchPostcode(input)).toBe(valid);
  });
});

describe('isValidGermanPostcode', () => {
  it.each([
    ['48599', true],
    ['01067', true],
    ['99998', true],
    [' 48143 ', true],
    ['00123', false], // no PLZ starts with 00
    ['4859', false],
    ['485999', false],
    ['48 599', false],
    ['D-48599', false],
    ['abcde', false],
    ['', false],
  ])('%j -> %s', (input, valid) => {
    expect(isValidGermanPostcode(input)).toBe(valid);
  });
});

describe('normalisePostcode', () => {
  it.each([
    ['7511ab', 'NL', '7511 AB'],
    [' 7511 AB ', 'NL', '7511 AB'],
    ['7511AB', 'NL', '7511 AB'],
    ['1234 SA', 'NL', undefined],
    ['7511', 'NL', undefined],
    ['48599', 'DE', '48599'],
    [' 48599', 'DE', '48599'],
    ['4859', 'DE', undefined],
    ['7511 AB', 'DE', undefined],
  ] as const)('%j in %s -> %j', (input, country, expected) => {
    expect(normalisePostcode(input, country)).toBe(expected);
  });

  it('defaults to Dutch', () => {
    expect(normalisePostcode('7511ab')).toBe('7511 AB');
  });
});

describe('parsePostcode', () => {
  it.each([
    ['7511 ab', 'NL', { code: 7511, canonical: '7511 AB' }],
    ['7511', 'NL', { code: 7511, canonical: '7511' }],
    [' 7511 ', 'NL', { code: 7511, canonical: '7511' }],
    ['0511', 'NL', undefined],
    ['7511 SS', 'NL', undefined],
    ['48599', 'NL', undefined],
    ['48599', 'DE', { code: 48599, canonical: '48599' }],
    ['7511', 'DE', undefined],
  ] as const)('%j in %s -> %j', (input, country, expected) => {
    expect(parsePostcode(input, country)).toEqual(expected);
  });
});
