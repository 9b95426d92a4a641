import {
  EXPERIENCE_ONLY_FACTOR,
  iscoClass,
  nearCredit,
  OCCUPATION_SIMILARITY,
  ScoringContext,
} from './candidate-evaluation';
import { haversine } from './geo-distance';
import { ESSENTIAL_SKILL_WEIGHT, OPTIONAL_SKILL_WEIGHT, PreparedVacancy } from './prepared-vacancy';
import { SEEKER_FLAG, SeekerStore } from './seeker-store';

/** Occupation classes: 0 none, 1 ISCO sub-major, 2 minor, 3 unit group, 4 exact. */
const CLASS = { none: 0, isco2: 1, isco3: 2, isco4: 3, exact: 4 } as const;
const EXACT = 4;
const UNIT_GROUP = 3;
/** Kilometres per degree of latitude (and of longitude at the equator). */
const KM_PER_DEGREE = (Math.PI / 180) * 6371.0088;

/**
 * One vacancy, translated into the ids of a {@link SeekerStore}, scoring seekers by slot with
 * arithmetic on typed arrays and no allocation. It computes exactly what
 * `scoreOf(evaluateCandidate(...))` computes, operation for operation (a unit test compares the
 * two on every pair of a generated world); the explanation still comes from the object path.
 */
export class VacancyProbe {
  private readonly lat: number;
  private readonly lon: number;
  private readonly cosLat: number;
  private readonly requiredFlags: number;
  private readonly hoursMin: number;
  private readonly hoursMax: number;
  private readonly minEqf: number | null;
  private readonly occupationClass: Int8Array;
  /** Occupation credit per occupation of the store: its ISCO class, or a near occupation's. */
  private readonly occupationCredit: Float64Array;
  private readonly skillWeight: Uint8Array;
  private readonly licenceOk: Uint8Array | null;
  private readonly certificateOk: Uint8Array | null;
  private readonly needs: Array<{ name: number; rank: number }>;
  private readonly startDay: number | null;
  private readonly leaverSupport: number;
  private readonly w: ScoringContext['model']['weights'];
  private readonly totalWeight: number;

  constructor(
    private readonly store: SeekerStore,
    private readonly p: PreparedVacancy,
    private readonly ctx: ScoringContext,
  ) {
    const v = p.vacancy;
    this.lat = v.location ? v.location.lat : NaN;
    this.lon = v.location ? v.location.lon : NaN;
    this.cosLat = p.cosLat;
    this.requiredFlags =
      (v.banenafspraakReserved ? SEEKER_FLAG.banenafspraak : 0) |
      (v.country === 'DE' ? SEEKER_FLAG.willingToWorkInGermany : 0);
    this.hoursMin = v.hoursMin ?? NaN;
    this.hoursMax = v.hoursMax ?? NaN;
    this.minEqf = v.minEqf;
    const occupations = store.occupations.values;
    this.occupationClass = new Int8Array(occupations.length);
    this.occupationCredit = new Float64Array(occupations.length);
    for (let i = 0; i < occupations.length; i++) {
      const via = iscoClass(p, occupations[i]);
      this.occupationClass[i] = CLASS[via];
      const near = p.near.get(occupations[i].uri);
      const credit = near === undefined ? 0 : nearCredit(near, ctx.model);
      this.occupationCredit[i] =
        credit > OCCUPATION_SIMILARITY[via] ? credit : OCCUPATION_SIMILARITY[via];
    }
    this.skillWeight = new Uint8Array(store.skills.size);
    for (const uri of p.essential) this.weigh(uri, ESSENTIAL_SKILL_WEIGHT);
    for (const uri of p.optional) this.weigh(uri, OPTIONAL_SKILL_WEIGHT);
    const holds = (required: Set<string>) =>
      required.size === 0
        ? null
        : Uint8Array.from(store.codeLists.values, (list) =>
            [...required].every((code) => list.normalised.has(code)) ? 1 : 0,
          );
    this.licenceOk = holds(p.drivingLicences);
    this.certificateOk = holds(p.certificates);
    this.needs = p.languages.map((l) => ({
      name: store.languageNames.find(l.language),
      rank: l.rank,
    }));
    this.startDay = p.startDay;
    this.leaverSupport =
      0.2 + (v.openToSchoolLeavers ? 0.4 : 0) + (v.supervision || v.learningWorking ? 0.4 : 0);
    this.w = ctx.model.weights;
    const w = this.w;
    this.totalWeight =
      w.occupation +
      w.skills +
      w.level +
      w.distance +
      w.hours +
      w.availability +
      w.experience +
      w.support;
  }

