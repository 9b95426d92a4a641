import { distanceKm, EARTH_RADIUS_KM } from './distance.util';
import { LatLon } from './geo.types';

// Town centres as in data/starter-places.ts, so the ranges below follow from those coordinates.
const ENSCHEDE: LatLon = { lat: 52.2215, lon: 6.8937 };
const GRONAU: LatLon = { lat: 52.2108, lon: 7.0233 };
const MUENSTER: LatLon = { lat: 51.9625, lon: 7.6256 };
const HENGELO: LatLon = { lat: 52.2658, lon: 6.7931 };
const ALMELO: LatLon = { lat: 52.357, lon: 6.6625 };
const ZWOLLE: LatLon = { lat: 52.5168, lon: 6.083 };
const AMSTERDAM: LatLon = { lat: 52.3728, lon: 4.8936 };

describe('distanceKm', () => {
  // Centre to centre, as the crow flies: Gronau is ~9 km (by road 10-12 km), Münster ~58 km.
  it.each([
    ['Enschede', 'Gronau', ENSCHEDE, GRONAU, 8.5, 9.5],
    ['Enschede', 'Münster', ENSCHEDE, MUENSTER, 56, 60],
    ['Enschede', 'Hengelo', ENSCHEDE, HENGELO, 8, 9],
    ['Enschede', 'Almelo', ENSCHEDE, ALMELO, 21, 23],
    ['Enschede', 'Zwolle', ENSCHEDE, ZWOLLE, 63, 65],
    ['Enschede', 'Amsterdam', ENSCHEDE, AMSTERDAM, 135, 139],
  ])('%s - %s lies between %d and %d km', (_a, _b, a, b, min, max) => {
    expect(distanceKm(a, b)).toBeGreaterThanOrEqual(min);
    expect(distanceKm(a, b)).toBeLessThanOrEqual(max);
  });

  it.each([
    ['one degree of longitude on the equator', { lat: 0, lon: 0 }, { lat: 0, lon: 1 }, 111.195],
    ['one degree of latitude', { lat: 52, lon: 7 }, { lat: 53, lon: 7 }, 111.195],
    ['pole to pole', { lat: 90, lon: 0 }, { lat: -90, lon: 0 }, Math.PI * EARTH_RADIUS_KM],
    ['antipodes', { lat: 0, lon: 0 }, { lat: 0, lon: 180 }, Math.PI * EARTH_RADIUS_KM],
    ['across the date line', { lat: 0, lon: 179.5 }, { lat: 0, lon: -179.5 }, 111.195],
    ['the same point', ENSCHEDE, ENSCHEDE, 0],
  ])('%s: %d km', (_case, a, b, km) => {
    expect(distanceKm(a, b)).toBeCloseTo(km, 2);
  });

  it('is symmetric', () => {
    expect(distanceKm(ENSCHEDE, MUENSTER)).toBe(distanceKm(MUENSTER, ENSCHEDE));
  });
});
