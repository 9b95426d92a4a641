/** Flat CSV of chart rows: nested objects become `a.b` columns, lists are joined with `|`. */
export function toCsv(rows: ReadonlyArray<Record<string, unknown>>, suppressBelow: number): string {
  const flat = rows.map((r) => flatten(r));
  const columns = [...new Set(flat.flatMap((r) => Object.keys(r)))];
  const lines = [columns.join(',')];
  for (const r of flat) lines.push(columns.map((c) => cell(r[c], suppressBelow)).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

function flatten(value: Record<string, unknown>, prefix = ''): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (v !== null && typeof v === 'object' && !Array.isArray(v))
      Object.assign(out, flatten(v as Record<string, unknown>, key));
    else out[key] = v;
  }
  return out;
}

function cell(v: unknown, suppressBelow: number): string {
  if (v === undefined) return '';
  // A suppressed count reads `<5` in a spreadsheet rather than as an empty (zero-like) cell.
  if (v === null) return `<${suppressBelow}`;
  const text = Array.isArray(v)
    ? v
        .map((x) =>
          x !== null && typeof x === 'object'
            ? ((x as { label?: string; uri?: string; vacancyId?: string }).label ??
              (x as { vacancyId?: string }).vacancyId ??
              JSON.stringify(x))
            : String(x),
        )
        .join('|')
    : String(v);
  return /[",\r\n]/.test(text) || /^[=+\-@]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
