/**
 * Limits every request value meets before class-transformer and class-validator see it: they
 * recurse without bounds, and PostgreSQL refuses NUL bytes and invalid UTF-8 with a 500.
 */
export const MAX_INPUT_DEPTH = 32;
/** Above every DTO's own `ArrayMaxSize` (bulk uploads take 5,000 rows); it bounds the walk. */
export const MAX_INPUT_ARRAY_LENGTH = 10_000;
/** PostgreSQL `integer`; no field of this engine takes a larger number. */
export const MAX_INPUT_MAGNITUDE = 2_147_483_647;

/** C0 controls and DEL, except tab, line feed and carriage return (descriptions have lines). */
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** What is wrong with one string, or undefined when it may be stored as it is. */
export function textProblem(text: string): string | undefined {
  if (CONTROL_CHARACTER.test(text)) return 'must not contain control characters (such as NUL)';
  if (LONE_SURROGATE.test(text)) return 'must be valid Unicode text (it holds a lone surrogate)';
  return undefined;
}

/**
 * A number as JSON allows it but the engine does not: not finite, beyond an `integer` column, or
 * so close to zero that JavaScript writes it with an exponent (5e-324), which no field means.
 */
export function numberProblem(value: number): string | undefined {
  if (!Number.isFinite(value) || Math.abs(value) > MAX_INPUT_MAGNITUDE) {
    return `must be a number between -${MAX_INPUT_MAGNITUDE} and ${MAX_INPUT_MAGNITUDE}`;
  }
  if (value !== 0 && Math.abs(value) < 1e-6) return 'must be 0 or at least 0.000001 in size';
  return undefined;
}

/**
 * The problems of one request value, each naming its field the way class-validator does
 * (`languages.0.level`); `root` names the value itself (a path parameter, a CSV body). The walk
 * stops at the first problem of a branch that is too deep or too long, so it is bounded too.
 */
export function inputProblems(value: unknown, root: string): string[] {
  const problems: string[] = [];
  walk(value, '', 0, root, problems);
  return problems;
}

function walk(value: unknown, path: string, depth: number, root: string, out: string[]): void {
  const name = path || root;
  if (typeof value === 'string') {
    const problem = textProblem(value);
    if (problem) out.push(`${name} ${problem}`);
    return;
  }
  if (typeof value === 'number') {
    const problem = numberProblem(value);
    if (problem) out.push(`${name} ${problem}`);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  if (depth >= MAX_INPUT_DEPTH) {
    out.push(`${name} is nested too deeply (at most ${MAX_INPUT_DEPTH} levels)`);
    return;
  }
  if (Array.isArray(value)) {
    if (value.length > MAX_INPUT_ARRAY_LENGTH) {
      out.push(`${name} must hold at most ${MAX_INPUT_ARRAY_LENGTH} items`);
      return;
    }
    value.forEach((item, index) => walk(item, join(path, String(index)), depth + 1, root, out));
    return;
  }
  for (const [key, item] of Object.entries(value)) {
    const keyProblem = textProblem(key);
    if (keyProblem) {
      out.push(`a property name in ${name} ${keyProblem}`);
      continue;
    }
    walk(item, join(path, key), depth + 1, root, out);
  }
}

function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}
