import { distanceKm, EARTH_RADIUS_KM } from '@wt/geo';

/** A Twente municipality (CBS code) or a German border district (Kreis, AGS code). */
export interface Area {
  code: string;
  name: string;
  country: 'NL' | 'DE';
}

type Anchor = [place: string, lat: number, lon: number];

/**
 * The places of the gazetteer's starter set (libs/geo) grouped by the area they lie in. A point
 * belongs to the area of the nearest anchor within {@link AREA_RADIUS_KM}; anchors of towns just
 * outside Twente (`OUTSIDE`) keep their surroundings from being counted in a Twente municipality.
 */
const AREAS: Array<Area & { anchors: Anchor[] }> = [
  nl('GM0141', 'Almelo', [
    ['Almelo', 52.357, 6.6625],
    ['Aadorp', 52.3761, 6.6303],
    ['Bornerbroek', 52.3117, 6.6553],
  ]),
  nl('GM0147', 'Borne', [
    ['Borne', 52.3, 6.7528],
    ['Zenderen', 52.3233, 6.7233],
    ['Hertme', 52.3197, 6.765],
  ]),
  nl('GM1774', 'Dinkelland', [
    ['Denekamp', 52.3775, 7.0069],
    ['Ootmarsum', 52.4083, 6.9014],
    ['Weerselo', 52.3536, 6.8606],
    ['Rossum', 52.3517, 6.9222],
    ['Saasveld', 52.3358, 6.8031],
    ['Deurningen', 52.3028, 6.845],
    ['Lattrop', 52.4311, 7.0144],
  ]),
  nl('GM0153', 'Enschede', [
    ['Enschede', 52.2215, 6.8937],
    ['Glanerbrug', 52.2158, 6.9708],
    ['Boekelo', 52.2033, 6.8017],
    ['Lonneker', 52.2508, 6.9111],
  ]),
  nl('GM0158', 'Haaksbergen', [
    ['Haaksbergen', 52.1567, 6.7389],
    ['Buurse', 52.1306, 6.8278],
  ]),
  nl('GM0163', 'Hellendoorn', [
    ['Nijverdal', 52.36, 6.4681],
    ['Hellendoorn', 52.3897, 6.45],
    ['Haarle', 52.361, 6.385],
    ['Daarle', 52.4436, 6.5692],
    ['Daarlerveen', 52.4408, 6.5969],
  ]),
  nl('GM0164', 'Hengelo', [['Hengelo', 52.2658, 6.7931]]),
  nl('GM1735', 'Hof van Twente', [
    ['Goor', 52.2333, 6.5861],
    ['Delden', 52.26, 6.7111],
    ['Markelo', 52.235, 6.4986],
    ['Diepenheim', 52.2, 6.5556],
    ['Hengevelde', 52.1992, 6.6361],
    ['Bentelo', 52.2258, 6.6769],
  ]),
  nl('GM0168', 'Losser', [
    ['Losser', 52.2608, 7.0042],
    ['Overdinkel', 52.2408, 7.0356],
    ['De Lutte', 52.3125, 6.9858],
    ['Beuningen', 52.356, 7.0],
    ['Glane', 52.2317, 6.9919],
  ]),
  nl('GM0173', 'Oldenzaal', [['Oldenzaal', 52.3133, 6.9292]]),
  nl('GM1742', 'Rijssen-Holten', [
    ['Rijssen', 52.3067, 6.5181],
    ['Holten', 52.2833, 6.4208],
  ]),
  nl('GM0183', 'Tubbergen', [
    ['Tubbergen', 52.4075, 6.7847],
    ['Albergen', 52.3647, 6.7556],
    ['Geesteren', 52.4133, 6.7264],
    ['Vasse', 52.4392, 6.8367],
    ['Langeveen', 52.4614, 6.7736],
    ['Reutum', 52.3883, 6.84],
    ['Fleringen', 52.3814, 6.8161],
  ]),
  nl('GM1700', 'Twenterand', [
    ['Vriezenveen', 52.4083, 6.6222],
    ['Vroomshoop', 52.4608, 6.5653],
    ['Den Ham', 52.4658, 6.4958],
    ['Westerhaar-Vriezenveensewijk', 52.4558, 6.6236],
  ]),
  nl('GM0189', 'Wierden', [
    ['Wierden', 52.3592, 6.5931],
    ['Enter', 52.2942, 6.5778],
  ]),
  de('05554', 'Kreis Borken', [
    ['Gronau', 52.2108, 7.0233],
    ['Epe', 52.1797, 7.0347],
    ['Ahaus', 52.0794, 7.0134],
    ['Heek', 52.1167, 7.1],
    ['Legden', 52.0333, 7.1],
    ['Vreden', 52.0333, 6.8333],
    ['Stadtlohn', 51.9939, 6.915],
    ['Gescher', 51.9539, 7.005],
    ['Borken', 51.8439, 6.8578],
    ['Bocholt', 51.8386, 6.6153],
  ]),
  de('05558', 'Kreis Coesfeld', [['Coesfeld', 51.9458, 7.1675]]),
  de('05566', 'Kreis Steinfurt', [
    ['Ochtrup', 52.2078, 7.19],
    ['Metelen', 52.1436, 7.2128],
    ['Steinfurt', 52.1503, 7.3367],
    ['Rheine', 52.2753, 7.4381],
    ['Emsdetten', 52.1728, 7.5278],
    ['Greven', 52.0917, 7.6083],
    ['Ibbenbüren', 52.2772, 7.7156],
  ]),
  de('05515', 'Münster', [['Münster', 51.9625, 7.6256]]),
  de('03456', 'Grafschaft Bentheim', [
    ['Bad Bentheim', 52.3031, 7.1597],
    ['Gildehaus', 52.305, 7.11],
    ['Schüttorf', 52.3228, 7.2217],
    ['Nordhorn', 52.4319, 7.0678],
    ['Neuenhaus', 52.5, 6.9667],
    ['Uelsen', 52.5, 6.8833],
    ['Emlichheim', 52.6111, 6.85],
  ]),
  de('03454', 'Landkreis Emsland', [
    ['Salzbergen', 52.3333, 7.35],
    ['Lingen', 52.5225, 7.3172],
  ]),
  de('03404', 'Osnabrück', [['Osnabrück', 52.2799, 8.0472]]),
];

