/** `true`/`false` in a query string; anything else is left for the validator to refuse. */
export function queryBoolean({ value }: { value: unknown }): unknown {
  if (value === 'true' || value === true) return true;
  if (value === 'false' || value === false) return false;
  return value;
}
