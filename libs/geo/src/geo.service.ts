import { Gazetteer, SearchOptions } from './gazetteer';
import { loadReferenceData, loadStarterData } from './geo-data.loader';
import { GeoLocation, GeoPlace, LocateQuery } from './geo.types';
import { parsePostcode } from './postcode.util';

export interface GeoDataSummary {
  source: 'starter' | 'reference';
  dataDir?: string;
  places: number;
  postcodeAreas: number;
  postcodeRanges: number;
  movedPostcodeAreas: number;
  loadMs: number;
}

/** Postcodes and place names of NL and DE to coordinates, and a place-name typeahead. */
export class GeoService {
  constructor(
    private readonly gazetteer: Gazetteer,
    readonly summary: GeoDataSummary,
  ) {}

  /** The built-in starter set, or the reference files of `dataDir` on top of it. */
  static load(dataDir?: string): GeoService {
    const started = performance.now();
    const loaded = dataDir ? loadReferenceData(dataDir) : loadStarterData();
    const gazetteer = new Gazetteer(loaded.data);
    return new GeoService(gazetteer, {
      source: dataDir ? 'reference' : 'starter',
      dataDir,
      ...gazetteer.size,
      movedPostcodeAreas: loaded.movedPostcodeAreas,
      loadMs: Math.round(performance.now() - started),
    });
  }

  /** The postcode's area when it is known, else the place; undefined when neither resolves. */
  locate({ postcode, place, country }: LocateQuery): GeoLocation | undefined {
    if (country !== 'NL' && country !== 'DE') return undefined;
    const parsed = postcode ? parsePostcode(postcode, country) : undefined;
    const area = parsed && this.gazetteer.findPostcode(parsed.code, country);
    if (parsed && area) {
      return { lat: area.lat, lon: area.lon, label: area.label, postcode: parsed.canonical };
    }
    const found = place?.trim() ? this.gazetteer.findPlace(place, country) : undefined;
    return found && { lat: found.lat, lon: found.lon, label: found.label };
  }

  /** Places whose name, or a word of it, starts with `prefix`; Twente and its region first. */
  search(prefix: string, options?: SearchOptions): GeoPlace[] {
    return this.gazetteer.search(prefix, options);
  }

  /** One line saying which data is in use. */
  describe(): string {
    const s = this.summary;
    const counts = `${s.places} places, ${s.postcodeAreas} PC4 areas, ${s.postcodeRanges} postcode ranges`;
    return s.source === 'reference'
      ? `Geo data: reference files in ${s.dataDir} (${counts}; ${s.movedPostcodeAreas} far-off PO-box PC4s moved to their town) loaded in ${s.loadMs} ms`
      : `Geo data: built-in starter set only (${counts}: Twente, its surroundings, the German border region, large cities); set GEO_DATA_DIR for every Dutch PC4 and all NL/DE places`;
  }
}

const loaded = new Map<string, GeoService>();

/** One {@link GeoService} per data directory per process, however many apps it hosts. */
export function sharedGeoService(dataDir?: string): GeoService {
  const key = dataDir ?? '';
  let service = loaded.get(key);
  if (!service) {
    service = GeoService.load(dataDir);
    loaded.set(key, service);
  }
  return service;
}
