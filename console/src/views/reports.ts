// Saved reports (issue #25): the list; a report's parameters as inputs, Run, the result as tables and charts,
// downloads as CSV and xlsx, and the document opened in GraphiQL.

import { request } from '../api';
import { download } from '../components/case-export';
import { errorBox, h, loading, route, show } from '../components/dom';
import { dateTime } from '../components/format';
import { reportChart, type ChartTable } from '../components/report-chart';
import { graphql } from '../generated/gql';
import type { ReportsQuery, SavedReportQuery } from '../generated/gql/graphql';
import { language, t, word } from '../i18n';

const ReportsQueryDocument = graphql(`
  query Reports {
    reports { id name description owner schedule timeZone nextRunAt lastRun { startedAt trigger failed } }
  }
`);

const SavedReportQueryDocument = graphql(`
  query SavedReport($name: String!, $lang: String) {
    savedReport(name: $name) {
      id name description query variables owner schedule timeZone nextRunAt
      parameters { name type defaultValue required }
      downloads { csv xlsx }
      lastRun { id trigger runBy startedAt failed errors tables(lang: $lang) { name columns { path label numeric } rows } }
    }
  }
`);

const RunReportMutation = graphql(`
  mutation RunReport($name: String!, $variables: String, $lang: String) {
    runReport(name: $name, variables: $variables) {
      id trigger runBy startedAt failed errors tables(lang: $lang) { name columns { path label numeric } rows }
    }
  }
`);

type Report = NonNullable<SavedReportQuery['savedReport']>;
type Run = NonNullable<Report['lastRun']>;

export async function renderReports(view: HTMLElement, name: string | undefined): Promise<void> {
  const list = h('div', {}, loading());
  const detail = h('div', {});
  show(view, h('section', { class: 'card' }, h('h2', {}, t('reportsTitle')), h('p', { class: 'muted' }, t('reportsHelp')), list), detail);
  const listed = request(ReportsQueryDocument).then((d) => show(list, reportList(d.reports, name)), (error) => show(list, errorBox(error)));
  if (name) await renderReport(detail, name);
  await listed;
}

function reportList(reports: ReportsQuery['reports'], selected: string | undefined): HTMLElement {
  if (reports.length === 0) return h('p', { class: 'muted' }, t('reportsNone'));
  return h('table', { class: 'reports' },
    h('thead', {}, h('tr', {}, [t('reportName'), t('reportDescription'), t('reportOwner'), t('reportSchedule'), t('reportLastRun')].map((c) => h('th', {}, c)))),
    h('tbody', {}, reports.map((r) => h('tr', { 'data-report': r.name, class: r.name === selected ? 'selected' : undefined },
      h('td', {}, h('a', { href: route(`/reports/${encodeURIComponent(r.name)}`), class: 'report-link' }, r.name)),
      h('td', {}, r.description ?? ''),
      h('td', {}, r.owner),
      h('td', {}, r.schedule ? h('code', {}, r.schedule) : '', r.schedule && r.timeZone ? ` (${r.timeZone})` : '',
        r.nextRunAt ? h('div', { class: 'muted' }, `${t('reportNextRun')} ${dateTime(r.nextRunAt)}`) : null),
      h('td', {}, r.lastRun ? runLabel(r.lastRun) : h('span', { class: 'muted' }, t('reportNotRun')))))));
}

function runLabel(run: Pick<Run, 'startedAt' | 'trigger' | 'failed'>): string {
  const trigger = word(run.trigger, 'reportTrigger');
  return `${dateTime(run.startedAt)} · ${trigger}${run.failed ? ` · ${t('reportRunFailed')}` : ''}`;
}

const numericTypes = new Set(['Int', 'Float', 'Long', 'Decimal']);

/**
 * A parameter's text as a JSON variable, typed by its declared type: numbers and booleans as such, lists and input
 * objects parsed as JSON (a list also as comma-separated items), everything else (strings, enums, dates) as text.
 */
export function parameterValue(type: string, text: string): unknown {
  const base = type.replace(/[[\]!\s]/g, '');
  const scalar = (item: string): unknown => {
    if (numericTypes.has(base)) return base === 'Decimal' ? item : Number(item);
    if (base === 'Boolean') return item === 'true';
    return item;
  };
  if (type.trim().startsWith('[')) {
    try {
      return JSON.parse(text);
    } catch {
      return text.replace(/^\[|\]$/g, '').split(/[,，、]/).map((s) => s.trim().replace(/^"|"$/g, '')).filter(Boolean).map(scalar);
    }
  }
  if (text.trim().startsWith('{')) {
    try {
      return JSON.parse(text);
    } catch {
      return text;
    }
  }
  return scalar(text);
}

/** The text an input starts with: the saved variable if there is one, else the document's default (quotes dropped). */
function initialText(saved: Record<string, unknown>, parameter: Report['parameters'][number]): string {
  if (parameter.name in saved) {
    const value = saved[parameter.name];
    return typeof value === 'string' ? value : JSON.stringify(value);
  }
  return (parameter.defaultValue ?? '').replace(/^"(.*)"$/, '$1');
}