/** Towns around Twente that are in neither list: a point nearest to one of them is outside. */
const OUTSIDE: Anchor[] = [
  ['Zwolle', 52.5168, 6.083],
  ['Deventer', 52.255, 6.1639],
  ['Bathmen', 52.2497, 6.2878],
  ['Raalte', 52.3856, 6.275],
  ['Ommen', 52.5211, 6.4203],
  ['Hardenberg', 52.5758, 6.6194],
  ['Lochem', 52.1597, 6.4139],
  ['Hengelo (Gld.)', 52.0508, 6.3097],
  ['Geesteren (Gld.)', 52.1358, 6.5053],
  ['Borculo', 52.1156, 6.5214],
  ['Neede', 52.1342, 6.6139],
  ['Eibergen', 52.1, 6.6486],
  ['Winterswijk', 51.9725, 6.7194],
  ['Coevorden', 52.6608, 6.7403],
];

/** Farther than this from every anchor, a point is outside the areas. */
export const AREA_RADIUS_KM = 15;

/** The 14 Twente municipalities and the German border districts, in this order. */
export const INSIGHT_AREAS: readonly Area[] = AREAS.map(({ code, name, country }) => ({
  code,
  name,
  country,
}));

export const TWENTE_MUNICIPALITIES = INSIGHT_AREAS.filter((a) => a.country === 'NL');

/** Every anchor place with its area (null: just outside the areas). */
export const AREA_ANCHORS: ReadonlyArray<{ code: string | null; lat: number; lon: number }> = [
  ...AREAS.flatMap((a) => a.anchors.map(([, lat, lon]) => ({ code: a.code, lat, lon }))),
  ...OUTSIDE.map(([, lat, lon]) => ({ code: null, lat, lon })),
];

const byCode = new Map(INSIGHT_AREAS.map((a) => [a.code, a]));

export function areaByCode(code: string): Area | undefined {
  return byCode.get(code);
}

/** The area of a point: the nearest anchor's, if within {@link AREA_RADIUS_KM}. */
export function areaOf(point: { lat: number; lon: number } | null): string | null {
  if (!point) return null;
  const key = `${point.lat},${point.lon}`;
  let code = known.get(key);
  if (code === undefined) {
    if (known.size >= MAX_KNOWN_POINTS) known.clear();
    known.set(key, (code = nearestArea(point)));
  }
  return code;
}

/**
 * Points already placed (homes and workplaces share PC4 centroids and gazetteer places): only
 * coordinates and an area code, no person, so they may be kept for the life of the process.
 */
const known = new Map<string, string | null>();
const MAX_KNOWN_POINTS = 200_000;

const KM_PER_DEGREE_LAT = (EARTH_RADIUS_KM * Math.PI) / 180;

function nearestArea(point: { lat: number; lon: number }): string | null {
  let best: { code: string | null; km: number } = { code: null, km: Infinity };
  for (const a of AREA_ANCHORS) {
    // The latitude difference alone is a lower bound of the distance: skip what cannot win.
    const atLeast = Math.abs(a.lat - point.lat) * KM_PER_DEGREE_LAT * (1 - 1e-9);
    if (atLeast > Math.min(best.km, AREA_RADIUS_KM)) continue;
    const km = distanceKm(point, a);
    if (km < best.km) best = { code: a.code, km };
  }
  return best.km <= AREA_RADIUS_KM ? best.code : null;
}

function nl(code: string, name: string, anchors: Anchor[]) {
  return { code, name, country: 'NL' as const, anchors };
}

function de(code: string, name: string, anchors: Anchor[]) {
  return { code, name, country: 'DE' as const, anchors };
}
