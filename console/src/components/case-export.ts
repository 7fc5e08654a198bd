// The case list's files (GET /cases.csv, /cases.xlsx) need the key in a header, so they are fetched and handed to the
// browser as a download rather than linked.

import { ApiError, currentKey } from '../api';
import { language, t } from '../i18n';
import { errorBox, h, show } from './dom';

/** Fetches a file with the key and hands it to the browser as a download (also the reports page's CSV and xlsx). */
export async function download(path: string, status: HTMLElement): Promise<void> {
  const response = await fetch(path, { headers: { Authorization: `Bearer ${currentKey() ?? ''}` } });
  if (!response.ok) {
    const answer = (await response.json().catch(() => null)) as { error?: string } | null;
    throw new ApiError(answer?.error ?? `HTTP ${response.status}`, response.status);
  }
  const name = /filename="([^"]+)"/.exec(response.headers.get('Content-Disposition') ?? '')?.[1] ?? path.slice(1).split('?')[0];
  const url = URL.createObjectURL(await response.blob());
  const link = h('a', { href: url, download: name, class: 'no-print' });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  show(status, '');
}

/** The two export buttons for the list as filtered by params (status, assignee, title). */
export function exportButtons(params: URLSearchParams): HTMLElement {
  const query = new URLSearchParams();
  for (const name of ['status', 'assignee', 'title']) if (params.get(name)) query.set(name, params.get(name)!);
  query.set('lang', language());
  const status = h('span', {});
  const button = (kind: 'csv' | 'xlsx', label: string) => h('button', { type: 'button', 'data-export': kind, onclick: () => {
    download(`/cases.${kind}?${query}`, status).catch((error) => show(status, errorBox(error)));
  } }, label);
  return h('p', { class: 'exports' }, button('csv', t('caseExportCsv')), ' ', button('xlsx', t('caseExportXlsx')), ' ', status);
}
