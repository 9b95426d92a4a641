import type { IdentityInput } from '../domain/job-seeker.types';
import type { ProfileInput } from '../domain/profile-input';

const OCC = 'http://data.europa.eu/esco/occupation/';
const SKILL = 'http://data.europa.eu/esco/skill/';

/** Occupations and skills of the starter taxonomy, so the demo links without an ESCO import. */
export const DEMO_CONCEPTS = {
  welder: `${OCC}7aedaa07-3884-4c5b-88f9-80997b2aa54b`,
  mechanicalEngineer: `${OCC}579254cf-6d69-4889-9000-9c79dc568644`,
  draughtsman: `${OCC}38240cc5-d1d9-4de9-9480-29c51da291eb`,
  productionWorker: `${OCC}245be6d1-fe9a-4ac8-9f81-122a687e4724`,
  packer: `${OCC}f5cb9901-86fc-48d0-9cde-667fbe8cef3a`,
  cleaner: `${OCC}303a1e34-cb16-4054-b323-81e5eec17397`,
  greenspaceWorker: `${OCC}a10eb17a-3c78-4f7a-a1da-8f31146339d3`,
  warehouseWorker: `${OCC}bea705fe-06ac-4147-b8e0-6e8ac1208d8f`,
  orderPicker: `${OCC}cd94def5-3442-4c2e-ae3d-0761a3008bcb`,
  kitchenHelp: `${OCC}e1cf6897-158d-4b48-a39e-2a3a8cac216c`,
  sheetMetalWorker: `${OCC}572c9810-e1ee-4f7a-a71f-820f17c0c25b`,
  skills: {
    weldingTechniques: `${SKILL}530cb489-d900-46ab-9350-4d50ccd49eea`,
    migWelding: `${SKILL}f015c5d5-6a1c-4f63-9012-a05f4f34105e`,
    magWelding: `${SKILL}60ff3eac-7d4d-4e51-87b8-74c3b5d62498`,
    tigWelding: `${SKILL}a51adea8-bf02-488a-a0d8-b0961caca5b0`,
    readDrawings: `${SKILL}dfce2aba-783e-4e17-9c17-e74aca505ec2`,
    protectiveGear: `${SKILL}6122d586-5978-431f-8e7a-96e61fc1f3fc`,
    mechanicalEngineering: `${SKILL}9c071f1d-eac3-449d-b004-c14775b5a3b9`,
    cad: `${SKILL}b34e2ba1-9080-48c9-9b42-ee9192a4d3f1`,
    designPrinciples: `${SKILL}209a5498-3449-4689-8ed9-bd08cab4fd78`,
    projectManagement: `${SKILL}7111b95d-0ce3-441a-9d92-4c75d05c4388`,
    followInstructions: `${SKILL}54d68400-9da3-4077-a7ee-52e68b390ef6`,
    cleanSurfaces: `${SKILL}6ff01827-907d-43d8-b6e4-7162c1cf0aca`,
    cleanFloors: `${SKILL}a2cd3b30-2d6c-473e-a5d4-4e7cb576babe`,
    sortWaste: `${SKILL}110d7aa3-e44e-4cce-a927-8d4de615f3d9`,
    stackGoods: `${SKILL}3d086228-d7fc-4c23-972a-22b7d44a6173`,
    liftLoads: `${SKILL}ab2bb44a-3956-4028-8715-8b70b1960b99`,
    voicePicking: `${SKILL}28b7d7fb-0483-4877-9aaa-f990f10f16f5`,
    receiveGoods: `${SKILL}2cae39d6-78c2-4ce3-bee8-628504371463`,
  },
} as const;

export const DEMO_COACHES = ['demo-coach-1', 'demo-coach-2', 'demo-coach-3'] as const;

export interface DemoSeeker {
  /** Fixed, so a restart finds the row and inserts nothing. */
  id: string;
  coachId: (typeof DEMO_COACHES)[number];
  identity: IdentityInput;
  /** The place name the geo starter set resolves. */
  home?: { place: string; postcode?: string };
  profile: Omit<ProfileInput, 'homeLocation'>;
  consent: boolean;
  /** Days since the coach last confirmed the availability (stale beyond the configured days). */
  availabilityConfirmedDaysAgo?: number;
  /** Days without any change (a retention review beyond the configured days). */
  inactiveDays?: number;
}

const id = (n: number) => `5ee4e700-0000-4000-8000-${String(n).padStart(12, '0')}`;
const person = (
  givenName: string,
  familyName: string,
  system: IdentityInput['clientReference']['system'],
  n: number,
): IdentityInput => ({
  givenName,
  familyName,
  email: `${givenName.toLowerCase()}.${familyName.toLowerCase().replace(/\W+/g, '')}@example.org`,
  phone: null,
  clientReference: {
    system,
    reference: `DEMO-${system.toUpperCase()}-${String(n).padStart(4, '0')}`,
  },
});
const { skills } = DEMO_CONCEPTS;

/**
 * Fictional job seekers of every kind the engine must handle, with Twente home places. The names
 * say they are made up; the client references point into no real system.
 */
