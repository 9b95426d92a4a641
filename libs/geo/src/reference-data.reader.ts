import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Country, PlaceRank, PlaceRecord, PostcodeAreaRecord } from './geo.types';
import { regionOfGeonamesAdmin1 } from './region.util';

/** The files `GEO_DATA_DIR` must hold (shared/data/README.md describes them). */
export const REFERENCE_FILES = {
  places: 'nl_de_places.csv',
  region: 'twente_and_border_places.csv',
  postcodes: 'pc4_centroids.csv',
} as const;

const HEADERS: Record<keyof typeof REFERENCE_FILES, string[]> = {
  places: ['country', 'name', 'lat', 'lon', 'admin1', 'admin2'],
  region: ['country', 'twente_municipality', 'admin_code', 'place_name', 'lat', 'lon'],
  postcodes: ['pc4', 'city', 'lat', 'lon'],
};

export interface ReferenceData {
  places: PlaceRecord[];
  postcodeAreas: PostcodeAreaRecord[];
}

/** Reads the three reference files; a missing file, wrong header or bad row stops the load. */
export function readReferenceData(dir: string): ReferenceData {
  // Every Dutch row of the region file is in Twente, so in Overijssel; it carries CBS codes instead.
  const region = readRows(dir, 'region', (row) => ({
    ...placeBasics(row.country, row.place_name, row.lat, row.lon),
    region: row.country === 'NL' ? 'OV' : regionOfGeonamesAdmin1('DE', row.admin_code),
    rank: PlaceRank.Region,
  }));
  const places = readRows(dir, 'places', (row) => {
    const basics = placeBasics(row.country, row.name, row.lat, row.lon);
    return {
      ...basics,
      region: regionOfGeonamesAdmin1(basics.country, row.admin1),
      rank: PlaceRank.Reference,
    };
  });
  const postcodeAreas = readRows(dir, 'postcodes', (row): PostcodeAreaRecord => {
    if (!/^[1-9][0-9]{3}$/.test(row.pc4)) throw new Error(`not a PC4: ${JSON.stringify(row.pc4)}`);
    if (!row.city) throw new Error('PC4 without a town');
    return {
      country: 'NL',
      code: Number(row.pc4),
      town: row.city,
      ...coordinates(row.lat, row.lon),
    };
  });
  return { places: [...region, ...places], postcodeAreas };
}

function readRows<T>(
  dir: string,
  which: keyof typeof REFERENCE_FILES,
  toRecord: (row: Record<string, string>) => T,
): T[] {
  const file = join(dir, REFERENCE_FILES[which]);
  const expected = HEADERS[which];
  const rows = parseCsv(file);
  const header = rows[0] ?? [];
  if (header.join(',') !== expected.join(',')) {
    throw new Error(`${file}: header ${header.join(',')} is not ${expected.join(',')}`);
  }
  return rows.slice(1).map((cells, index) => {
    try {
      if (cells.length !== expected.length) throw new Error(`${cells.length} fields`);
      return toRecord(Object.fromEntries(expected.map((name, i) => [name, cells[i]])));
    } catch (error) {
      throw new Error(`${file} line ${index + 2}: ${(error as Error).message}`, { cause: error });
    }
  });
}

function parseCsv(file: string): string[][] {
  const text = readFileSync(file, 'utf8');
  try {
    // Field counts are checked per row below, with the file and line in the message.
    return parse(text, { bom: true, trim: true, relax_column_count: true });
  } catch (error) {
    throw new Error(`${file}: ${(error as Error).message}`, { cause: error });
  }
}

function placeBasics(country: string, name: string, lat: string, lon: string) {
  if (country !== 'NL' && country !== 'DE') throw new Error(`unknown country ${country}`);
  if (!name) throw new Error('place without a name');
  return { country: country as Country, name, ...coordinates(lat, lon) };
}

function coordinates(lat: string, lon: string): { lat: number; lon: number } {
  const [la, lo] = [Number(lat), Number(lon)];
  if (!(Math.abs(la) <= 90 && Math.abs(lo) <= 180) || lat === '' || lon === '') {
    throw new Error(`bad coordinates ${lat},${lon}`);
  }
  return { lat: la, lon: lo };
}
