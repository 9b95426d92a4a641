export type Country = 'NL' | 'DE';

export interface LatLon {
  lat: number;
  lon: number;
}

export interface LocateQuery {
  postcode?: string;
  place?: string;
  country: Country;
}

export interface GeoLocation extends LatLon {
  /** The town, disambiguated by province or state where the loaded data has a namesake. */
  label: string;
  /** Normalised, when the location came from the postcode. */
  postcode?: string;
}

export interface GeoPlace extends LatLon {
  name: string;
  label: string;
  country: Country;
  /** Province (NL: `OV`, `GLD`, ...) or state (DE: ISO code such as `NW`, `NI`). */
  region?: string;
}

/** Where a place comes from; a lower rank wins among namesakes and duplicates. */
export enum PlaceRank {
  Starter = 0,
  Region = 1,
  Reference = 2,
  PostcodeTown = 3,
}

export interface PlaceRecord extends LatLon {
  country: Country;
  name: string;
  region?: string;
  rank: PlaceRank;
}

/** One postcode area with its own centroid (a Dutch PC4 from the reference data). */
export interface PostcodeAreaRecord extends LatLon {
  country: Country;
  code: number;
  town: string;
}

/** A run of postcodes belonging to one town of the place list (the starter table). */
export interface PostcodeRangeRecord {
  country: Country;
  from: number;
  to: number;
  town: string;
  /** Province or state of the town, for namesakes such as the two Hengelos. */
  region?: string;
}

export interface GazetteerData {
  places: PlaceRecord[];
  postcodeAreas: PostcodeAreaRecord[];
  postcodeRanges: PostcodeRangeRecord[];
}
