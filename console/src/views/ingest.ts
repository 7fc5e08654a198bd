// The ingest page (admins): upload delivered files and a mapping, or pick an example; check the
// mapping (the headers found, the first rows as records, every problem); ingest; see the batch with
// its rejected rows.

import { request, upload } from '../api';
import { errorBox, h, loading, section, show } from '../components/dom';
import { graphql } from '../generated/gql';
import type { CheckQuery, IngestMutation, MappingExamplesQuery } from '../generated/gql/graphql';
import { recordKind, t, word } from '../i18n';

const ExamplesQuery = graphql(`
  query MappingExamples { mappingExamples { name description files } }
`);

const CheckQuery = graphql(`
  query Check($upload: ID, $example: String) {
    mappingCheck(upload: $upload, example: $example, rows: 3) {
      ok registry bundleId rejected rowsRead rowsFiltered records facts
      mappingProblems { file line reason }
      headers { location row cells }
      samples { location row records { name kind values { column value } } }
      problems(first: 200) { file line reason rejected }
    }
  }
`);

const IngestMutation = graphql(`
  mutation Ingest($upload: ID, $example: String, $allOrNothing: Boolean) {
    ingestUpload(upload: $upload, example: $example, allOrNothing: $allOrNothing) {
      status error nodes links rejected warnings seconds
      batch { id bundleId registry rowsRejected rejectedRows(first: 200) { file line reason raw } }
    }
  }
`);

type Check = CheckQuery['mappingCheck'];
type Ingested = IngestMutation['ingestUpload'];

export async function renderIngest(view: HTMLElement, params: URLSearchParams): Promise<void> {
  const state: { upload: string | null; example: string } = { upload: params.get('upload'), example: params.get('example') ?? '' };
  const head = section(t('ingestTitle'), h('p', { class: 'muted' }, t('ingestHelp')), loading());
  const result = h('div', { class: 'ingest-result' });
  show(view, head, result);
  let examples: MappingExamplesQuery['mappingExamples'];
  try {
    examples = (await request(ExamplesQuery)).mappingExamples;
  } catch (error) {
    show(head, h('h2', {}, t('ingestTitle')), errorBox(error));
    return;
  }

  const exampleSelect = h('select', { name: 'example' },
    h('option', { value: '' }, t('ingestNoExample')),
    examples.map((e) => h('option', { value: e.name, selected: e.name === state.example, title: e.description }, `${e.name} — ${e.files.join(', ')}`)));
  exampleSelect.addEventListener('change', () => { state.example = exampleSelect.value; });
  const files = h('input', { type: 'file', name: 'files', multiple: true, accept: '.xlsx,.xlsm,.csv,.txt,.yaml,.yml' });
  const uploaded = h('p', { class: 'uploaded muted' }, state.upload ? `${t('ingestUploaded')}: ${state.upload}` : '');
  const uploadButton = h('button', { type: 'button', 'data-action': 'upload' }, t('ingestUpload'));
  uploadButton.addEventListener('click', async () => {
    if (!files.files?.length) return;
    uploadButton.disabled = true;
    try {
      const answer = await upload([...files.files]);
      state.upload = answer.id;
      show(uploaded, `${t('ingestUploaded')}: `, h('code', { 'data-upload': answer.id }, answer.id), ' — ', answer.files.map((f) => `${f.name} (${f.bytes.toLocaleString()} B)`).join(', '));
    } catch (error) {
      show(uploaded, errorBox(error));
    } finally {
      uploadButton.disabled = false;
    }
  });
  const allOrNothing = h('input', { type: 'checkbox', name: 'allOrNothing' });
  const variables = () => ({ upload: state.upload, example: state.example || null });
  const checkButton = h('button', { type: 'button', 'data-action': 'check' }, t('ingestCheck'));
  const ingestButton = h('button', { type: 'button', 'data-action': 'ingest' }, t('ingestRun'));
  checkButton.addEventListener('click', () => void run(result, async () => renderCheck((await request(CheckQuery, variables())).mappingCheck)));
  ingestButton.addEventListener('click', () => void run(result, async () =>
    renderIngested((await request(IngestMutation, { ...variables(), allOrNothing: allOrNothing.checked })).ingestUpload)));

  show(head,
    h('h2', {}, t('ingestTitle')),
    h('p', { class: 'muted' }, t('ingestHelp')),
    h('form', { class: 'ingest', onsubmit: (event: Event) => event.preventDefault() },
      h('p', {}, h('label', {}, t('ingestFiles'), ' ', files), ' ', uploadButton),
      uploaded,
      h('p', {}, h('label', {}, t('ingestExample'), ' ', exampleSelect)),
      h('p', {}, checkButton, ' ', ingestButton, ' ', h('label', {}, allOrNothing, ' ', t('ingestAllOrNothing')))));

  async function run(target: HTMLElement, work: () => Promise<Node>): Promise<void> {
    if (!state.upload && !state.example) {
      show(target, h('div', { class: 'error', role: 'alert' }, t('ingestNothing')));
      return;
    }
    show(target, loading());
    try {
      show(target, await work());
    } catch (error) {
      show(target, errorBox(error));
    }
  }
}

