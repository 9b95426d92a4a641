/** Dutch and German (EU) driving licence categories, plus T (tractor, NL): for vacancies and profiles alike. */
export const DRIVING_LICENCE_CATEGORIES = [
  'AM',
  'A1',
  'A2',
  'A',
  'B',
  'BE',
  'C1',
  'C1E',
  'C',
  'CE',
  'D1',
  'D1E',
  'D',
  'DE',
  'T',
] as const;
export type DrivingLicenceCategory = (typeof DRIVING_LICENCE_CATEGORIES)[number];
