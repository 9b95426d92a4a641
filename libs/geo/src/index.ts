export type { Country, GeoLocation, GeoPlace, LatLon, LocateQuery } from './geo.types';
export { distanceKm, EARTH_RADIUS_KM } from './distance.util';
export {
  isValidDutchPostcode,
  isValidGermanPostcode,
  normalisePostcode,
  parsePostcode,
} from './postcode.util';
export { placeKey } from './place-name.util';
export { DEFAULT_SEARCH_LIMIT, TWENTE_CENTRE } from './gazetteer';
export type { SearchOptions } from './gazetteer';
export { GeoService, sharedGeoService } from './geo.service';
export type { GeoDataSummary } from './geo.service';
export { REFERENCE_FILES } from './reference-data.reader';
export { GeoModule } from './geo.module';
