import { distanceKm } from './distance.util';
import {
  Country,
  GazetteerData,
  GeoPlace,
  LatLon,
  PlaceRecord,
  PostcodeAreaRecord,
  PostcodeRangeRecord,
} from './geo.types';
import { keysOfName, placeKey, splitQualifier, variantsOfKey } from './place-name.util';
import { labelWithRegion, regionOfQualifier } from './region.util';

/** Among namesakes the one nearest Twente wins: that is whom this engine serves. */
export const TWENTE_CENTRE: LatLon = { lat: 52.3, lon: 6.78 };
/** The typeahead lists places this near Twente before any farther away. */
const NEAR_TWENTE_KM = 50;
/** Two records of one name closer than this are one town (a starter and a reference entry). */
const SAME_TOWN_KM = 5;
/** A postcode's town is looked for this far from its centroid to borrow its label. */
const TOWN_OF_POSTCODE_KM = 20;

interface IndexedPlace extends PlaceRecord {
  key: string;
  label: string;
  fromTwenteKm: number;
  /** PC4s and PLZ that belong to it: the typeahead's stand-in for a town's size. */
  postcodes: number;
}

interface TypeaheadEntry {
  key: string;
  place: IndexedPlace;
  wordStart: boolean;
}

export interface SearchOptions {
  limit?: number;
  country?: Country;
}

export const DEFAULT_SEARCH_LIMIT = 10;
const MAX_SEARCH_LIMIT = 50;

const byPreference = (a: IndexedPlace, b: IndexedPlace) =>
  a.rank - b.rank || a.fromTwenteKm - b.fromTwenteKm;

const bySizeNearTwente = (a: IndexedPlace, b: IndexedPlace) =>
  Number(a.fromTwenteKm > NEAR_TWENTE_KM) - Number(b.fromTwenteKm > NEAR_TWENTE_KM) ||
  b.postcodes - a.postcodes ||
  a.fromTwenteKm - b.fromTwenteKm;

/** Places and postcodes of NL and DE in memory; every lookup is a map or binary-search hit. */
export class Gazetteer {
  private readonly byKey = new Map<string, IndexedPlace[]>();
  private readonly places: IndexedPlace[] = [];
  private readonly areas = new Map<string, GeoPlace>();
  private readonly ranges: { range: PostcodeRangeRecord; place: IndexedPlace }[] = [];
  private readonly typeahead: TypeaheadEntry[] = [];

  constructor(data: GazetteerData) {
    const records = [...data.places].sort((a, b) => a.rank - b.rank);
    for (const record of records) this.addPlace(record);
    for (const list of this.byKey.values()) list.sort(byPreference);
    this.labelNamesakes();
    this.buildTypeahead();
    for (const area of data.postcodeAreas) this.addArea(area);
    for (const range of data.postcodeRanges) this.addRange(range);
    this.ranges.sort((a, b) => a.range.from - b.range.from);
  }

  get size(): { places: number; postcodeAreas: number; postcodeRanges: number } {
    const { places, areas, ranges } = this;
    return { places: places.length, postcodeAreas: areas.size, postcodeRanges: ranges.length };
  }

  /** A place by name: exact key, else without a province/state or bracketed qualifier. */
  findPlace(name: string, country: Country): GeoPlace | undefined {
    const { key, base, qualifier, droppable } = splitQualifier(name);
    const whole = this.candidates(key, country);
    if (whole.length > 0 || !base || !qualifier) return toGeoPlace(bySpelling(whole, name));
    const region = regionOfQualifier(country, qualifier);
    const namesakes = this.candidates(base, country);
    if (region) return toGeoPlace(namesakes.find((p) => p.region === region));
    return droppable ? toGeoPlace(namesakes[0]) : undefined;
  }

  /** A postcode's own centroid, else the town of the range that holds it. */
  findPostcode(code: number, country: Country): GeoPlace | undefined {
    const area = this.areas.get(`${country}:${code}`);
    if (area) return area;
    const ranges = this.ranges.filter((r) => r.range.country === country);
    const holding = ranges.find((r) => r.range.from <= code && code <= r.range.to);
    if (holding) return toGeoPlace(holding.place);
    if (country !== 'NL') return undefined;
    // Dutch PC4s are dense: a gap in the table belongs to a neighbour within its ten.
    const block = Math.floor(code / 10);
    const nearby = ranges
      .filter((r) => Math.floor(r.range.from / 10) <= block && block <= Math.floor(r.range.to / 10))
      .sort((a, b) => gap(a.range, code) - gap(b.range, code));
    return toGeoPlace(nearby[0]?.place);
  }