  /** The ranking score (0-100) of the seeker in `slot`; 0 when a knock-out applies. */
  score(slot: number): number {
    const s = this.store;
    const model = this.ctx.model;
    const flags = s.flags[slot];
    if (
      (flags & this.requiredFlags) !== this.requiredFlags ||
      (flags & SEEKER_FLAG.dagbesteding) !== 0
    )
      return 0;

    // Distance: a flat-earth estimate rules out most seekers before any trigonometry.
    const lat = s.lat[slot];
    const maxKm = s.maxKm[slot];
    const hasMax = maxKm === maxKm;
    let distance = 0.5;
    if (lat === lat && this.lat === this.lat) {
      const lon = s.lon[slot];
      if (hasMax && maxKm <= 200) {
        const dLat = lat - this.lat;
        const dLon = (lon - this.lon) * this.cosLat;
        // Within 200 km the estimate errs by under 4%, so 5% and a kilometre of margin are safe.
        if (KM_PER_DEGREE * Math.sqrt(dLat * dLat + dLon * dLon) > maxKm * 1.05 + 1) return 0;
      }
      const km = haversine(lat, lon, this.lat, this.lon);
      if (hasMax && km > maxKm) return 0;
      const scale = hasMax ? maxKm : model.defaultMaxTravelKm;
      distance = scale <= 0 ? (km === 0 ? 1 : 0) : Math.max(0, 1 - 0.8 * (km / scale));
    }

    let hours = 0.5;
    const seekerMin = s.hoursMin[slot];
    const seekerMax = s.hoursMax[slot];
    if (
      this.hoursMin === this.hoursMin &&
      this.hoursMax === this.hoursMax &&
      seekerMin === seekerMin &&
      seekerMax === seekerMax
    ) {
      const overlap = Math.min(this.hoursMax, seekerMax) - Math.max(this.hoursMin, seekerMin);
      if (overlap < 0) return 0;
      hours = Math.min(1, (overlap + 1) / (this.hoursMax - this.hoursMin + 1));
      if (hours === 0) return 0;
    }

    const leaver = (flags & SEEKER_FLAG.schoolLeaver) !== 0;
    let level = 1;
    if (this.minEqf !== null) {
      const eqf = s.eqf[slot];
      if (eqf < 0) level = 0.3;
      else {
        const v = this.p.vacancy;
        const tolerance =
          v.learningWorking || (leaver && v.openToSchoolLeavers)
            ? model.learningWorkingLevelTolerance
            : model.levelTolerance;
        const difference = eqf - this.minEqf;
        if (difference < -tolerance) return 0;
        if (difference === 0) level = 1;
        else if (difference === 1) level = 0.9;
        else if (difference === 2) level = 0.7;
        else if (difference >= 3) level = 0.5;
        else level = Math.max(0.1, 0.5 - 0.15 * (-difference - 1));
      }
    }

    if (this.licenceOk !== null && this.licenceOk[s.licences[slot]] === 0) return 0;
    if (this.certificateOk !== null && this.certificateOk[s.certificates[slot]] === 0) return 0;
    if (this.needs.length > 0 && !this.speaks(slot)) return 0;

    let availability: number;
    if ((flags & SEEKER_FLAG.availableNow) !== 0) availability = 1;
    else if (s.availableFrom[slot] < 0) availability = 0.2;
    else {
      const today = this.ctx.today;
      const daysLate = s.availableDay[slot] - Math.max(this.startDay ?? today, today);
      if (this.startDay !== null && daysLate > model.startDateGraceDays) return 0;
      availability =
        daysLate <= 0
          ? 0.9
          : Math.max(0.1, 0.9 - 0.8 * Math.min(1, daysLate / model.startDateGraceDays));
    }

    // Occupation (wanted, or experienced at a discount) and experience in the same occupation.
    const classes = this.occupationClass;
    const credits = this.occupationCredit;
    let wanted = 0;
    const wantedIds = s.wanted.values;
    for (let i = s.wanted.start[slot], end = i + s.wanted.count[slot]; i < end; i++)
      if (credits[wantedIds[i]] > wanted) wanted = credits[wantedIds[i]];
    let experienced = 0;
    let experience = 0;
    const experienceIds = s.experience.values;
    for (let i = s.experience.start[slot], end = i + s.experience.count[slot]; i < end; i++) {
      const entry = s.experiences.values[experienceIds[i]];
      const c = classes[entry.occupation];
      if (credits[entry.occupation] > experienced) experienced = credits[entry.occupation];
      if (c >= UNIT_GROUP) {
        const share = Math.min(1, entry.years / model.fullExperienceYears);
        const candidate = c === EXACT ? share : 0.6 * share;
        if (candidate > experience) experience = candidate;
      }
    }
    const fromExperience = experienced * EXPERIENCE_ONLY_FACTOR;
    const occupation = fromExperience > wanted ? fromExperience : wanted;

    let skills = 0.5;
    if (this.p.skillWeightTotal !== 0) {
      let weight = 0;
      const weights = this.skillWeight;
      const skillIds = s.skillIds.values;
      for (let i = s.skillIds.start[slot], end = i + s.skillIds.count[slot]; i < end; i++)
        weight += weights[skillIds[i]];
      skills = weight / this.p.skillWeightTotal;
    }

    const support = leaver ? this.leaverSupport : 1;
    const w = this.w;
    const sum =
      w.occupation * occupation +
      w.skills * skills +
      w.level * level +
      w.distance * distance +
      w.hours * hours +
      w.availability * availability +
      w.experience * experience +
      w.support * support;
    return Math.round(((100 * sum) / this.totalWeight) * 1e4) / 1e4;
  }

  /** Whether the seeker has every required language at the required level (first entry counts). */
  private speaks(slot: number): boolean {
    const s = this.store;
    const from = s.languageIds.start[slot];
    const end = from + s.languageIds.count[slot];
    for (const need of this.needs) {
      let ok = false;
      for (let i = from; i < end; i++) {
        const language = s.languages.values[s.languageIds.values[i]];
        if (language.name === need.name) {
          ok = language.rank >= need.rank;
          break;
        }
      }
      if (!ok) return false;
    }
    return true;
  }

  private weigh(uri: string, weight: number): void {
    const id = this.store.skills.find(uri);
    if (id >= 0) this.skillWeight[id] = weight;
  }
}
