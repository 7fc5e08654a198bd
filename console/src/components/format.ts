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

const pad = (n: number) => String(n).padStart(2, '0');

/** A moment (a DateTime, ISO 8601) as the console writes every one: 2026-12-02 06:58, local time. */
export function dateTime(value: string | Date | null | undefined): string {
  if (!value) return '';
  const d = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(d.getTime())) return String(value);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** A day as 2026-12-02: a Date as it comes, a DateTime as its local day. */
export function date(value: string | Date | null | undefined): string {
  if (!value) return '';
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  return dateTime(value).slice(0, 10);
}

/** A field for a day, typed as the console writes days (2026-12-02) whatever the browser's locale. */
export function dayInput(name: string, value: string): HTMLInputElement {
  const input = document.createElement('input');
  Object.assign(input, { type: 'text', name, value, placeholder: '2026-12-02', pattern: '\\d{4}-\\d{2}-\\d{2}', size: 11, inputMode: 'numeric' });
  input.title = 'YYYY-MM-DD';
  return input;
}
