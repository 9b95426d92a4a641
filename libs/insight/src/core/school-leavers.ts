import { INSIGHT_AREAS } from './areas';
import { addMonths, InsightPicture } from './insight-picture';
import { shownCount } from './tightness-band';

/** School leavers counted: those leaving within this many months. */
export const SCHOOL_LEAVING_MONTHS = 12;

/**
 * ISCO-08 sub-major groups counted as technical (Techniekpact: engineering, manufacturing,
 * construction, ICT): science and engineering professionals (21), ICT professionals (25),
 * science and engineering associate professionals (31), ICT technicians (35), building (71),
 * metal and machinery (72), handicraft and printing (73), electrical and electronics trades (74),
 * stationary plant and machine operators (81), assemblers (82).
 */
export const TECHNICAL_ISCO_SUB_MAJOR = [
  '21',
  '25',
  '31',
  '35',
  '71',
  '72',
  '73',
  '74',
  '81',
  '82',
];

export interface SchoolLeaverRow {
  municipality: string;
  /** VSO leavers (exit profile not dagbesteding) leaving within 12 months. */
  leaversVso: number | null;
  leaversPro: number | null;
  /** MBO students whose course ends within 12 months (not a target group). */
  leaversMbo: number | null;
  /** VSO, PrO and MBO leavers together; a person is counted once. */
  leaversTotal: number | null;
  learningWorkingPositions: number;
  schoolLeaverPositions: number;
  technicalPositions: number;
  technicalLearningWorkingPositions: number;
}

export function isTechnical(isco: string | null): boolean {
  return isco !== null && TECHNICAL_ISCO_SUB_MAJOR.includes(isco.slice(0, 2));
}

/** VSO/PrO and MBO leavers of the next 12 months against learning-working places and technical vacancies. */
export function schoolLeavers(picture: InsightPicture): SchoolLeaverRow[] {
  const until = addMonths(picture.today, SCHOOL_LEAVING_MONTHS);
  const rows = new Map(
    INSIGHT_AREAS.map((a) => [
      a.code,
      { vso: 0, pro: 0, mbo: 0, lw: 0, sl: 0, tech: 0, techLw: 0 },
    ]),
  );
  for (const s of picture.seekers) {
    const r = s.area ? rows.get(s.area) : undefined;
    if (!r) continue;
    const within = (date: string | null) => date !== null && date >= picture.today && date <= until;
    if (s.schoolType) {
      // A VSO/PrO pupil is counted as such, even with an MBO course entered for the year after.
      if (s.exitProfile === 'dagbesteding' || !within(s.expectedLeavingDate)) continue;
      if (s.schoolType === 'VSO') r.vso++;
      else r.pro++;
    } else if (within(s.educationEndDate)) r.mbo++;
  }
  for (const v of picture.vacancies) {
    const r = v.area ? rows.get(v.area) : undefined;
    if (!r) continue;
    if (v.learningWorking) r.lw += v.positions;
    if (v.openToSchoolLeavers) r.sl += v.positions;
    if (isTechnical(v.isco)) {
      r.tech += v.positions;
      if (v.learningWorking) r.techLw += v.positions;
    }
  }
  return INSIGHT_AREAS.map((a) => {
    const r = rows.get(a.code)!;
    return {
      municipality: a.code,
      leaversVso: shownCount(r.vso),
      leaversPro: shownCount(r.pro),
      leaversMbo: shownCount(r.mbo),
      leaversTotal: shownCount(r.vso + r.pro + r.mbo),
      learningWorkingPositions: r.lw,
      schoolLeaverPositions: r.sl,
      technicalPositions: r.tech,
      technicalLearningWorkingPositions: r.techLw,
    };
  });
}
