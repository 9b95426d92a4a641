import { formatViolations, takeContractViolations } from '@wt/testing';

/**
 * Every response an e2e test receives from an app made by `createTestApp` is checked against that
 * app's OpenAPI document; a test that received one the document does not describe fails here,
 * naming the operation, the status and the schema error.
 */
function failOnViolations(): void {
  const found = takeContractViolations();
  if (found.length > 0) throw new Error(formatViolations(found));
}

afterEach(failOnViolations);
afterAll(failOnViolations);