function parseObject(text: string | null | undefined): Record<string, unknown> {
  try {
    const value: unknown = text ? JSON.parse(text) : {};
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

async function renderReport(detail: HTMLElement, name: string): Promise<void> {
  show(detail, h('section', { class: 'card' }, loading()));
  let report: Report | null;
  try {
    report = (await request(SavedReportQueryDocument, { name, lang: language() })).savedReport ?? null;
  } catch (error) {
    show(detail, h('section', { class: 'card' }, errorBox(error)));
    return;
  }
  if (!report) {
    show(detail, h('section', { class: 'card' }, h('p', {}, `${t('notFound')}: ${name}`)));
    return;
  }
  const saved = parseObject(report.variables);
  const inputs = report.parameters.map((p) => {
    const initial = initialText(saved, p);
    const input = h('input', { name: `var-${p.name}`, 'data-parameter': p.name, value: initial, size: 24, required: p.required && !initial });
    return { parameter: p, input, initial };
  });
  /** The values the analyst changed, typed; the server merges them over the saved defaults. */
  const changed = () => Object.fromEntries(inputs.filter((i) => i.input.value.trim() !== i.initial && i.input.value.trim() !== '')
    .map((i) => [i.parameter.name, parameterValue(i.parameter.type, i.input.value.trim())]));
  const graphiql = h('a', { class: 'button', 'data-action': 'graphiql', target: '_blank', rel: 'noopener' }, t('reportOpenGraphiql'));
  const status = h('span', {});
  const result = h('div', { class: 'report-result' });
  const fileLink = (url: string) => {
    const target = new URL(url, location.origin);
    target.searchParams.set('lang', language());
    for (const i of inputs) {
      if (i.input.value.trim() !== i.initial && i.input.value.trim() !== '') target.searchParams.set(`var.${i.parameter.name}`, i.input.value.trim());
    }
    return target.pathname + target.search;
  };
  const fileButton = (kind: 'csv' | 'xlsx', url: string, label: string) => h('button', { type: 'button', 'data-download': kind, onclick: () => {
    download(fileLink(url), status).catch((error) => show(status, errorBox(error)));
  } }, label);
  const updateGraphiql = () => {
    const variables = { ...saved, ...changed() };
    const query = new URLSearchParams({ query: report.query });
    if (Object.keys(variables).length > 0) query.set('variables', JSON.stringify(variables, null, 2));
    graphiql.setAttribute('href', `/graphiql?${query}`);
  };
  updateGraphiql();
  const run = h('button', { type: 'submit', 'data-action': 'run' }, t('reportRun'));
  const form = h('form', { class: 'report-parameters', 'data-form': 'run-report', oninput: updateGraphiql },
    h('h3', {}, t('reportParameters')),
    inputs.length === 0 ? h('p', { class: 'muted' }, t('reportNoParameters')) : h('table', { class: 'parameters' },
      h('tbody', {}, inputs.map((i) => h('tr', {},
        h('th', {}, h('label', {}, i.parameter.name)),
        h('td', {}, i.input),
        h('td', { class: 'muted' }, h('code', {}, i.parameter.type), i.parameter.required ? ` · ${t('reportRequired')}` : ''))))),
    h('p', { class: 'actions' }, run, ' ', fileButton('csv', report.downloads.csv, t('reportDownloadCsv')), ' ',
      fileButton('xlsx', report.downloads.xlsx, t('reportDownloadXlsx')), ' ', graphiql, ' ', status));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const variables = changed();
    run.disabled = true;
    show(result, loading());
    request(RunReportMutation, { name: report.name, variables: Object.keys(variables).length ? JSON.stringify(variables) : null, lang: language() })
      .then((d) => show(result, runView(d.runReport)), (error) => show(result, errorBox(error)))
      .finally(() => { run.disabled = false; });
  });
  if (report.lastRun) show(result, runView(report.lastRun));
  show(detail, h('section', { class: 'card report', 'data-report-detail': report.name },
    h('h2', {}, report.name),
    report.description ? h('p', {}, report.description) : null,
    h('details', {}, h('summary', {}, 'GraphQL'), h('pre', { class: 'report-query' }, report.query)),
    form,
    result));
}

function runView(run: Run): HTMLElement {
  return h('div', { class: 'report-run', 'data-run': run.id },
    h('h3', {}, `${t('reportResult')} · ${runLabel(run)} · ${run.runBy}`),
    run.errors.length ? h('div', { class: 'error', role: 'alert' }, h('strong', {}, `${t('reportRunFailed')}：`), run.errors.join('; ')) : null,
    run.tables.map((table) => tableView(table)));
}

function tableView(table: ChartTable): HTMLElement {
  return h('div', { class: 'report-table', 'data-table': table.name },
    h('h4', {}, table.name),
    h('div', { class: 'scroll' }, h('table', { class: 'report-rows' },
      h('thead', {}, h('tr', {}, table.columns.map((c) => h('th', { title: c.path, class: c.numeric ? 'num' : undefined }, c.label)))),
      h('tbody', {}, table.rows.length === 0
        ? h('tr', {}, h('td', { colspan: Math.max(1, table.columns.length), class: 'muted' }, t('reportEmptyTable')))
        : table.rows.map((row) => h('tr', {}, row.map((cell, i) => h('td', { class: table.columns[i]?.numeric ? 'num' : undefined }, cell ?? ''))))))),
    h('h4', {}, t('reportChart')),
    reportChart(table));
}
