import type { MatchableVacancy } from '@wt/vacancies';
import { vacancyFeatures } from './matching-features';

const OCCUPATION = 'http://data.europa.eu/esco/occupation/welder';
const ESCO_ESSENTIALS = ['skill/arc-welding', 'skill/read-drawings'];

function vacancy(overrides: Partial<MatchableVacancy> = {}): MatchableVacancy {
  return {
    id: 'v1',
    version: 1,
    organisationId: 'org-1',
    status: 'published',
    open: true,
    title: 'Lasser',
    occupationUri: OCCUPATION,
    iscoGroup: '7212',
    requiredSkills: [],
    optionalSkills: [],
    minimumQualificationCode: null,
    minimumEqf: null,
    country: 'NL',
    location: null,
    hoursMin: null,
    hoursMax: null,
    startDate: null,
    languages: [],
    drivingLicences: [],
    certificates: [],
    banenafspraakSuitable: false,
    banenafspraakReserved: false,
    jobcarving: false,
    supervisionOffered: false,
    openToSchoolLeavers: false,
    learningWorking: false,
    recognitionRequired: false,
    positions: 1,
    publishedAt: null,
    ...overrides,
  };
}

describe('vacancy features: skills', () => {
  it("take the occupation's essential skills when the vacancy lists none", () => {
    const features = vacancyFeatures(vacancy(), ESCO_ESSENTIALS);
    expect(features.essentialSkills).toEqual(ESCO_ESSENTIALS);
    expect(features.skillsFromOccupation).toBe(true);
  });

  it.each([
    ['a required skill', { requiredSkills: ['skill/mig'] }, ['skill/mig']],
    ['only an optional skill', { optionalSkills: ['skill/tig'] }, []],
  ])("keep the vacancy's own skills when it lists %s", (_, overrides, essential) => {
    const features = vacancyFeatures(vacancy(overrides), ESCO_ESSENTIALS);
    expect(features.essentialSkills).toEqual(essential);
    expect(features.skillsFromOccupation).toBe(false);
  });

  it('stay empty without an occupation, or when ESCO lists no essential skill for it', () => {
    expect(vacancyFeatures(vacancy({ occupationUri: null }), ESCO_ESSENTIALS)).toMatchObject({
      essentialSkills: [],
      skillsFromOccupation: false,
    });
    expect(vacancyFeatures(vacancy(), [])).toMatchObject({
      essentialSkills: [],
      skillsFromOccupation: false,
    });
  });
});
