import { changedMatchingFields, needsMatching } from './matching-relevance.util';
import { applyChanges, fieldsFromInput } from './vacancy-fields.util';

const before = fieldsFromInput({
  title: 'Lasser',
  description: 'MIG/MAG',
  country: 'NL',
  workPlace: 'Hengelo',
  requiredSkills: ['s:1', 's:2'],
  languages: [{ language: 'nl', level: 'B1' }],
});

describe('changes that matter to matching', () => {
  it.each([
    [{ title: 'Lasser MIG/MAG' }, []],
    [{ description: 'Nieuwe tekst' }, []],
    [{ supervision: null }, []],
    [{ requiredSkills: ['s:2', 's:1'] }, []],
    [{ requiredSkills: ['s:1'] }, ['requiredSkills']],
    [{ hoursMax: 32 }, ['hoursMax']],
    [{ languages: [{ language: 'nl', level: 'B2' as const }] }, ['languages']],
    [
      { closingDate: '2026-05-01', banenafspraakReserved: true },
      ['closingDate', 'banenafspraakSuitable', 'banenafspraakReserved'],
    ],
  ])('%j changes %j', (change, expected) => {
    expect(changedMatchingFields(before, applyChanges(before, change))).toEqual(expected);
  });

  it.each([
    ['draft', null, false],
    ['published', new Date(), true],
    ['closed', null, false],
    ['closed', new Date(), true],
    ['expired', new Date(), true],
  ] as const)(
    'a %s vacancy published at %s needs the worker: %s',
    (status, publishedAt, expected) => {
      expect(needsMatching({ status, publishedAt })).toBe(expected);
    },
  );
});
