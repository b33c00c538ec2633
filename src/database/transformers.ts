import { ValueTransformer } from 'typeorm';

// bigint pence columns come back from pg as strings; pence stay well inside Number.MAX_SAFE_INTEGER.
export const pence: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

// numeric columns (percentages, hours) are kept as exact decimal strings, trimmed of trailing zeros.
export const decimalString: ValueTransformer = {
  to: (value: string | null | undefined) => value,
  from: (value: string | null) =>
    value === null ? null : value.includes('.') ? value.replace(/\.?0+$/, '') : value,
};
