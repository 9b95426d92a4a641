import { describeFieldErrors } from './vacancy-rules.util';
import { checkEmployerFields } from './employer-rules.util';

describe('checkEmployerFields', () => {
  it.each([
    [{ country: 'NL', kvkNumber: '12345678', postcode: '7553 AA' }, []],
    [
      { country: 'DE', foreignRegistration: 'HRB 1234, Amtsgericht Coesfeld', postcode: '48599' },
      [],
    ],
    [{ country: 'DE', kvkNumber: '12345678' }, []],
    [{ country: 'NL' }, ['kvkNumber is required for a Dutch employer']],
    [{ country: 'NL', kvkNumber: '1234567' }, ['kvkNumber must be 8 digits']],
    [
      { country: 'DE' },
      [
        'foreignRegistration is required for a German employer without a KvK number (e.g. HRB 1234, Amtsgericht Coesfeld)',
      ],
    ],
    [
      { country: 'NL', kvkNumber: '12345678', postcode: '48599' },
      ['postcode must be a Dutch postcode (1234 AB)'],
    ],
    [
      { country: 'DE', kvkNumber: '12345678', postcode: '7553 AA' },
      ['postcode must be five digits'],
    ],
    [
      { country: 'NL', kvkNumber: '12345678', latitude: 52 },
      ['longitude and latitude must be given together'],
    ],
  ] as const)('%j: %j', (fields, expected) => {
    expect(describeFieldErrors(checkEmployerFields(fields))).toEqual(expected);
  });
});
