import { assessCompleteness, availabilityStatus, bandOf, CompletenessFacts } from './completeness';

const now = new Date('2026-03-15T12:00:00Z');
const policy = { availabilityStaleDays: 30 };
const daysAgo = (days: number) => new Date(now.getTime() - days * 24 * 3600 * 1000);

const full: CompletenessFacts = {
  wantedOccupationCount: 1,
  skillCount: 3,
  languageCount: 1,
  qualificationCode: 'NL:MBO-3',
  availableNow: true,
  availableFrom: null,
  availabilityConfirmedAt: daysAgo(2),
  hasHomeLocation: true,
  maxTravelKm: 25,
  hoursMin: 24,
  hoursMax: 36,
  travelsIndependently: true,
  willingToWorkInGermany: false,
  schoolType: null,
  exitProfile: null,
  expectedLeavingDate: null,
};

const empty: CompletenessFacts = {
  wantedOccupationCount: 0,
  skillCount: 0,
  languageCount: 0,
  qualificationCode: null,
  availableNow: null,
  availableFrom: null,
  availabilityConfirmedAt: null,
  hasHomeLocation: false,
  maxTravelKm: null,
  hoursMin: null,
  hoursMax: null,
  travelsIndependently: null,
  willingToWorkInGermany: null,
  schoolType: null,
  exitProfile: null,
  expectedLeavingDate: null,
};

describe('assessCompleteness', () => {
  it.each<[string, Partial<CompletenessFacts>, number, string[], string[]]>([
    ['a full profile', {}, 100, [], []],
    // 19 points in all; education level and availability weigh 3 each
    ['no education level', { qualificationCode: null }, 84, ['highestQualification'], []],
    [
      'unknown availability',
      { availableNow: null, availabilityConfirmedAt: null },
      84,
      ['availability'],
      [],
    ],
    [
      'availability from a date counts',
      { availableNow: false, availableFrom: '2026-05-01' },
      100,
      [],
      [],
    ],
    [
      'availability confirmed 31 days ago is stale',
      { availabilityConfirmedAt: daysAgo(31) },
      84,
      [],
      ['availability'],
    ],
    [
      'availability confirmed 30 days ago is fresh',
      { availabilityConfirmedAt: daysAgo(30) },
      100,
      [],
      [],
    ],
    [
      'availability never confirmed is stale',
      { availabilityConfirmedAt: null },
      84,
      [],
      ['availability'],
    ],
    ['no skills', { skillCount: 0 }, 89, ['skills'], []],
    ['hours half known', { hoursMax: null }, 89, ['hoursPerWeek'], []],
    [
      'no location nor distance',
      { hasHomeLocation: false, maxTravelKm: null },
      84,
      ['homeLocation', 'maxTravelKm'],
      [],
    ],
    // A school leaver adds two criteria (21 points): a VSO exit profile and the leaving date.
    [
      'VSO leaver without exit profile or date',
      { schoolType: 'VSO' },
      90,
      ['schoolLeaver.exitProfile', 'schoolLeaver.expectedLeavingDate'],
      [],
    ],
    [
      'PrO leaver needs no exit profile',
      { schoolType: 'PrO', expectedLeavingDate: '2026-07-01' },
      100,
      [],
      [],
    ],
  ])('%s', (_, change, score, missing, stale) => {
    expect(assessCompleteness({ ...full, ...change }, now, policy)).toEqual({
      score,
      band: bandOf(score),
      missing,
      stale,
    });
  });

  it('lists every field of an empty profile, most important first', () => {
    expect(assessCompleteness(empty, now, policy)).toEqual({
      score: 0,
      band: 'low',
      missing: [
        'highestQualification',
        'availability',
        'wantedOccupations',
        'skills',
        'homeLocation',
        'hoursPerWeek',
        'maxTravelKm',
        'languages',
        'travelsIndependently',
        'willingToWorkInGermany',
      ],
      stale: [],
    });
  });
});

describe('bandOf', () => {
  it.each([
    [100, 'complete'],
    [99, 'high'],
    [75, 'high'],
    [74, 'medium'],
    [40, 'medium'],
    [39, 'low'],
    [0, 'low'],
  ])('%i -> %s', (score, band) => {
    expect(bandOf(score)).toBe(band);
  });
});

describe('availabilityStatus', () => {
  const today = '2026-03-15';
  it.each([
    [{ availableNow: true, availableFrom: null }, 'now'],
    [{ availableNow: false, availableFrom: '2026-03-15' }, 'now'],
    [{ availableNow: false, availableFrom: '2026-03-01' }, 'now'],
    [{ availableNow: false, availableFrom: '2026-04-01' }, 'later'],
    [{ availableNow: false, availableFrom: null }, 'unknown'],
    [{ availableNow: null, availableFrom: null }, 'unknown'],
  ])('%j -> %s', (facts, status) => {
    expect(availabilityStatus(facts, today)).toBe(status);
  });
});
