import type { EmployerInput, FieldError } from '../vacancy.types';

const KVK_NUMBER = /^[0-9]{8}$/;
const DUTCH_POSTCODE = /^[1-9][0-9]{3} ?[A-Z]{2}$/i;
const GERMAN_POSTCODE = /^(?!00)[0-9]{5}$/;

/** The resolved registration and address fields an employer row holds. */
export type EmployerFields = Pick<
  EmployerInput,
  'country' | 'kvkNumber' | 'foreignRegistration' | 'postcode' | 'latitude' | 'longitude'
>;

/**
 * A Dutch employer is identified by its KvK number; a German one by its Handelsregister entry or
 * another registration (a German employer with a Dutch branch may give a KvK number instead).
 */
export function checkEmployerFields(f: EmployerFields): FieldError[] {
  const errors: FieldError[] = [];
  if (f.kvkNumber && !KVK_NUMBER.test(f.kvkNumber)) {
    errors.push({ field: 'kvkNumber', message: 'must be 8 digits' });
  }
  if (f.country === 'NL' && !f.kvkNumber) {
    errors.push({ field: 'kvkNumber', message: 'is required for a Dutch employer' });
  }
  if (f.country === 'DE' && !f.kvkNumber && !f.foreignRegistration) {
    errors.push({
      field: 'foreignRegistration',
      message:
        'is required for a German employer without a KvK number (e.g. HRB 1234, Amtsgericht Coesfeld)',
    });
  }
  if (f.postcode !== null && f.postcode !== undefined && !f.postcode.trim()) {
    errors.push({ field: 'postcode', message: 'must not be empty (leave it out instead)' });
  } else if (f.postcode) {
    const ok = (f.country === 'DE' ? GERMAN_POSTCODE : DUTCH_POSTCODE).test(f.postcode.trim());
    if (!ok) {
      errors.push({
        field: 'postcode',
        message: f.country === 'DE' ? 'must be five digits' : 'must be a Dutch postcode (1234 AB)',
      });
    }
  }
  if ((f.latitude == null) !== (f.longitude == null)) {
    errors.push({ field: 'longitude', message: 'and latitude must be given together' });
  }
  return errors;
}