export function demoSeekers(today: string): DemoSeeker[] {
  const nextJuly = `${Number(today.slice(0, 4)) + (today.slice(5) >= '07-01' ? 1 : 0)}-07-01`;
  const inTwoMonths = addMonths(today, 2);
  return [
    {
      id: id(1),
      coachId: 'demo-coach-1',
      identity: person('Demi', 'Voorbeeld', 'almelo', 1),
      home: { place: 'Almelo' },
      consent: true,
      profile: {
        wantedOccupations: [DEMO_CONCEPTS.productionWorker, DEMO_CONCEPTS.packer],
        skills: [skills.followInstructions, skills.stackGoods],
        highestQualification: { code: 'NL:ENTRY' },
        travelsIndependently: true,
        ownTransport: false,
        maxTravelKm: 10,
        hoursPerWeek: { min: 16, max: 26 },
        availableNow: true,
        languages: [{ language: 'nl', level: 'B1' }],
        willingToWorkInGermany: false,
        targetGroups: { banenafspraak: true, benefit: 'participatiewet' },
        supportNeeded:
          'Vaste werkplek en vaste collega; instructies stap voor stap. Jobcoach de eerste maanden.',
      },
    },
    {
      id: id(2),
      coachId: 'demo-coach-1',
      identity: person('Sem', 'Proefschool', 'hengelo', 2),
      home: { place: 'Hengelo', postcode: '7553' },
      consent: true,
      profile: {
        wantedOccupations: [DEMO_CONCEPTS.cleaner, DEMO_CONCEPTS.greenspaceWorker],
        skills: [skills.cleanSurfaces, skills.cleanFloors, skills.sortWaste],
        highestQualification: { code: 'NL:VSO-NO-DIPLOMA' },
        schoolLeaver: {
          schoolType: 'VSO',
          exitProfile: 'arbeidsmarkt',
          expectedLeavingDate: nextJuly,
          certificates: ['branchecertificaat schoonmaak'],
        },
        travelsIndependently: true,
        ownTransport: false,
        maxTravelKm: 8,
        hoursPerWeek: { min: 12, max: 24 },
        availableNow: false,
        availableFrom: nextJuly,
        languages: [{ language: 'nl', level: 'A2' }],
        willingToWorkInGermany: false,
        targetGroups: { banenafspraak: true, benefit: 'none' },
        supportNeeded: 'Leerwerkplek met begeleiding op de werkvloer.',
      },
    },
    {
      id: id(3),
      coachId: 'demo-coach-2',
      identity: person('Noor', 'Oefenpraktijk', 'oldenzaal', 3),
      home: { place: 'Oldenzaal' },
      consent: false,
      profile: {
        wantedOccupations: [DEMO_CONCEPTS.warehouseWorker, DEMO_CONCEPTS.orderPicker],
        skills: [skills.stackGoods, skills.receiveGoods, skills.voicePicking],
        highestQualification: { code: 'NL:PRO-NO-DIPLOMA' },
        schoolLeaver: {
          schoolType: 'PrO',
          exitProfile: null,
          expectedLeavingDate: nextJuly,
          certificates: ['branchecertificaat logistiek', 'heftruck'],
        },
        certificates: ['heftruck'],
        travelsIndependently: true,
        ownTransport: true,
        drivingLicences: ['AM'],
        maxTravelKm: 15,
        hoursPerWeek: { min: 24, max: 32 },
        availableNow: false,
        availableFrom: nextJuly,
        languages: [{ language: 'nl', level: 'B1' }],
        willingToWorkInGermany: false,
        targetGroups: { banenafspraak: true, benefit: 'none' },
      },
    },
    {
      id: id(4),
      coachId: 'demo-coach-1',
      identity: person('Bram', 'Lasvoorbeeld', 'uwv', 4),
      home: { place: 'Enschede', postcode: '7511' },
      consent: true,
      profile: {
        wantedOccupations: [DEMO_CONCEPTS.welder],
        wantedOccupationText: 'lasser',
        skills: [
          skills.weldingTechniques,
          skills.migWelding,
          skills.magWelding,
          skills.tigWelding,
          skills.readDrawings,
          skills.protectiveGear,
        ],
        workExperience: [
          { occupationUri: DEMO_CONCEPTS.welder, years: 6 },
          { occupationUri: DEMO_CONCEPTS.sheetMetalWorker, years: 2 },
        ],
        highestQualification: { code: 'NL:MBO-3' },
        certificates: ['VCA-basis'],
        drivingLicences: ['B'],
        travelsIndependently: true,
        ownTransport: true,
        maxTravelKm: 45,
        hoursPerWeek: { min: 32, max: 40 },
        availableNow: true,
        languages: [
          { language: 'nl', level: 'C2' },
          { language: 'de', level: 'B1' },
          { language: 'en', level: 'A2' },
        ],
        willingToWorkInGermany: true,
        targetGroups: { banenafspraak: false, benefit: 'ww' },
      },
    },
    {
      id: id(5),
      coachId: 'demo-coach-2',
      identity: person('Lotte', 'Ingenieur-Fictief', 'uwv', 5),
      home: { place: 'Hengelo', postcode: '7555' },
      consent: true,
      profile: {
        wantedOccupations: [DEMO_CONCEPTS.mechanicalEngineer, DEMO_CONCEPTS.draughtsman],
        skills: [
          skills.mechanicalEngineering,
          skills.cad,
          skills.designPrinciples,
          skills.projectManagement,
        ],
        workExperience: [{ occupationUri: DEMO_CONCEPTS.mechanicalEngineer, years: 3 }],
        highestQualification: { code: 'NL:HBO-BACHELOR' },
        drivingLicences: ['B'],
        travelsIndependently: true,
        ownTransport: true,
        maxTravelKm: 60,
        hoursPerWeek: { min: 36, max: 40 },
        availableNow: false,
        availableFrom: inTwoMonths,
        languages: [
          { language: 'nl', level: 'C2' },
          { language: 'en', level: 'C1' },
          { language: 'de', level: 'A2' },
        ],
        willingToWorkInGermany: true,
        targetGroups: { banenafspraak: false, benefit: 'ww' },
      },
    },
    {
      id: id(6),
      coachId: 'demo-coach-1',
      identity: person('Kees', 'Onvolledig', 'rijssen-holten', 6),
      home: { place: 'Rijssen' },
      consent: false,
      profile: { wantedOccupationText: 'heftruckchauffeur' },
    },
    {
      id: id(7),
      coachId: 'demo-coach-1',
      identity: person('Fenna', 'Nogleeg', 'haaksbergen', 7),
      consent: false,
      profile: { targetGroups: { banenafspraak: false, benefit: 'participatiewet' } },
      inactiveDays: 500,
    },
    {
      id: id(8),
      coachId: 'demo-coach-2',
      identity: person('Ravi', 'Verouderd', 'borne', 8),
      home: { place: 'Borne' },
      consent: false,
      profile: {
        wantedOccupations: [DEMO_CONCEPTS.kitchenHelp],
        highestQualification: { code: 'NL:VMBO-BB' },
        availableNow: true,
        hoursPerWeek: { min: 20, max: 30 },
        languages: [
          { language: 'nl', level: 'B2' },
          { language: 'en', level: 'B1' },
        ],
      },
      availabilityConfirmedDaysAgo: 150,
    },
    ...regionalPicture(),
  ];
}

