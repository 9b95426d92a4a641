import { Qualification } from './qualification.types';

/**
 * German qualifications and their EQF level via the DQR (dqr.de list; DQR and EQF levels coincide).
 * The DQR confers no recognition rights: regulated professions still need Anerkennung.
 */
export const DQR_QUALIFICATIONS: readonly Qualification[] = [
  {
    code: 'DE:BERUFSVORBEREITUNG',
    country: 'DE',
    eqf: 1,
    nationalLevel: '1',
    names: {
      nl: 'Beroepsvoorbereiding (BvB, BVJ)',
      de: 'Berufsausbildungsvorbereitung (BvB, BVJ)',
      en: 'Pre-vocational preparation (BvB, BVJ)',
    },
  },
  {
    code: 'DE:BERUFSFACHSCHULE',
    country: 'DE',
    eqf: 2,
    nationalLevel: '2',
    names: {
      nl: 'Berufsfachschule (beroepsgerichte basisopleiding)',
      de: 'Berufsfachschule (berufliche Grundbildung)',
      en: 'Full-time vocational school (basic vocational education)',
    },
  },
  {
    code: 'DE:AUSBILDUNG-2',
    country: 'DE',
    eqf: 3,
    nationalLevel: '3',
    names: {
      nl: 'Tweejarige duale beroepsopleiding (Ausbildung)',
      de: 'Duale Berufsausbildung (2-jährig)',
      en: 'Two-year dual apprenticeship',
    },
  },
  {
    code: 'DE:AUSBILDUNG-3',
    country: 'DE',
    eqf: 4,
    nationalLevel: '4',
    names: {
      nl: 'Drie- tot 3,5-jarige duale beroepsopleiding (Ausbildung)',
      de: 'Duale Berufsausbildung (3- und 3,5-jährig)',
      en: 'Three to 3.5-year dual apprenticeship',
    },
  },
  {
    code: 'DE:ABITUR',
    country: 'DE',
    eqf: 4,
    nationalLevel: '4',
    names: {
      nl: 'Abitur',
      de: 'Abitur (allgemeine Hochschulreife)',
      en: 'Abitur (general higher education entrance qualification)',
    },
    unsure: true,
    note: 'General school qualifications are not in the official DQR list; EQF 4 is the usual reading.',
  },
  {
    code: 'DE:SERVICETECHNIKER',
    country: 'DE',
    eqf: 5,
    nationalLevel: '5',
    names: {
      nl: 'Gecertificeerd servicetechnicus',
      de: 'Geprüfter Servicetechniker',
      en: 'Certified service technician',
    },
  },
  {
    code: 'DE:IT-SPEZIALIST',
    country: 'DE',
    eqf: 5,
    nationalLevel: '5',
    names: {
      nl: 'Gecertificeerd IT-specialist',
      de: 'Geprüfter IT-Spezialist',
      en: 'Certified IT specialist',
    },
  },
  {
    code: 'DE:BACHELOR',
    country: 'DE',
    eqf: 6,
    nationalLevel: '6',
    names: { nl: 'Bachelor (Duitsland)', de: 'Bachelor', en: 'Bachelor (Germany)' },
  },
  {
    code: 'DE:MEISTER',
    country: 'DE',
    eqf: 6,
    nationalLevel: '6',
    names: {
      nl: 'Meester (Meister)',
      de: 'Geprüfter Meister',
      en: 'Master craftsperson (Meister)',
    },
  },
  {
    code: 'DE:FACHWIRT',
    country: 'DE',
    eqf: 6,
    nationalLevel: '6',
    names: {
      nl: 'Fachwirt / Fachkaufmann (vakspecialist bedrijfskunde)',
      de: 'Geprüfter Fachwirt / Fachkaufmann',
      en: 'Certified senior clerk in business (Fachwirt)',
    },
  },
  {
    code: 'DE:TECHNIKER',
    country: 'DE',
    eqf: 6,
    nationalLevel: '6',
    names: {
      nl: 'Staatlich geprüfter Techniker (technicus)',
      de: 'Staatlich geprüfter Techniker',
      en: 'State-certified technician',
    },
  },
  {
    code: 'DE:MASTER',
    country: 'DE',
    eqf: 7,
    nationalLevel: '7',
    names: { nl: 'Master (Duitsland)', de: 'Master', en: 'Master (Germany)' },
  },
  {
    code: 'DE:BETRIEBSWIRT',
    country: 'DE',
    eqf: 7,
    nationalLevel: '7',
    names: {
      nl: 'Geprüfter Betriebswirt (bedrijfskundige, IHK)',
      de: 'Geprüfter Betriebswirt (IHK)',
      en: 'Certified business administrator (IHK Betriebswirt)',
    },
    note: 'The IHK qualification; a Staatlich geprüfter Betriebswirt (Fachschule) is EQF 6: override it.',
  },
  {
    code: 'DE:PROMOTION',
    country: 'DE',
    eqf: 8,
    nationalLevel: '8',
    names: { nl: 'Promotie (Duitsland)', de: 'Promotion', en: 'Doctorate (Germany)' },
  },
];
