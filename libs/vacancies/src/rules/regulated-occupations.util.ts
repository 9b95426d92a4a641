/**
 * ISCO-08 unit groups whose occupations are regulated in Germany, so a Dutch diploma needs
 * recognition (Anerkennung): health professions, teaching, childcare and social work. A starting
 * point for imported vacancies (unsure: regulation is per occupation and sometimes per Land, so
 * an adviser confirms it per vacancy).
 */
export const REGULATED_IN_GERMANY_ISCO = new Set([
  '2211', // medical doctors
  '2212',
  '2221', // nursing professionals
  '2222', // midwives
  '2261', // dentists
  '2262', // pharmacists
  '2264', // physiotherapists
  '2330', // secondary education teachers
  '2341', // primary school teachers
  '2635', // social work
  '3221', // nursing associate professionals
  '3222',
  '3256', // medical assistants
  '3258', // ambulance workers
  '5311', // child care workers (Erzieher)
  '5321', // health care assistants (Pflegehelfer, regulated by the Länder)
]);

export function isRegulatedInGermany(iscoGroup: string | null): boolean {
  return iscoGroup !== null && REGULATED_IN_GERMANY_ISCO.has(iscoGroup);
}
