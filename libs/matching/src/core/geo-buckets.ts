import { Int32List } from './columns';
import { haversineKm } from './geo-distance';
import { GeoPoint } from './matching.types';

/** About 28 x 27 km at Twente's latitude. */
const CELL_LAT = 0.25;
const CELL_LON = 0.4;
/** Travel-distance classes (km, upper bounds): a bucket is searched only if it is within reach. */
const KM_CLASSES = [5, 10, 15, 20, 25, 30, 40, 50, 75, 100, 150];
/** Safety margin for the box distance, which may overestimate the true minimum slightly. */
const MARGIN_KM = 2;

export class Bucket {
  readonly slots = new Int32List();

  constructor(
    readonly id: number,
    /** Null for seekers without a home or without a maximum: always searched. */
    readonly box: { latMin: number; latMax: number; lonMin: number; lonMax: number } | null,
    public maxKm: number,
  ) {}

  /** Whether a seeker in this bucket could be within their own reach of `point`. */
  reaches(point: GeoPoint | null): boolean {
    if (!point || !this.box) return true;
    const nearest = {
      lat: Math.min(Math.max(point.lat, this.box.latMin), this.box.latMax),
      lon: Math.min(Math.max(point.lon, this.box.lonMin), this.box.lonMax),
    };
    return haversineKm(point, nearest) - MARGIN_KM <= this.maxKm;
  }
}

/**
 * Seekers grouped by home cell and travel-distance class, so a vacancy only looks at the groups
 * whose members could travel to it: the distance knock-out, applied to whole groups at once.
 */
export class GeoBuckets {
  private readonly buckets = new Map<string, Bucket>();
  private readonly list: Bucket[] = [];

  bucketFor(home: GeoPoint | null, maxKm: number | null): Bucket {
    if (!home || maxKm === null) return this.getOrCreate('anywhere', null, Infinity);
    const classIndex = KM_CLASSES.findIndex((limit) => maxKm <= limit);
    const latCell = Math.floor(home.lat / CELL_LAT);
    const lonCell = Math.floor(home.lon / CELL_LON);
    const key = `${latCell}:${lonCell}:${classIndex}`;
    const box = {
      latMin: latCell * CELL_LAT,
      latMax: (latCell + 1) * CELL_LAT,
      lonMin: lonCell * CELL_LON,
      lonMax: (lonCell + 1) * CELL_LON,
    };
    const bucket = this.getOrCreate(key, box, classIndex === -1 ? maxKm : KM_CLASSES[classIndex]);
    // The open-ended class keeps the largest maximum of its members.
    if (classIndex === -1 && maxKm > bucket.maxKm) bucket.maxKm = maxKm;
    return bucket;
  }

  /** Which buckets (by id) could reach `point`, and the buckets themselves. */
  reachable(point: GeoPoint | null): { mask: Uint8Array; buckets: Bucket[] } {
    const mask = new Uint8Array(this.list.length);
    const buckets: Bucket[] = [];
    for (const bucket of this.list) {
      if (!bucket.reaches(point)) continue;
      mask[bucket.id] = 1;
      buckets.push(bucket);
    }
    return { mask, buckets };
  }

  clear(): void {
    this.buckets.clear();
    this.list.length = 0;
  }

  /** Renumbers the slots in every bucket (see {@link Int32List.renumber}). */
  renumber(renumbered: Int32Array): void {
    for (const bucket of this.list) bucket.slots.renumber(renumbered);
  }

  private getOrCreate(key: string, box: Bucket['box'], maxKm: number): Bucket {
    let bucket = this.buckets.get(key);
    if (!bucket) {
      bucket = new Bucket(this.list.length, box, maxKm);
      this.buckets.set(key, bucket);
      this.list.push(bucket);
    }
    return bucket;
  }
}
