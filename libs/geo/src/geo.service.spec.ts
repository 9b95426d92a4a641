import { STARTER_POSTCODE_RANGES } from '../data/starter-postcodes';
import { distanceKm } from './distance.util';
import { TWENTE_CENTRE } from './gazetteer';
import { Country, LocateQuery } from './geo.types';
import { GeoService } from './geo.service';

// The built-in starter set only; geo-reference-data.spec.ts covers GEO_DATA_DIR.
const geo = GeoService.load();
const labelOf = (query: LocateQuery) => geo.locate(query)?.label;

describe('GeoService on the starter set', () => {
  it('says which data it uses', () => {
    expect(geo.summary).toMatchObject({ source: 'starter', postcodeAreas: 0 });
    expect(geo.summary.places).toBeGreaterThan(100);
    expect(geo.describe()).toMatch(/^Geo data: built-in starter set only .*GEO_DATA_DIR/);
  });

  describe('locate by Dutch postcode', () => {
    it.each([
      ['7511 AB', 'Enschede', '7511 AB'],
      ['7511ab', 'Enschede', '7511 AB'],
      ['7522', 'Enschede', '7522'],
      ['7551 CD', 'Hengelo (Ov.)', '7551 CD'],
      ['7255 AA', 'Hengelo (Gld.)', '7255 AA'],
      ['7601', 'Almelo', '7601'],
      ['7441 AB', 'Nijverdal', '7441 AB'],
      ['7461', 'Rijssen', '7461'],
      ['7451', 'Holten', '7451'],
      ['7471', 'Goor', '7471'],
      ['7481', 'Haaksbergen', '7481'],
      ['7571', 'Oldenzaal', '7571'],
      ['7586', 'Overdinkel', '7586'],
      ['7631', 'Ootmarsum', '7631'],
      ['7671', 'Vriezenveen', '7671'],
      ['7468', 'Enter', '7468'],
      ['8011', 'Zwolle', '8011'],
      ['5211 AB', "'s-Hertogenbosch", '5211 AB'],
    ])('%s -> %s', (postcode, label, canonical) => {
      expect(geo.locate({ postcode, country: 'NL' })).toMatchObject({ label, postcode: canonical });
    });

    it('maps a PC4 in a gap of the table to a neighbour within its ten', () => {
      const gap = geo.locate({ postcode: '7549', country: 'NL' })!;
      expect(distanceKm(gap, geo.locate({ place: 'Enschede', country: 'NL' })!)).toBeLessThan(10);
    });

    it('resolves both ends of every starter range near its town', () => {
      for (const range of STARTER_POSTCODE_RANGES) {
        for (const code of [range.from, range.to]) {
          const postcode = String(code);
          const found = geo.locate({ postcode, country: range.country });
          expect({ postcode, label: found?.label.replace(/ \(.*\)$/, '') }).toEqual({
            postcode,
            label: range.town,
          });
        }
      }
    });

    it('places every listed Twente PC4 in Twente', () => {
      const twente = STARTER_POSTCODE_RANGES.filter((r) => r.from >= 7440 && r.to <= 7699);
      for (const range of twente) {
        const found = geo.locate({ postcode: String(range.from), country: 'NL' })!;
        expect(distanceKm(found, TWENTE_CENTRE)).toBeLessThan(35);
      }
    });
  });

  describe('locate by German postcode', () => {
    it.each([
      ['48599', 'Gronau'],
      ['48143', 'Münster'],
      ['48167', 'Münster'],
      ['48455', 'Bad Bentheim'],
      ['48529', 'Nordhorn'],
      ['49808', 'Lingen'],
      ['49076', 'Osnabrück'],
      ['46397', 'Bocholt'],
    ])('%s -> %s', (postcode, label) => {
      expect(geo.locate({ postcode, country: 'DE' })).toMatchObject({ label, postcode });
    });
  });

  describe('locate by place', () => {
    it.each([
      ['Enschede', 'NL', 'Enschede'],
      ['  ENSCHEDE ', 'NL', 'Enschede'],
      ['Hengelo', 'NL', 'Hengelo (Ov.)'],
      ['Hengelo (Ov.)', 'NL', 'Hengelo (Ov.)'],
      ['Hengelo (O)', 'NL', 'Hengelo (Ov.)'],
      ['Hengelo OV', 'NL', 'Hengelo (Ov.)'],
      ['Hengelo (Gld.)', 'NL', 'Hengelo (Gld.)'],
      ['Hengelo, Gelderland', 'NL', 'Hengelo (Gld.)'],
      ["'s-Hertogenbosch", 'NL', "'s-Hertogenbosch"],
      ['’s Hertogenbosch', 'NL', "'s-Hertogenbosch"],
      ['s-Hertogenbosch', 'NL', "'s-Hertogenbosch"],
      ['Den Bosch', 'NL', "'s-Hertogenbosch"],
      ["'s-Gravenhage", 'NL', 'Den Haag'],
      ['Den Ham', 'NL', 'Den Ham'],
      ['Westerhaar', 'NL', 'Westerhaar-Vriezenveensewijk'],
      ['Hof van Twente', 'NL', 'Goor'],
      ['Dinkelland', 'NL', 'Denekamp'],
      ['Glanerbrug', 'NL', 'Glanerbrug'],
      ['Epe', 'NL', 'Epe'],
      ['Münster', 'DE', 'Münster'],
      ['Muenster', 'DE', 'Münster'],
      ['MUNSTER', 'DE', 'Münster'],
      ['Münster (Westf.)', 'DE', 'Münster'],
      ['Münster/Westf.', 'DE', 'Münster'],
      ['Osnabrueck', 'DE', 'Osnabrück'],
      ['Schuettorf', 'DE', 'Schüttorf'],
      ['Bentheim', 'DE', 'Bad Bentheim'],
      ['Lingen (Ems)', 'DE', 'Lingen'],
      ['Gronau (Westf.)', 'DE', 'Gronau'],
      ['Keulen', 'DE', 'Köln'],
      ['Epe', 'DE', 'Epe'],
    ] as const)('%j in %s -> %s', (place, country, label) => {
      expect(labelOf({ place, country })).toBe(label);
    });

    it('tells the Dutch and the German Epe apart by country', () => {
      const nl = geo.locate({ place: 'Epe', country: 'NL' })!;
      const de = geo.locate({ place: 'Epe', country: 'DE' })!;
      expect(distanceKm(nl, de)).toBeGreaterThan(50);
      expect(distanceKm(de, geo.locate({ place: 'Gronau', country: 'DE' })!)).toBeLessThan(5);
    });

    it('locates every town the brief names', () => {
      const twente =
        'Almelo Borne Denekamp Ootmarsum Weerselo Enschede Haaksbergen Nijverdal Hengelo Goor Delden Markelo Losser Overdinkel Glanerbrug Oldenzaal Rijssen Holten Tubbergen Vriezenveen Vroomshoop Wierden Enter';
      const nearby = 'Zwolle Deventer Apeldoorn Arnhem Winterswijk';
      const border =
        'Gronau Ahaus Bad_Bentheim Nordhorn Rheine Lingen Münster Osnabrück Bocholt Emsdetten Stadtlohn Vreden Schüttorf Ochtrup Epe';
      const names = (list: string, country: Country) =>
        list.split(' ').map((name) => ({ place: name.replace('_', ' '), country }));
      for (const query of [
        ...names(twente, 'NL'),
        ...names(nearby, 'NL'),
        ...names(border, 'DE'),
      ]) {
        const found = geo.locate(query);
        expect({ query, near: found && distanceKm(found, TWENTE_CENTRE) < 120 }).toEqual({
          query,
          near: true,
        });
      }
    });
  });

  describe('locate with both or neither', () => {
    it('prefers the postcode over the place', () => {
      expect(labelOf({ postcode: '7601 AB', place: 'Enschede', country: 'NL' })).toBe('Almelo');
    });

    it('falls back to the place when the postcode is invalid or unknown', () => {
      expect(geo.locate({ postcode: '1234 SA', place: 'Borne', country: 'NL' })).toEqual({
        lat: 52.3,
        lon: 6.7528,
        label: 'Borne',
      });
      expect(labelOf({ postcode: '10115', place: 'Berlin', country: 'DE' })).toBe('Berlin');
    });

    it.each([
      [{ place: 'Atlantis', country: 'NL' }],
      [{ place: 'Enschede', country: 'DE' }],
      [{ place: 'Gronau', country: 'NL' }],
      [{ place: 'Hengelo (Z.H.)', country: 'NL' }], // no Hengelo in Zuid-Holland
      [{ place: 'Den', country: 'NL' }],
      [{ place: '   ', country: 'NL' }],
      [{ postcode: '0123 AB', country: 'NL' }],
      [{ postcode: '12345', country: 'NL' }],
      [{ postcode: '1234 SA', country: 'NL' }],
      [{ postcode: '9999 ZZ', country: 'NL' }], // valid, but outside the starter table
      [{ postcode: '7511 AB', country: 'DE' }],
      [{ postcode: '10115', country: 'DE' }],
      [{ country: 'NL' }],
      [{ place: 'Enschede', country: 'BE' as Country }],
    ] as [LocateQuery][])('%j -> undefined', (query) => {
      expect(geo.locate(query)).toBeUndefined();
    });
  });

  describe('search', () => {
    it.each([
      ['hengel', ['Hengelo (Ov.)', 'Hengelo (Gld.)']],
      ['ensch', ['Enschede']],
      ['Münst', ['Münster']],
      ['muenst', ['Münster']],
      ['bentheim', ['Bad Bentheim']],
      ['hertogen', ["'s-Hertogenbosch"]],
      ['den bos', ["'s-Hertogenbosch"]],
    ])('%j starts with %j', (prefix, labels) => {
      expect(geo.search(prefix).map((p) => p.label)).toEqual(labels);
    });

    it('lists Twente before the rest and larger towns first', () => {
      const found = geo.search('e', { limit: 50 });
      expect(found[0].label).toBe('Enschede');
      const far = found.map((p) => distanceKm(p, TWENTE_CENTRE) > 50);
      expect(far.indexOf(true)).toBeGreaterThan(far.lastIndexOf(false));
      expect(found.map((p) => p.label)).toContain('Eindhoven');
    });

    it('keeps to the limit and the country and lists each place once', () => {
      expect(geo.search('b', { limit: 3 })).toHaveLength(3);
      const german = geo.search('b', { country: 'DE', limit: 50 });
      expect(german.length).toBeGreaterThan(3);
      expect(german.every((p) => p.country === 'DE')).toBe(true);
      const all = geo.search('', { limit: 50 });
      expect(all).toEqual([]);
      const many = geo.search('s', { limit: 50 });
      expect(new Set(many.map((p) => `${p.country}:${p.label}`)).size).toBe(many.length);
    });

    it('finds nothing for an unknown prefix', () => {
      expect(geo.search('zzq')).toEqual([]);
    });
  });
});
