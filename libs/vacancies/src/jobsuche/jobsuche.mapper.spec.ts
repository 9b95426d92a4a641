import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { hoursOf, mapJobDetails } from './jobsuche.mapper';
import type { JobsucheJobDetails } from './jobsuche.types';

const fixture = (name: string): JobsucheJobDetails =>
  JSON.parse(
    readFileSync(join(__dirname, '../../../../test/fixtures/jobsuche', `${name}.json`), 'utf8'),
  );

describe('mapping Jobsuche job details to a vacancy', () => {
  it('maps a v4 document: country, place with coordinates, employer, working time', () => {
    const mapped = mapJobDetails(fixture('jobdetails-schweisser-gronau'));
    expect('ok' in mapped && mapped.ok).toEqual({
      externalRef: 'ba-jobsuche:10000-9999000001-S',
      employer: {
        externalRef: 'ba-jobsuche:employer:fiktiv-AG-stahlbau-gronau-0001',
        name: 'Beispiel Stahlbau Gronau GmbH (fiktiv)',
        country: 'DE',
        street: 'Beispielstraße 12',
        postcode: '48599',
        place: 'Gronau (Westfalen)',
      },
      vacancy: expect.objectContaining({
        title: 'Schweißer (m/w/d)',
        language: 'de',
        country: 'DE',
        workPlace: 'Gronau (Westfalen)',
        workPostcode: '48599',
        latitude: 52.2124,
        longitude: 7.0412,
        hoursMin: 35,
        hoursMax: 40,
        contractType: 'permanent',
        startDate: '2026-02-01',
        positions: 2,
        languages: [{ language: 'de', level: 'B1' }],
        learningWorking: null,
        openToSchoolLeavers: false,
      }),
      occupationHints: ['Schweißer/in'],
    });
  });

  it('appends the listed skills to the description for the skill extractor', () => {
    const mapped = mapJobDetails(fixture('jobdetails-schweisser-gronau'));
    expect('ok' in mapped && mapped.ok.vacancy.description).toMatch(
      /Kenntnisse: MAG-Schweißen, MIG-Schweißen, Technisches Zeichnen lesen$/,
    );
  });

  it('maps a v3 document for an Ausbildung without coordinates', () => {
    const mapped = mapJobDetails(fixture('jobdetails-ausbildung-nordhorn'));
    expect('ok' in mapped && mapped.ok.vacancy).toMatchObject({
      title: 'Ausbildung Fachkraft für Lagerlogistik (m/w/d)',
      workPlace: 'Nordhorn',
      workPostcode: '48529',
      contractType: 'apprenticeship',
      learningWorking: 'ausbildung',
      openToSchoolLeavers: true,
      positions: 3,
    });
    expect('ok' in mapped && mapped.ok.vacancy.latitude).toBeUndefined();
  });

  it('names what is missing in an incomplete document', () => {
    expect(mapJobDetails(fixture('jobdetails-incomplete'))).toEqual({
      errors: [
        { field: 'refnr', message: 'is missing' },
        { field: 'arbeitsorte', message: 'names no place of work' },
      ],
    });
  });

  it.each([[{ land: 'Frankreich', ort: 'Lille' }, 'arbeitsorte.0.land']])(
    'refuses a place outside the region: %j',
    (place, field) => {
      const mapped = mapJobDetails({ refnr: 'x', titel: 'Koch', arbeitsorte: [place] });
      expect('errors' in mapped && mapped.errors.map((e) => e.field)).toEqual([field]);
    },
  );

  it('keeps an anonymous employer apart per listing', () => {
    const mapped = mapJobDetails({
      refnr: '10000-1-S',
      titel: 'Lagerhelfer (m/w/d)',
      arbeitgeber: 'Geheim GmbH',
      arbeitgeberHashId: 'abc',
      anzeigeAnonym: true,
      arbeitsorte: [{ ort: 'Rheine', plz: '48431' }],
    });
    expect('ok' in mapped && mapped.ok.employer).toMatchObject({
      externalRef: 'ba-jobsuche:anonymous:10000-1-S',
      name: 'Arbeitgeber (anonym, Bundesagentur für Arbeit)',
    });
  });

  it('refuses something that is not a document', () => {
    expect(mapJobDetails([] as never)).toEqual({
      errors: [{ field: 'document', message: 'must be a Jobsuche job-details object' }],
    });
  });
});

describe('working-time models to hours', () => {
  it.each([
    [['VOLLZEIT'], { hoursMin: 35, hoursMax: 40 }],
    [['TEILZEIT'], { hoursMin: 15, hoursMax: 30 }],
    [['TEILZEIT', 'VOLLZEIT'], { hoursMin: 15, hoursMax: 40 }],
    [['MINIJOB'], { hoursMin: 4, hoursMax: 12 }],
    [['SCHICHT_NACHTARBEIT_WOCHENENDE', 'HEIM_TELEARBEIT'], {}],
    [undefined, {}],
  ])('%j -> %j', (models, expected) => {
    expect(hoursOf(models)).toEqual(expected);
  });
});
