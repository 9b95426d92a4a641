import { validateVacancyRow } from './vacancy-row.validator';

const valid = {
  title: 'Lasser',
  description: 'MIG/MAG lassen',
  country: 'NL',
  workPlace: 'Hengelo',
};

describe('validateVacancyRow', () => {
  it('accepts a valid row', () => {
    expect(validateVacancyRow(valid)).toEqual({ input: expect.objectContaining(valid) });
  });

  it.each([
    [{ hoursMin: -1 }, [{ field: 'hoursMin', message: 'must not be less than 0' }]],
    [
      { minimumEqf: 9 },
      [{ field: 'minimumEqf', message: 'must be an EQF level from 0 (below level 1) to 8' }],
    ],
    [
      { closingDate: '2026-02-30' },
      [{ field: 'closingDate', message: 'must be a real calendar date' }],
    ],
    [{ salary: 3000 }, [{ field: 'salary', message: 'should not exist' }]],
    [
      { languages: [{ language: 'de', level: 'B3' }] },
      [
        {
          field: 'languages.0.level',
          message: 'must be one of the following values: A1, A2, B1, B2, C1, C2',
        },
      ],
    ],
    [
      { country: 'BE' },
      [{ field: 'country', message: 'must be one of the following values: NL, DE' }],
    ],
  ])('names the field of %j', (change, errors) => {
    expect(validateVacancyRow({ ...valid, ...change })).toEqual({ errors });
  });

  it('refuses a row that is not an object', () => {
    expect(validateVacancyRow('Lasser')).toEqual({
      errors: [{ field: 'row', message: 'must be a JSON object with the vacancy fields' }],
    });
  });
});
