import { parse } from 'csv-parse/sync';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { STARTER_POSTCODE_RANGES } from '../data/starter-postcodes';
import { distanceKm } from './distance.util';
import { Country, LatLon, PlaceRecord } from './geo.types';
import { placeKey } from './place-name.util';
import { labelWithRegion } from './region.util';
import { GeoService } from './geo.service';
import { readReferenceData, REFERENCE_FILES } from './reference-data.reader';

/**
 * The real reference files: GEO_DATA_DIR, else ../shared/data/geo next to the repo. A fresh clone
 * has neither, so these tests are skipped there, loudly; geo-data.loader.spec.ts covers the loader.
 */
const GEO_DIR =
  process.env.GEO_DATA_DIR || join(__dirname, '..', '..', '..', '..', 'shared', 'data', 'geo');
const hasRealData = Object.values(REFERENCE_FILES).every((file) => existsSync(join(GEO_DIR, file)));
const describeReal = hasRealData ? describe : describe.skip;

if (!hasRealData) {
  console.warn(`SKIPPED: real geo reference data, ${GEO_DIR} has not all of its files`);
}

const rows = (file: string): Record<string, string>[] =>
  parse(readFileSync(join(GEO_DIR, file), 'utf8'), { columns: true, bom: true });

describeReal(`the real geo reference data (${GEO_DIR})`, () => {
  // Loaded in beforeAll: a skipped describe still runs its body.
  let geo: GeoService;
  let starter: GeoService;
  let pc4: Record<string, string>[];
  beforeAll(() => {
    geo = GeoService.load(GEO_DIR);
    starter = GeoService.load();
    pc4 = rows(REFERENCE_FILES.postcodes);
  });

  it('loads in reasonable time and says so', () => {
    console.log(geo.describe());
    expect(geo.summary).toMatchObject({ source: 'reference', postcodeAreas: pc4.length });
    expect(geo.summary.places).toBeGreaterThan(9000);
    expect(geo.summary.movedPostcodeAreas).toBeLessThan(pc4.length / 20);
  });

  it('resolves every PC4 of pc4_centroids.csv, as a PC4 and as a full postcode', () => {
    const failed = pc4.filter((row) => {
      const area = geo.locate({ postcode: row.pc4, country: 'NL' });
      const full = geo.locate({ postcode: `${row.pc4} AB`, country: 'NL' });
      return !area?.label || area.postcode !== row.pc4 || full?.postcode !== `${row.pc4} AB`;
    });
    expect(failed).toEqual([]);
  });

  it('keeps every PC4 centroid of the file except far-off PO-box codes', () => {
    const moved = pc4.filter((row) => {
      const area = geo.locate({ postcode: row.pc4, country: 'NL' })!;
      return area.lat !== Number(row.lat) || area.lon !== Number(row.lon);
    });
    expect(moved).toHaveLength(geo.summary.movedPostcodeAreas);
    const enschede = geo.locate({ place: 'Enschede', country: 'NL' })!;
    expect(distanceKm(geo.locate({ postcode: '7502', country: 'NL' })!, enschede)).toBeLessThan(5);
  });

  it('resolves every town of pc4_centroids.csv by name', () => {
    const towns = [...new Set(pc4.map((row) => row.city))];
    expect(towns.filter((town) => !geo.locate({ place: town, country: 'NL' }))).toEqual([]);
  });

  it('resolves every place of nl_de_places.csv and twente_and_border_places.csv', () => {
    const { places } = readReferenceData(GEO_DIR);
    const sameName = new Map<string, number>();
    const idOf = (p: PlaceRecord) => `${p.country}:${p.region}:${placeKey(p.name)}`;
    for (const p of places) sameName.set(idOf(p), (sameName.get(idOf(p)) ?? 0) + 1);
    // By its name, else by its name and province/state as the label shows namesakes; several
    // namesakes in one state are the only ones left to the preference (nearest Twente).
    const wrong = places.filter((p) => {
      const near = (found?: LatLon) => !!found && distanceKm(found, p) <= 5;
      const found = geo.locate({ place: p.name, country: p.country });
      if (!found || near(found)) return !found;
      const qualified = labelWithRegion(p.name, p.country, p.region);
      return (
        !near(geo.locate({ place: qualified, country: p.country })) && sameName.get(idOf(p)) === 1
      );
    });
    expect(wrong.map((p) => `${p.country}:${p.name}`)).toEqual([]);
  });

  it('agrees with the starter PC4 table within a few km', () => {
    const inStarter = pc4.filter((row) =>
      STARTER_POSTCODE_RANGES.some(
        (r) => r.country === 'NL' && r.from <= +row.pc4 && +row.pc4 <= r.to,
      ),
    );
    const far = inStarter
      .map((row) => ({
        pc4: row.pc4,
        km: distanceKm(
          starter.locate({ postcode: row.pc4, country: 'NL' })!,
          geo.locate({ postcode: row.pc4, country: 'NL' })!,
        ),
      }))
      .filter(({ km }) => km > 8);
    console.log(
      `${inStarter.length} PC4s in the starter table; farther than 8 km: ${JSON.stringify(far)}`,
    );
    expect(far.length).toBeLessThan(inStarter.length / 20);
  });

  it('agrees with the starter places within a few km', () => {
    const far = [
      'Enschede',
      'Hengelo',
      'Almelo',
      'Oldenzaal',
      'Denekamp',
      'Nijverdal',
      'Rijssen',
      'Goor',
    ]
      .map((place) => ({ place, country: 'NL' as Country }))
      .concat(
        ['Gronau', 'Münster', 'Nordhorn', 'Bad Bentheim', 'Osnabrück', 'Rheine'].map((place) => ({
          place,
          country: 'DE' as Country,
        })),
      )
      .filter((q) => distanceKm(starter.locate(q)!, geo.locate(q)!) > 2);
    expect(far).toEqual([]);
  });
});
