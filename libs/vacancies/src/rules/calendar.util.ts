/** The region's time zone: a closing date ends at midnight in Twente, not in UTC. */
export const REGION_TIME_ZONE = 'Europe/Amsterdam';

const FORMAT = new Intl.DateTimeFormat('en-CA', {
  timeZone: REGION_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today's date in the region as YYYY-MM-DD. */
export function regionToday(now: Date = new Date()): string {
  return FORMAT.format(now);
}

/** `2026-01-31` plus a number of days (negative allowed), as YYYY-MM-DD. */
export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
