import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { distanceKm } from './distance.util';
import { GeoService } from './geo.service';

// Small reference files written here, so the loader is tested without ../shared/data.
const PLACES = [
  'country,name,lat,lon,admin1,admin2',
  'NL,Zuidwolde,52.6717,6.4292,01,1690',
  'DE,Münster,49.92278,8.86778,05,064',
  'DE,Zwota,50.35103,12.42241,13,00',
  'DE,Löhne,52.19,8.71,07,00',
  'DE,Lohne,52.67,8.24,06,00',
];
const REGION = [
  'country,twente_municipality,admin_code,place_name,lat,lon',
  'NL,Enschede,GM0153,Pathmos,52.21397,6.87555',
  'DE,,admin1=07,Gronau,52.21099,7.02238',
];
const PC4 = [
  'pc4,city,lat,lon',
  '7511,Enschede,52.2205,6.90075',
  '7502,Enschede,52.08741,4.655827', // a PO-box code geocoded near Leiden
  '9997,Testdorp,53.00,6.00',
  '9998,Testdorp,53.01,6.01',
  '9999,Testdorp,53.02,6.02',
  '7255,Hengelo (Gld),52.055,6.33',
];

function writeDir(files: Record<string, string[]>): string {
  const dir = mkdtempSync(join(tmpdir(), 'wt-geo-'));
  for (const [name, lines] of Object.entries(files)) {
    writeFileSync(join(dir, name), `${lines.join('\n')}\n`);
  }
  return dir;
}

const FILES = {
  'nl_de_places.csv': PLACES,
  'twente_and_border_places.csv': REGION,
  'pc4_centroids.csv': PC4,
};

describe('GeoService on reference files', () => {
  const dirs: string[] = [];
  const load = (files: Record<string, string[]>) => {
    dirs.push(writeDir(files));
    return GeoService.load(dirs[dirs.length - 1]);
  };
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  const geo = load(FILES);

  it('says which files it uses', () => {
    expect(geo.summary).toMatchObject({
      source: 'reference',
      postcodeAreas: 6,
      movedPostcodeAreas: 1,
    });
    expect(geo.describe()).toMatch(/^Geo data: reference files in .*wt-geo-.*6 PC4 areas/);
  });

  it('takes each PC4 centroid from the file', () => {
    expect(geo.locate({ postcode: '9999 AB', country: 'NL' })).toEqual({
      lat: 53.02,
      lon: 6.02,
      label: 'Testdorp',
      postcode: '9999 AB',
    });
    expect(geo.locate({ postcode: '7511', country: 'NL' })).toMatchObject({ lat: 52.2205 });
  });

  it('moves a far-off PO-box PC4 to its town', () => {
    const enschede = geo.locate({ place: 'Enschede', country: 'NL' })!;
    expect(distanceKm(geo.locate({ postcode: '7502', country: 'NL' })!, enschede)).toBeLessThan(1);
  });

  it('adds the towns of the PC4 file at the median of their areas', () => {
    expect(geo.locate({ place: 'Testdorp', country: 'NL' })).toEqual({
      lat: 53.01,
      lon: 6.01,
      label: 'Testdorp',
    });
  });

  it('reads a province in a PC4 town name', () => {
    expect(geo.locate({ postcode: '7255', country: 'NL' })?.label).toBe('Hengelo (Gld.)');
  });

  it('keeps the starter set and adds the reference places', () => {
    expect(geo.locate({ place: 'Pathmos', country: 'NL' })?.label).toBe('Pathmos');
    expect(geo.locate({ place: 'Zuidwolde', country: 'NL' })?.label).toBe('Zuidwolde');
    expect(geo.locate({ place: 'Zwota', country: 'DE' })?.label).toBe('Zwota');
    expect(geo.locate({ postcode: '7601', country: 'NL' })?.label).toBe('Almelo');
  });

  it('labels namesakes by state and prefers the one near Twente', () => {
    expect(geo.locate({ place: 'Münster', country: 'DE' })).toMatchObject({
      label: 'Münster (NW)',
      lat: 51.9625,
    });
    expect(geo.locate({ place: 'Münster (Hessen)', country: 'DE' })).toMatchObject({
      label: 'Münster (HE)',
      lat: 49.92278,
    });
    expect(geo.search('münster').map((p) => p.label)).toEqual(['Münster (NW)', 'Münster (HE)']);
  });

  it('takes a name typed with diacritics at its word, and one without as either spelling', () => {
    expect(geo.locate({ place: 'Löhne', country: 'DE' })).toMatchObject({ lat: 52.19 });
    expect(geo.locate({ place: 'LÖHNE', country: 'DE' })).toMatchObject({ lat: 52.19 });
    // Lohne is the nearer of the two to Twente.
    expect(geo.locate({ place: 'Lohne', country: 'DE' })).toMatchObject({ lat: 52.67 });
    expect(geo.locate({ place: 'Loehne', country: 'DE' })).toMatchObject({ lat: 52.19 });
  });

  it.each([
    [
      'a wrong header',
      { ...FILES, 'nl_de_places.csv': ['country,place,lat,lon,admin1,admin2', ...PLACES.slice(1)] },
      /nl_de_places\.csv: header country,place,lat,lon,admin1,admin2 is not country,name,lat,lon/,
    ],
    [
      'bad coordinates',
      { ...FILES, 'pc4_centroids.csv': [...PC4, '7000,Doetinchem,north,6.29'] },
      /pc4_centroids\.csv line 8: bad coordinates north,6\.29/,
    ],
    [
      'a missing field',
      { ...FILES, 'twente_and_border_places.csv': [...REGION, 'NL,Almelo,GM0141,Almelo,52.35'] },
      /twente_and_border_places\.csv line 4: 5 fields/,
    ],
    [
      'an unknown country',
      { ...FILES, 'nl_de_places.csv': [...PLACES, 'BE,Gent,51.05,3.72,VLG,00'] },
      /nl_de_places\.csv line 7: unknown country BE/,
    ],
    [
      'a missing file',
      { 'nl_de_places.csv': PLACES, 'pc4_centroids.csv': PC4 },
      /twente_and_border_places\.csv/,
    ],
  ])('refuses %s', (_case, files, message) => {
    expect(() => load(files)).toThrow(message);
  });
});
