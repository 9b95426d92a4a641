import { addDays, regionToday } from './calendar.util';

describe('calendar', () => {
  it.each([
    ['2026-01-14T23:30:00Z', '2026-01-15'],
    ['2026-07-14T22:30:00Z', '2026-07-15'],
    ['2026-07-14T21:30:00Z', '2026-07-14'],
  ])('at %s it is %s in Twente', (instant, date) => {
    expect(regionToday(new Date(instant))).toBe(date);
  });

  it.each([
    ['2026-01-31', 1, '2026-02-01'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2028-02-28', 1, '2028-02-29'],
  ])('%s plus %i days is %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });
});