/**
 * Enough people for regional insight to show figures above its suppression limit (5): welders
 * in Hengelo (a tight group against the demo's welding vacancies), warehouse staff in Enschede
 * (an ample one), and a sheet-metal worker whose skills bridge to welding, with a BBL place.
 */
function regionalPicture(): DemoSeeker[] {
  const available = {
    highestQualification: { code: 'NL:MBO-2' },
    drivingLicences: ['B' as const],
    travelsIndependently: true,
    maxTravelKm: 25,
    hoursPerWeek: { min: 24, max: 40 },
    availableNow: true,
    languages: [{ language: 'nl', level: 'C1' as const }],
    willingToWorkInGermany: false,
  };
  const welders = Array.from({ length: 5 }, (_, i): DemoSeeker => ({
    id: id(9 + i),
    coachId: 'demo-coach-3',
    identity: person('Lasser', `Fictief${i + 1}`, 'hengelo', 9 + i),
    home: { place: 'Hengelo', postcode: '7551' },
    consent: true,
    profile: {
      ...available,
      wantedOccupations: [DEMO_CONCEPTS.welder],
      skills: [
        skills.weldingTechniques,
        skills.migWelding,
        skills.magWelding,
        skills.protectiveGear,
      ],
      workExperience: [{ occupationUri: DEMO_CONCEPTS.welder, years: 2 + i }],
      certificates: ['VCA-basis'],
    },
  }));
  const warehouse = Array.from({ length: 6 }, (_, i): DemoSeeker => ({
    id: id(14 + i),
    coachId: 'demo-coach-3',
    identity: person('Magazijn', `Fictief${i + 1}`, 'enschede', 14 + i),
    home: { place: 'Enschede', postcode: '7511' },
    consent: true,
    profile: {
      ...available,
      wantedOccupations: [i % 2 === 0 ? DEMO_CONCEPTS.warehouseWorker : DEMO_CONCEPTS.orderPicker],
      skills: [skills.stackGoods, skills.receiveGoods, skills.liftLoads],
    },
  }));
  const bridge: DemoSeeker = {
    id: id(20),
    coachId: 'demo-coach-1',
    identity: person('Sanne', 'Plaatwerk-Fictief', 'enschede', 20),
    home: { place: 'Enschede', postcode: '7511' },
    consent: true,
    profile: {
      ...available,
      wantedOccupations: [DEMO_CONCEPTS.sheetMetalWorker],
      skills: [
        skills.weldingTechniques,
        skills.migWelding,
        skills.magWelding,
        skills.readDrawings,
        skills.protectiveGear,
      ],
      workExperience: [{ occupationUri: DEMO_CONCEPTS.sheetMetalWorker, years: 3 }],
    },
  };
  return [...welders, ...warehouse, bridge];
}

function addMonths(isoDate: string, months: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() + months);
  return date.toISOString().slice(0, 10);
}
