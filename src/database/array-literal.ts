// PostgreSQL array literals (PostgreSQL manual §8.15.6) written as one string, for parameters of many elements:
// node-postgres escapes an array element by element (~1.3 MB of short-lived strings for 1,000 attendance marks).

// Uuids, dates, enum labels and integers: they need no quoting.
export function bareArray(values: readonly (string | number | null)[]): string {
  return `{${(values.includes(null) ? values.map((v) => v ?? 'NULL') : values).join(',')}}`;
}

// Text: quoted, with its backslashes and double quotes escaped.
export function textArray(values: readonly (string | null)[]): string {
  return `{${values.map((v) => (v === null ? 'NULL' : `"${v.replace(/[\\"]/g, '\\$&')}"`)).join(',')}}`;
}
