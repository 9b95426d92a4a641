import { fieldsFromInput, VacancyFields } from './vacancy-fields.util';
import {
  checkVacancyFields,
  describeFieldErrors,
  resolveMinimumQualification,
} from './vacancy-rules.util';

const TODAY = '2026-01-15';

function fields(overrides: Partial<VacancyFields> = {}): VacancyFields {
  return {
    ...fieldsFromInput({
      title: 'Lasser',
      description: 'Lassen',
      country: 'NL',
      workPlace: 'Hengelo',
    }),
    ...overrides,
  };
}

const check = (overrides: Partial<VacancyFields>, closingDateChanged = true) =>
  describeFieldErrors(checkVacancyFields(fields(overrides), { today: TODAY, closingDateChanged }));

describe('checkVacancyFields', () => {
  it('accepts a plain Dutch vacancy', () => {
    expect(check({})).toEqual([]);
  });

  it.each([
    [{ hoursMin: 32, hoursMax: 24 }, 'hoursMax must not be less than hoursMin (32)'],
    [{ hoursMin: -4 }, 'hoursMin must be between 0 and 60 hours per week'],
    [{ hoursMax: 61 }, 'hoursMax must be between 0 and 60 hours per week'],
    [
      { startDate: '2026-03-01', closingDate: '2026-02-01' },
      'closingDate must not be before startDate (2026-03-01)',
    ],
    [{ closingDate: '2026-01-14' }, 'closingDate must not be in the past (today is 2026-01-15)'],
    [{ workPlace: null }, 'workPlace or workPostcode is required'],
    [{ latitude: 52.2 }, 'longitude and latitude must be given together'],
    [{ workPostcode: '0123 AB' }, 'workPostcode must be a Dutch postcode (1234 AB or 1234)'],
    [
      { country: 'DE', workPostcode: '7511' },
      'workPostcode must be a German postcode of five digits',
    ],
    [
      { country: 'DE', banenafspraakReserved: true },
      'banenafspraakReserved applies to Dutch vacancies only: the banenafspraak has no standing in Germany',
    ],
    [
      { recognitionRequired: true },
      'recognitionRequired applies to German vacancies only (Anerkennung of a Dutch diploma)',
    ],
    [
      { learningWorking: 'ausbildung' },
      'learningWorking ausbildung is a German place; use bbl or leerwerk',
    ],
    [
      { country: 'DE', learningWorking: 'bbl' },
      'learningWorking bbl is a Dutch trajectory; use ausbildung for a German place',
    ],
    [
      { requiredSkills: ['s:1'], optionalSkills: ['s:2', 's:1'] },
      'optionalSkills.1 repeats required skill s:1',
    ],
    [
      {
        languages: [
          { language: 'de', level: 'B1' },
          { language: 'de', level: 'B2' },
        ],
      },
      'languages.1.language names de twice',
    ],
  ] as Array<[Partial<VacancyFields>, string]>)('refuses %j: %s', (overrides, message) => {
    expect(check(overrides)).toEqual([message]);
  });

  it('lets an old closing date stand when the change does not set it', () => {
    expect(check({ closingDate: '2025-12-31' }, false)).toEqual([]);
  });

  it('accepts a closing date of today and Dutch PC4 and German PLZ postcodes', () => {
    expect(check({ closingDate: TODAY, workPostcode: '7511' })).toEqual([]);
    expect(check({ country: 'DE', workPostcode: '48599', languages: [] })).toEqual([]);
  });
});

describe('resolveMinimumQualification', () => {
  const none = { code: null, eqf: null };

  it.each([
    [none, { minimumQualificationCode: 'NL:MBO-2' }, { code: 'NL:MBO-2', eqf: 2 }],
    [none, { minimumQualificationCode: 'de:ausbildung-3' }, { code: 'DE:AUSBILDUNG-3', eqf: 4 }],
    [
      none,
      { minimumQualificationCode: 'DE:AUSBILDUNG-2', minimumEqf: 3 },
      { code: 'DE:AUSBILDUNG-2', eqf: 3 },
    ],
    [none, { minimumEqf: 0 }, { code: null, eqf: 0 }],
    [{ code: 'NL:MBO-3', eqf: 3 }, {}, { code: 'NL:MBO-3', eqf: 3 }],
    [{ code: 'NL:MBO-3', eqf: 3 }, { minimumQualificationCode: null }, { code: null, eqf: null }],
    [
      { code: 'NL:MBO-3', eqf: 3 },
      { minimumQualificationCode: null, minimumEqf: 2 },
      { code: null, eqf: 2 },
    ],
    [{ code: null, eqf: 5 }, { minimumEqf: null }, { code: null, eqf: null }],
  ] as const)('%j changed by %j gives %j', (current, changes, expected) => {
    expect(resolveMinimumQualification(current, changes)).toEqual(expected);
  });

  it.each([
    [
      { minimumQualificationCode: 'NL:MBO-9' },
      'minimumQualificationCode NL:MBO-9 is not a known qualification (e.g. NL:MBO-2, DE:AUSBILDUNG-3)',
    ],
    [{ minimumEqf: 9 }, 'minimumEqf must be an EQF level from 0 (below 1) to 8'],
    [{ minimumEqf: -1 }, 'minimumEqf must be an EQF level from 0 (below 1) to 8'],
    [
      { minimumQualificationCode: 'NL:MBO-2', minimumEqf: 4 },
      'minimumEqf 4 does not match NL:MBO-2 (EQF 2); leave it out or clear minimumQualificationCode',
    ],
  ])('refuses %j', (changes, message) => {
    const result = resolveMinimumQualification(none, changes);
    expect(Array.isArray(result) && describeFieldErrors(result)).toEqual([message]);
  });
});