  /** Typeahead: exact names, then name and word prefixes; Twente first, larger towns first. */
  search(
    prefix: string,
    { limit = DEFAULT_SEARCH_LIMIT, country }: SearchOptions = {},
  ): GeoPlace[] {
    const key = placeKey(prefix);
    if (!key) return [];
    const best = new Map<IndexedPlace, number>();
    for (let i = this.lowerBound(key); i < this.typeahead.length; i++) {
      const entry = this.typeahead[i];
      if (!entry.key.startsWith(key)) break;
      if (country && entry.place.country !== country) continue;
      const score = entry.key === key ? 0 : entry.wordStart ? 2 : 1;
      best.set(entry.place, Math.min(score, best.get(entry.place) ?? score));
    }
    return [...best.entries()]
      .sort(([a, sa], [b, sb]) => sa - sb || bySizeNearTwente(a, b) || a.name.localeCompare(b.name))
      .slice(0, Math.min(Math.max(1, limit), MAX_SEARCH_LIMIT))
      .map(([place]) => toGeoPlace(place)!);
  }

  /** Namesakes in one country, best first. */
  candidates(key: string, country: Country): IndexedPlace[] {
    return this.byKey.get(`${country}:${key}`) ?? [];
  }

  private addPlace(record: PlaceRecord): void {
    const [key, ...more] = keysOfName(record.name);
    const sameTown = this.candidates(key, record.country).some(
      (p) => distanceKm(p, record) < SAME_TOWN_KM,
    );
    if (sameTown) return;
    const fromTwenteKm = distanceKm(record, TWENTE_CENTRE);
    const place = { ...record, key, label: record.name, fromTwenteKm, postcodes: 0 };
    this.places.push(place);
    for (const k of [key, ...more]) {
      const id = `${record.country}:${k}`;
      const list = this.byKey.get(id);
      if (list) list.push(place);
      else this.byKey.set(id, [place]);
    }
  }

  private labelNamesakes(): void {
    for (const place of this.places) {
      if (this.candidates(place.key, place.country).length > 1) {
        place.label = labelWithRegion(place.name, place.country, place.region);
      }
    }
  }

  private buildTypeahead(): void {
    for (const place of this.places) {
      const keys = new Set([...keysOfName(place.name), ...variantsOfKey(place.key)]);
      for (const key of keys) this.typeahead.push({ key, place, wordStart: false });
      const words = place.key.split(' ');
      for (let i = 1; i < words.length; i++) {
        this.typeahead.push({ key: words.slice(i).join(' '), place, wordStart: true });
      }
    }
    this.typeahead.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  }

  private lowerBound(key: string): number {
    let [low, high] = [0, this.typeahead.length];
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.typeahead[mid].key < key) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  private addArea(area: PostcodeAreaRecord): void {
    const town = this.candidates(canonicalTownKey(area.town), area.country)
      .filter((p) => distanceKm(p, area) < TOWN_OF_POSTCODE_KM)
      .sort((a, b) => distanceKm(a, area) - distanceKm(b, area))[0];
    if (town) town.postcodes += 1;
    this.areas.set(`${area.country}:${area.code}`, {
      name: town?.name ?? area.town,
      label: town?.label ?? area.town,
      country: area.country,
      region: town?.region,
      lat: area.lat,
      lon: area.lon,
    });
  }

  private addRange(range: PostcodeRangeRecord): void {
    const town = this.candidates(canonicalTownKey(range.town), range.country).find(
      (p) => !range.region || p.region === range.region,
    );
    if (!town) {
      throw new Error(
        `Geo data: postcode range ${range.from}-${range.to} names unknown ${range.town}`,
      );
    }
    town.postcodes += range.to - range.from + 1;
    this.ranges.push({ range, place: town });
  }
}

/**
 * A name typed with its diacritics (`Fürth`) means that spelling, not `Furth`; a name typed without
 * them may be either, so the usual preference decides.
 */
function bySpelling(candidates: IndexedPlace[], typed: string): IndexedPlace | undefined {
  const spelled = typed.trim().toLowerCase();
  const hasDiacritics = spelled !== spelled.normalize('NFKD').replace(/\p{M}/gu, '');
  return (
    (hasDiacritics && candidates.find((p) => p.name.toLowerCase() === spelled)) || candidates[0]
  );
}

const canonicalTownKey = (name: string) => keysOfName(name)[0];

const gap = (range: PostcodeRangeRecord, code: number) =>
  code < range.from ? range.from - code : code - range.to;

function toGeoPlace(place: IndexedPlace | undefined): GeoPlace | undefined {
  if (!place) return undefined;
  const { name, label, country, region, lat, lon } = place;
  return { name, label, country, region, lat, lon };
}