function issuesTable(issues: Check['problems'], css: string): HTMLElement {
  return h('table', { class: css },
    h('thead', {}, h('tr', {}, [t('file'), t('row'), t('reason')].map((c) => h('th', {}, c)))),
    h('tbody', {}, issues.map((i) => h('tr', {}, h('td', {}, h('code', {}, i.file)), h('td', { class: 'num' }, i.line || ''), h('td', {}, i.reason)))));
}

function renderCheck(check: Check): Node {
  if (check.mappingProblems.length > 0) {
    return section(t('ingestMappingProblems'),
      h('ul', { class: 'mapping-problems', 'data-ok': 'false' }, check.mappingProblems.map((p) => h('li', {}, h('code', {}, p.line ? `${p.file}:${p.line}` : p.file), ' ', p.reason))));
  }

  // One table a kind, as `qingdan map check` prints them.
  const kinds = [...new Set(check.samples.flatMap((s) => s.records.map((r) => r.kind)))];
  const tables = kinds.map((kind) => {
    const rows = check.samples.flatMap((s) => s.records.filter((r) => r.kind === kind).map((r) => ({ at: `${s.location}:${s.row}`, record: r })));
    const columns = [...new Set(rows.flatMap((r) => r.record.values.map((v) => v.column)))];
    return h('div', { class: 'sample' },
      h('h3', {}, recordKind(kind)),
      h('table', { class: 'samples', 'data-kind': kind },
        h('thead', {}, h('tr', {}, h('th', {}, t('row')), h('th', {}, t('record')), columns.map((c) => h('th', {}, c)))),
        h('tbody', {}, rows.map((r) => h('tr', {},
          h('td', { class: 'nowrap' }, h('code', {}, r.at)), h('td', {}, r.record.name),
          columns.map((c) => h('td', {}, r.record.values.find((v) => v.column === c)?.value ?? '')))))));
  });
  const rejected = check.problems.filter((p) => p.rejected);
  const warnings = check.problems.filter((p) => !p.rejected);
  return h('div', { class: 'check', 'data-ok': String(check.ok) },
    section(`${check.registry} · ${check.bundleId}`,
      h('p', { class: check.ok ? 'ok' : 'error' }, check.ok ? t('ingestOk') : t('ingestNotOk')),
      h('p', { class: 'muted' }, `${check.rowsRead.toLocaleString()} ${t('ingestCounts')} · ${check.records.toLocaleString()} ${t('ingestRecords')} · ${check.facts.toLocaleString()} ${t('ingestFacts')}`),
      h('h3', {}, t('ingestHeaders')),
      h('ul', { class: 'headers' }, check.headers.map((hd) => h('li', {}, h('code', {}, `${hd.location} · ${t('row')} ${hd.row}`), ' ', hd.cells.filter(Boolean).join(' | ')))),
      h('h3', {}, t('ingestSamples')), tables,
      rejected.length ? [h('h3', {}, `${t('ingestProblems')} (${check.rejected})`), issuesTable(rejected, 'problems')] : null,
      warnings.length ? [h('h3', {}, `${t('ingestWarnings')} (${warnings.length})`), issuesTable(warnings, 'warnings')] : null));
}

function renderIngested(result: Ingested): Node {
  const batch = result.batch;
  return section(t('ingestResult'),
    h('p', { class: `ingest-status st-${result.status.toLowerCase()}`, 'data-status': result.status.toLowerCase() },
      h('strong', {}, word(result.status, 'outcome')), batch ? ` · ${batch.registry} · ${batch.bundleId} · ${batch.id}` : '',
      ` · ${result.nodes.toLocaleString()} ${t('ingestRecords')} · ${result.links.toLocaleString()} ${t('ingestFacts')} · ${result.seconds.toFixed(1)} s`),
    result.error ? h('pre', { class: 'error' }, result.error) : null,
    batch && batch.rejectedRows.length
      ? [h('h3', {}, `${t('ingestRejectedRows')} (${batch.rowsRejected})`),
        h('table', { class: 'rejected' },
          h('thead', {}, h('tr', {}, [t('file'), t('row'), t('reason')].map((c) => h('th', {}, c)))),
          h('tbody', {}, batch.rejectedRows.map((r) => h('tr', { title: r.raw }, h('td', {}, h('code', {}, r.file)), h('td', { class: 'num' }, r.line || ''), h('td', {}, r.reason)))))]
      : null);
}
