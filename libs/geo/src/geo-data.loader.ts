import { STARTER_PLACES } from '../data/starter-places';
import { STARTER_POSTCODE_RANGES } from '../data/starter-postcodes';
import { distanceKm } from './distance.util';
import { GazetteerData, LatLon, PlaceRank, PlaceRecord, PostcodeAreaRecord } from './geo.types';
import { keysOfName, placeKey } from './place-name.util';
import { readReferenceData } from './reference-data.reader';
import { regionOfQualifier } from './region.util';

/**
 * A PC4 centroid this far from the only town of its name is a PO-box code whose centroid was
 * geocoded elsewhere (7502 Enschede lies near Leiden in the source); the town's centre is nearer.
 */
const MISPLACED_PC4_KM = 20;
/** Records of one name within this distance are one town (the same as the gazetteer's rule). */
const SAME_TOWN_KM = 5;
/** A town named only in the PC4 file is a new place unless a known one of its name is this near. */
const KNOWN_TOWN_KM = 15;
/** A town named only in the PC4 file takes the province of the nearest known place this near. */
const PROVINCE_OF_TOWN_KM = 25;

export interface LoadedGeoData {
  data: GazetteerData;
  /** PC4 areas moved to their town's centre, see {@link MISPLACED_PC4_KM}. */
  movedPostcodeAreas: number;
}

export function loadStarterData(): LoadedGeoData {
  return {
    data: { places: STARTER_PLACES, postcodeAreas: [], postcodeRanges: STARTER_POSTCODE_RANGES },
    movedPostcodeAreas: 0,
  };
}

/** The starter set plus the reference files, with the PC4 file's towns added as places. */
export function loadReferenceData(dir: string): LoadedGeoData {
  const reference = readReferenceData(dir);
  const known = [...STARTER_PLACES, ...reference.places];
  const dutchByKey = groupBy(
    known.filter((p) => p.country === 'NL'),
    (p) => keysOfName(p.name)[0],
  );
  let moved = 0;
  const placedAreas = reference.postcodeAreas.map((area) => {
    const namesakes = dutchByKey.get(keysOfName(splitProvince(area.town).name)[0]) ?? [];
    const [town] = namesakes;
    const oneTown = town && namesakes.every((p) => distanceKm(p, town) < SAME_TOWN_KM);
    if (!oneTown || distanceKm(town, area) <= MISPLACED_PC4_KM) return area;
    moved += 1;
    return { ...area, lat: town.lat, lon: town.lon };
  });
  // Towns group by the file's own spelling, which keeps `Hengelo` and `Hengelo (Gld)` apart.
  const towns = townsOfPostcodes(placedAreas, dutchByKey, known);
  const postcodeAreas = placedAreas.map((a) => ({ ...a, town: splitProvince(a.town).name }));
  return {
    data: { places: [...known, ...towns], postcodeAreas, postcodeRanges: STARTER_POSTCODE_RANGES },
    movedPostcodeAreas: moved,
  };
}

/** Each town of the PC4 file not yet known, at the median of its PC4 centroids. */
function townsOfPostcodes(
  areas: PostcodeAreaRecord[],
  dutchByKey: Map<string, PlaceRecord[]>,
  known: PlaceRecord[],
): PlaceRecord[] {
  const provinces = new PlaceGrid(known.filter((p) => p.country === 'NL' && p.region));
  const towns: PlaceRecord[] = [];
  for (const [town, townAreas] of groupBy(areas, (a) => a.town)) {
    const centre = median(townAreas);
    const { name, region } = splitProvince(town);
    const namesakes = dutchByKey.get(keysOfName(name)[0]) ?? [];
    if (namesakes.some((p) => distanceKm(p, centre) < KNOWN_TOWN_KM)) continue;
    const province = region ?? provinces.nearest(centre, PROVINCE_OF_TOWN_KM)?.region;
    towns.push({ country: 'NL', name, ...centre, region: province, rank: PlaceRank.PostcodeTown });
  }
  return towns;
}

/** `Hengelo (Gld)` -> `Hengelo` in Gelderland; a bracket that names no province stays. */
function splitProvince(town: string): { name: string; region?: string } {
  const match = /^(.+?)\s*\(([^)]+)\)$/.exec(town);
  const region = match ? regionOfQualifier('NL', placeKey(match[2])) : undefined;
  return match && region ? { name: match[1], region } : { name: town };
}

// The median ignores the odd PO-box centroid that a mean would be dragged towards.
function median(points: LatLon[]): LatLon {
  const middle = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
  return { lat: middle(points.map((p) => p.lat)), lon: middle(points.map((p) => p.lon)) };
}

function groupBy<T>(items: T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(keyOf(item));
    if (group) group.push(item);
    else groups.set(keyOf(item), [item]);
  }
  return groups;
}

/** Places in cells of a quarter degree, so a nearest-place query looks at a few cells only. */
class PlaceGrid {
  private static readonly CELL = 0.25;
  private readonly cells: Map<string, PlaceRecord[]>;

  constructor(places: PlaceRecord[]) {
    this.cells = groupBy(places, (p) => this.cellOf(p.lat, p.lon));
  }

  /** Searches ±1 cell of latitude (±28 km) and ±2 of longitude (±34 km at 52°N). */
  nearest(point: LatLon, withinKm: number): PlaceRecord | undefined {
    let best: PlaceRecord | undefined;
    let bestKm = withinKm;
    for (let dLat = -1; dLat <= 1; dLat++) {
      for (let dLon = -2; dLon <= 2; dLon++) {
        const lat = point.lat + dLat * PlaceGrid.CELL;
        const lon = point.lon + dLon * PlaceGrid.CELL;
        for (const place of this.cells.get(this.cellOf(lat, lon)) ?? []) {
          const km = distanceKm(place, point);
          if (km < bestKm) [best, bestKm] = [place, km];
        }
      }
    }
    return best;
  }

  private cellOf(lat: number, lon: number): string {
    return `${Math.floor(lat / PlaceGrid.CELL)}:${Math.floor(lon / PlaceGrid.CELL)}`;
  }
}
