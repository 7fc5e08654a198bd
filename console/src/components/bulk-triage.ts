// Bulk triage: a status and a note applied at once to the findings ticked in a table (or to all of a case's).

import { t, word } from '../i18n';
import { errorBox, h, show } from './dom';

const statuses = ['open', 'in_progress', 'confirmed', 'dismissed'];

export type BulkApply = (status: string, note: string | null, findings: string[] | null) => Promise<number>;

/** The bar over a selectable findings table: status, note, "apply to selected" (and "apply to all" when allAllowed). */
export function bulkTriageBar(selected: () => string[], apply: BulkApply, allAllowed = false): HTMLElement {
  const status = h('select', { name: 'bulk-status' }, statuses.map((s) => h('option', { value: s }, word(s))));
  const note = h('input', { name: 'bulk-note', placeholder: t('note'), size: 30 });
  const result = h('span', { class: 'bulk-result' });
  const run = (findings: string[] | null) => {
    if (findings?.length === 0) {
      show(result, t('caseBulkNone'));
      return;
    }
    apply(status.value.toUpperCase(), note.value.trim() || null, findings).then(
      (count) => show(result, `${t('caseBulkDone')}: ${count}`),
      (error) => show(result, errorBox(error)));
  };
  return h('div', { class: 'bulk-triage', 'data-form': 'bulk-triage' },
    h('strong', {}, t('caseBulkTriage')), ' ', status, ' ', note, ' ',
    h('button', { type: 'button', 'data-action': 'bulk-selected', onclick: () => run(selected()) }, t('caseBulkApply')), ' ',
    allAllowed ? h('button', { type: 'button', 'data-action': 'bulk-all', onclick: () => run(null) }, t('caseBulkAll')) : null, ' ',
    result);
}
