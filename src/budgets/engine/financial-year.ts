// Financial years (DESIGN §1 Prices, capacity, calendar: 1 April – 31 March), named '2025-26'.
const LABEL = /^(\d{4})-(\d{2})$/;

// The year the label starts in, or null when the label does not name two consecutive years ('2025-27', '2025/26').
export function financialYearStart(label: string): number | null {
  const match = LABEL.exec(label);
  if (!match) return null;
  const start = Number(match[1]);
  if (start < 2000 || start > 2098) return null;
  return (start + 1) % 100 === Number(match[2]) ? start : null;
}

// 1 April to 31 March, both inclusive.
export function financialYearRange(label: string): { from: string; to: string } | null {
  const start = financialYearStart(label);
  if (start === null) return null;
  return { from: `${start}-04-01`, to: `${start + 1}-03-31` };
}
