import { applyChanges, checkClearing, fieldsFromInput } from './vacancy-fields.util';

const base = fieldsFromInput({
  title: '  Verzorgende IG ',
  description: 'Zorg',
  country: 'NL',
  workPlace: ' Almelo ',
  hoursMin: 24,
  requiredSkills: ['s:a', 's:a', ' s:b '],
  drivingLicences: ['b'],
});

describe('vacancy fields', () => {
  it('fill defaults, trim text and drop duplicate list items', () => {
    expect(base).toMatchObject({
      title: 'Verzorgende IG',
      workPlace: 'Almelo',
      language: 'nl',
      positions: 1,
      requiredSkills: ['s:a', 's:b'],
      drivingLicences: ['B'],
      banenafspraakSuitable: false,
    });
  });

  it('keep a field for undefined and clear it for null, except required ones', () => {
    const changed = applyChanges(base, { hoursMin: null, title: null, workPlace: undefined });
    expect(changed.hoursMin).toBeNull();
    expect(changed.title).toBe('Verzorgende IG');
    expect(changed.workPlace).toBe('Almelo');
  });

  it('name every field a change clears that cannot be cleared', () => {
    expect(
      checkClearing({ hoursMin: null, title: null, languages: null, workPlace: undefined }),
    ).toEqual([
      { field: 'title', message: expect.stringContaining('cannot be cleared') },
      { field: 'languages', message: expect.stringContaining('cannot be cleared') },
    ]);
    expect(checkClearing({ closingDate: null, occupationUri: null, title: 'Lasser' })).toEqual([]);
  });

  it.each([
    [{ banenafspraakReserved: true }, { banenafspraakSuitable: true }],
    [{ jobcarving: true }, { banenafspraakSuitable: true }],
    [{ supervision: 'Een vaste werkbegeleider' }, { supervisionOffered: true }],
  ])('normalise %j to include %j', (change, expected) => {
    expect(applyChanges(base, change)).toMatchObject(expected);
  });

  it('switch the default text language with the country unless one is given', () => {
    expect(applyChanges(base, { country: 'DE' }).language).toBe('de');
    expect(applyChanges(base, { country: 'DE', language: 'en' }).language).toBe('en');
  });
});
