import { GeoPoint } from './matching.types';

const EARTH_RADIUS_KM = 6371.0088;
const RAD = Math.PI / 180;

/** Great-circle distance (haversine), the same formula as the SQL baseline. */
export function haversineKm(a: GeoPoint, b: GeoPoint): number {
  return haversine(a.lat, a.lon, b.lat, b.lon);
}

/** {@link haversineKm} on plain numbers, for the columnar scorer. */
export function haversine(aLat: number, aLon: number, bLat: number, bLon: number): number {
  const dLat = (bLat - aLat) * RAD;
  const dLon = (bLon - aLon) * RAD;
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(aLat * RAD) * Math.cos(bLat * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}
