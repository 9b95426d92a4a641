import type { ResolvedProfileInput } from './profile-input.resolver';
import {
  applyProfileChanges,
  blankProfile,
  crossFieldProblems,
  matchingFingerprint,
} from './profile-changes';

const now = new Date('2026-03-15T12:00:00Z');
const A = 'http://data.europa.eu/esco/occupation/a';
const B = 'http://data.europa.eu/esco/occupation/b';
const C = 'http://data.europa.eu/esco/occupation/c';

function profileWith(changes: ResolvedProfileInput) {
  const profile = blankProfile('00000000-0000-4000-8000-000000000001', 'coach-1', now);
  applyProfileChanges(profile, changes, now);
  return profile;
}

describe('applyProfileChanges: wanted occupations', () => {
  const start = { wantedOccupations: [A], linkedOccupations: [B] };
  it.each<[string, ResolvedProfileInput, Array<[string, string]>]>([
    [
      'keeps both when neither changes',
      {},
      [
        [A, 'coach'],
        [B, 'linked'],
      ],
    ],
    [
      'replaces the coach’s own, keeps the linked',
      { wantedOccupations: [C] },
      [
        [C, 'coach'],
        [B, 'linked'],
      ],
    ],
    [
      'replaces the linked when the text changes',
      { linkedOccupations: [C] },
      [
        [A, 'coach'],
        [C, 'linked'],
      ],
    ],
    ['drops a linked one the coach also chose', { wantedOccupations: [B] }, [[B, 'coach']]],
    ['clears the coach’s own with null', { wantedOccupations: null }, [[B, 'linked']]],
  ])('%s', (_, change, expected) => {
    const profile = profileWith(start);
    applyProfileChanges(profile, change, now);
    expect(profile.wantedOccupations.map((o) => [o.uri, o.source])).toEqual(expected);
  });
});

describe('matchingFingerprint decides the version bump', () => {
  const base: ResolvedProfileInput = {
    skills: ['s1'],
    languages: [{ language: 'de', level: 'B1' }],
    workExperience: [{ occupationUri: A, years: 2 }],
    maxTravelKm: 20,
    supportNeeded: 'rust',
  };
  it.each<[string, ResolvedProfileInput, boolean]>([
    ['the same values again', base, false],
    ['support needed only', { supportNeeded: 'anders' }, false],
    ['the free text only, nothing linked', { wantedOccupationText: 'iets' }, false],
    ['a language level', { languages: [{ language: 'de', level: 'B2' }] }, true],
    ['travel distance', { maxTravelKm: 25 }, true],
    ['a skill', { skills: ['s1', 's2'] }, true],
    ['availability', { availableNow: true }, true],
    ['target group', { targetGroups: { banenafspraak: true, benefit: 'wajong' } }, true],
  ])('%s -> bump %s', (_, change, bumps) => {
    const profile = profileWith(base);
    // Stored JSON comes back with its keys reordered: that must not count as a change.
    profile.languages = profile.languages.map(({ level, language }) => ({ level, language }));
    const before = matchingFingerprint(profile);
    applyProfileChanges(profile, change, now);
    expect(matchingFingerprint(profile) !== before).toBe(bumps);
  });
});

describe('crossFieldProblems', () => {
  it.each<[string, ResolvedProfileInput, number]>([
    ['available now, no date', { availableNow: true }, 0],
    ['available now from today', { availableNow: true, availableFrom: '2026-03-15' }, 0],
    ['available now from a future date', { availableNow: true, availableFrom: '2026-04-01' }, 1],
    ['not available now, future date', { availableNow: false, availableFrom: '2026-04-01' }, 0],
  ])('%s -> %i problem(s)', (_, change, count) => {
    expect(crossFieldProblems(profileWith(change), '2026-03-15')).toHaveLength(count);
  });
});
