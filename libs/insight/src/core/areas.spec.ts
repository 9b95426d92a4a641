import { distanceKm } from '@wt/geo';
import {
  AREA_ANCHORS,
  AREA_RADIUS_KM,
  areaOf,
  INSIGHT_AREAS,
  TWENTE_MUNICIPALITIES,
} from './areas';

describe('insight areas: the 14 Twente municipalities and the German border districts', () => {
  it('has the 14 municipalities', () => {
    expect(TWENTE_MUNICIPALITIES.map((a) => a.name)).toEqual([
      'Almelo',
      'Borne',
      'Dinkelland',
      'Enschede',
      'Haaksbergen',
      'Hellendoorn',
      'Hengelo',
      'Hof van Twente',
      'Losser',
      'Oldenzaal',
      'Rijssen-Holten',
      'Tubbergen',
      'Twenterand',
      'Wierden',
    ]);
    expect(new Set(INSIGHT_AREAS.map((a) => a.code)).size).toBe(INSIGHT_AREAS.length);
  });

  it.each<[string, number, number, string | null]>([
    ['Enschede centre', 52.2215, 6.8937, 'GM0153'],
    ['Ootmarsum (Dinkelland)', 52.4083, 6.9014, 'GM1774'],
    ['Goor (Hof van Twente)', 52.2333, 6.5861, 'GM1735'],
    ['Gronau (Kreis Borken)', 52.2108, 7.0233, '05554'],
    ['Nordhorn (Grafschaft Bentheim)', 52.4319, 7.0678, '03456'],
    ['Rheine (Kreis Steinfurt)', 52.2753, 7.4381, '05566'],
    ['Neede (Gelderland, outside Twente)', 52.1342, 6.6139, null],
    ['Amsterdam (far away)', 52.3728, 4.8936, null],
  ])('%s -> %s', (_, lat, lon, code) => {
    expect(areaOf({ lat, lon })).toBe(code);
  });

  it('has no area without a location', () => {
    expect(areaOf(null)).toBeNull();
  });

  it('places every point of a grid over the region as the nearest anchor within 15 km does', () => {
    const exhaustive = (p: { lat: number; lon: number }) => {
      let best = { code: null as string | null, km: Infinity };
      for (const a of AREA_ANCHORS) {
        const km = distanceKm(p, a);
        if (km < best.km) best = { code: a.code, km };
      }
      return best.km <= AREA_RADIUS_KM ? best.code : null;
    };
    const codes = new Set<string | null>();
    const wrong: unknown[] = [];
    for (let lat = 51.9; lat <= 52.7; lat += 0.02) {
      for (let lon = 6.1; lon <= 7.8; lon += 0.027) {
        const p = { lat, lon };
        const expected = exhaustive(p);
        codes.add(expected);
        // Twice: the second answer comes from what the first placed.
        if (areaOf(p) !== expected || areaOf(p) !== expected) wrong.push({ p, expected });
      }
    }
    expect(wrong).toEqual([]);
    expect(codes.size).toBeGreaterThan(15); // the grid crosses most areas and the outside
  });
});
