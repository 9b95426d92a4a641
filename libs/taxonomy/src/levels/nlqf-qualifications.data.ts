import { Qualification } from './qualification.types';

/**
 * Dutch qualifications and their EQF level via the NLQF (Nuffic, "Niveau van Nederlandse
 * diploma's"). Below EQF 1 is written as EQF 0.
 */
export const NLQF_QUALIFICATIONS: readonly Qualification[] = [
  {
    code: 'NL:VSO-NO-DIPLOMA',
    country: 'NL',
    eqf: 0,
    nationalLevel: null,
    names: {
      nl: 'Voortgezet speciaal onderwijs (vso) zonder diploma',
      de: 'Sonderschule der Sekundarstufe (VSO, NL) ohne Abschluss',
      en: 'Special secondary education (VSO) without diploma',
    },
    note: 'Exit profile (vervolgonderwijs, arbeidsmarkt, dagbesteding) is recorded separately.',
  },
  {
    code: 'NL:PRO-NO-DIPLOMA',
    country: 'NL',
    eqf: 0,
    nationalLevel: null,
    names: {
      nl: 'Praktijkonderwijs (pro) zonder diploma',
      de: 'Praxisschule (PrO, NL) ohne Abschluss',
      en: 'Practical secondary education (PrO) without diploma',
    },
  },
  {
    code: 'NL:ENTRY',
    country: 'NL',
    eqf: 0,
    nationalLevel: 'entry',
    names: { nl: 'NLQF-instapniveau', de: 'NLQF-Einstiegsniveau', en: 'NLQF entry level' },
  },
  {
    code: 'NL:MBO-1',
    country: 'NL',
    eqf: 1,
    nationalLevel: '1',
    names: {
      nl: 'Mbo-diploma niveau 1 (entreeopleiding)',
      de: 'MBO-Abschluss Niveau 1 (Entree-Ausbildung)',
      en: 'MBO level 1 diploma (entry training)',
    },
  },
  {
    code: 'NL:VMBO-BB',
    country: 'NL',
    eqf: 1,
    nationalLevel: '1',
    names: {
      nl: 'Vmbo-diploma basisberoepsgerichte leerweg',
      de: 'VMBO-Abschluss, berufsbildender Basisweg',
      en: 'VMBO diploma, basic vocational track',
    },
  },
  {
    code: 'NL:MBO-2',
    country: 'NL',
    eqf: 2,
    nationalLevel: '2',
    names: { nl: 'Mbo-diploma niveau 2', de: 'MBO-Abschluss Niveau 2', en: 'MBO level 2 diploma' },
  },
  {
    code: 'NL:VMBO-KB',
    country: 'NL',
    eqf: 2,
    nationalLevel: '2',
    names: {
      nl: 'Vmbo-diploma kaderberoepsgerichte leerweg',
      de: 'VMBO-Abschluss, berufsbildender Kaderweg',
      en: 'VMBO diploma, advanced vocational track',
    },
  },
  {
    code: 'NL:VMBO-GL',
    country: 'NL',
    eqf: 2,
    nationalLevel: '2',
    names: {
      nl: 'Vmbo-diploma gemengde leerweg',
      de: 'VMBO-Abschluss, gemischter Weg',
      en: 'VMBO diploma, combined track',
    },
  },
  {
    code: 'NL:VMBO-TL',
    country: 'NL',
    eqf: 2,
    nationalLevel: '2',
    names: {
      nl: 'Vmbo-diploma theoretische leerweg',
      de: 'VMBO-Abschluss, theoretischer Weg',
      en: 'VMBO diploma, theoretical track',
    },
  },
  {
    code: 'NL:MBO-3',
    country: 'NL',
    eqf: 3,
    nationalLevel: '3',
    names: { nl: 'Mbo-diploma niveau 3', de: 'MBO-Abschluss Niveau 3', en: 'MBO level 3 diploma' },
  },
  {
    code: 'NL:MBO-4',
    country: 'NL',
    eqf: 4,
    nationalLevel: '4',
    names: { nl: 'Mbo-diploma niveau 4', de: 'MBO-Abschluss Niveau 4', en: 'MBO level 4 diploma' },
    note: 'Some MBO-4 qualifications are referenced to EQF 5; use an override for those.',
  },
  {
    code: 'NL:HAVO',
    country: 'NL',
    eqf: 4,
    nationalLevel: '4',
    names: {
      nl: 'Havodiploma',
      de: 'HAVO-Abschluss',
      en: 'HAVO diploma (senior general secondary)',
    },
  },
  {
    code: 'NL:VWO',
    country: 'NL',
    eqf: 4,
    nationalLevel: '4+',
    names: { nl: 'Vwo-diploma', de: 'VWO-Abschluss', en: 'VWO diploma (pre-university)' },
  },
  {
    code: 'NL:AD',
    country: 'NL',
    eqf: 5,
    nationalLevel: '5',
    names: { nl: 'Associate degree', de: 'Associate Degree', en: 'Associate degree' },
  },
  {
    code: 'NL:HBO-BACHELOR',
    country: 'NL',
    eqf: 6,
    nationalLevel: '6',
    names: {
      nl: 'Bachelor (hbo)',
      de: 'Bachelor (Fachhochschule, HBO)',
      en: 'Bachelor (university of applied sciences)',
    },
  },
  {
    code: 'NL:WO-BACHELOR',
    country: 'NL',
    eqf: 6,
    nationalLevel: '6',
    names: {
      nl: 'Bachelor (wo)',
      de: 'Bachelor (Universität, WO)',
      en: 'Bachelor (research university)',
    },
  },
  {
    code: 'NL:MASTER',
    country: 'NL',
    eqf: 7,
    nationalLevel: '7',
    names: { nl: 'Master (hbo of wo)', de: 'Master (HBO oder WO)', en: 'Master (HBO or WO)' },
  },
  {
    code: 'NL:DOCTORATE',
    country: 'NL',
    eqf: 8,
    nationalLevel: '8',
    names: {
      nl: 'Doctor (PhD) of EngD',
      de: 'Promotion (PhD) oder EngD',
      en: 'Doctorate (PhD) or EngD',
    },
  },
];
