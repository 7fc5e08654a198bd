import { word } from '../i18n';
import { h } from './dom';

export function severityBadge(severity: string): HTMLElement {
  return h('span', { class: `badge sev-${severity.toLowerCase()}` }, word(severity, 'severity'));
}

export function statusBadge(status: string): HTMLElement {
  const s = status.toLowerCase();
  return h('span', { class: `badge st-${s}`, 'data-status': s }, word(status, 'triage'));
}
