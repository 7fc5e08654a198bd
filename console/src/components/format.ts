// How values read in the console: validity periods, amounts as stated, shares as percentages.

export function validity(from: string | null | undefined, to: string | null | undefined): string {
  if (!from && !to) return '—';
  return `${from ?? '…'} – ${to ?? '…'}`;
}

export function amount(value: string | number | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  const n = Number(value);
  return Number.isFinite(n) ? n.toLocaleString(undefined, { maximumFractionDigits: 2 }) : String(value);
}

export function share(value: number | null | undefined): string {
  return value === null || value === undefined ? '' : `${(value * 100).toFixed(value < 0.01 ? 2 : 1)}%`;
}
