import { SeekerForMatching, VacancyForMatching } from './matching.types';

export const OCC = {
  welder: 'http://data.europa.eu/esco/occupation/welder',
  metalWorker: 'http://data.europa.eu/esco/occupation/metal-worker',
  forklift: 'http://data.europa.eu/esco/occupation/forklift-operator',
  cleaner: 'http://data.europa.eu/esco/occupation/cleaner',
  engineer: 'http://data.europa.eu/esco/occupation/mechanical-engineer',
};
export const SKILL = {
  mig: 'skill/mig-welding',
  tig: 'skill/tig-welding',
  drawings: 'skill/read-drawings',
  safety: 'skill/safety',
  forklift: 'skill/operate-forklift',
};
export const PLACE = {
  enschede: { lat: 52.2215, lon: 6.8937 },
  hengelo: { lat: 52.2658, lon: 6.7931 },
  gronau: { lat: 52.2125, lon: 7.0228 },
  nordhorn: { lat: 52.4319, lon: 7.0678 },
  muenster: { lat: 51.9607, lon: 7.6261 },
};

export function vacancy(overrides: Partial<VacancyForMatching> = {}): VacancyForMatching {
  return {
    id: 'v1',
    version: 1,
    occupationUri: OCC.welder,
    isco: '7212',
    nearOccupations: [],
    essentialSkills: [SKILL.mig, SKILL.drawings],
    optionalSkills: [SKILL.tig],
    skillsFromOccupation: false,
    minEqf: 3,
    qualification: 'NL:MBO-3',
    country: 'NL',
    location: PLACE.hengelo,
    hoursMin: 32,
    hoursMax: 40,
    startDate: null,
    languages: [],
    drivingLicences: [],
    certificates: [],
    banenafspraakSuitable: false,
    banenafspraakReserved: false,
    jobcarving: false,
    supervision: false,
    openToSchoolLeavers: false,
    learningWorking: false,
    regulatedInGermany: false,
    ...overrides,
  };
}

export function seeker(overrides: Partial<SeekerForMatching> = {}): SeekerForMatching {
  return {
    id: 's1',
    version: 1,
    occupations: [{ uri: OCC.welder, isco: '7212' }],
    experience: [{ uri: OCC.welder, isco: '7212', years: 4 }],
    skills: [SKILL.mig, SKILL.drawings, SKILL.tig],
    eqf: 3,
    qualification: 'NL:MBO-3',
    home: PLACE.enschede,
    maxTravelKm: 30,
    hoursMin: 36,
    hoursMax: 40,
    availableNow: true,
    availableFrom: null,
    languages: [{ language: 'nl', level: 'C2' }],
    drivingLicences: ['B'],
    certificates: ['VCA'],
    willingToWorkInGermany: false,
    banenafspraak: false,
    schoolLeaver: null,
    ...overrides,
  };
}
