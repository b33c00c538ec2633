// Pure: the last valid day of evidence verified on `verifiedAt` and valid for `months` months.
// It is the day before the same date `months` later; from 31 January, one month runs to the end of February.
export function defaultExpiry(verifiedAt: string, months: number): string {
  const [y, m, d] = verifiedAt.split('-').map(Number);
  const anniversary = new Date(Date.UTC(y, m - 1 + months, d));
  const targetMonth = (((m - 1 + months) % 12) + 12) % 12;
  if (anniversary.getUTCMonth() !== targetMonth) anniversary.setUTCDate(0);
  else anniversary.setUTCDate(anniversary.getUTCDate() - 1);
  return anniversary.toISOString().slice(0, 10);
}
