// The review of near matches (admins): each resolution candidate's two source records side by side —
// every field, where each came from, how many links each has — the differences marked, and a decision
// same / different with a note (decideMatch), remembered for later ingests.

import { request } from '../api';
import { errorBox, h, loading, route, section, show } from '../components/dom';
import { graphql } from '../generated/gql';
import type { ReviewQuery } from '../generated/gql/graphql';
import { t } from '../i18n';

const ReviewQueryDocument = graphql(`
  query Review($first: Int) {
    resolutionCandidates(first: $first) {
      id reason createdAt differences
      a { ...ReviewRecord }
      b { ...ReviewRecord }
    }
  }
  fragment ReviewRecord on ResolutionRecord {
    id kind entity resolvedBy registry file line ref links
    name identifier identifierStatus birthDate birthMonth gender phone address listed regionCode industry status founded sectors extra
  }
`);

const ViewerRoleQuery = graphql(`
  query ReviewViewer { viewer { role } }
`);

const DecideMutation = graphql(`
  mutation DecideMatch($recordA: ID!, $recordB: ID!, $same: Boolean!, $note: String) {
    decideMatch(recordA: $recordA, recordB: $recordB, same: $same, note: $note) { entities openCandidates }
  }
`);

type Candidate = ReviewQuery['resolutionCandidates'][number];
type SourceRecord = NonNullable<Candidate['a']>;

// The compared fields, in the order of ResolutionCandidate.differences' names.
const fields = [
  ['name', 'reviewFieldName'], ['identifier', 'reviewFieldIdentifier'], ['identifierStatus', 'reviewFieldIdentifierStatus'],
  ['birthDate', 'reviewFieldBirthDate'], ['birthMonth', 'reviewFieldBirthMonth'], ['gender', 'reviewFieldGender'],
  ['phone', 'reviewFieldPhone'], ['address', 'reviewFieldAddress'], ['listed', 'reviewFieldListed'],
  ['regionCode', 'reviewFieldRegionCode'], ['industry', 'reviewFieldIndustry'], ['status', 'reviewFieldStatus'],
  ['founded', 'reviewFieldFounded'], ['sectors', 'reviewFieldSectors'], ['resolvedBy', 'reviewFieldResolvedBy'],
  ['extra', 'reviewFieldExtra'],
] as const;

function value(record: SourceRecord, field: (typeof fields)[number][0]): string {
  const v = record[field];
  return v === null || v === undefined ? '' : String(v);
}

function entityCell(record: SourceRecord): HTMLElement | string {
  return record.entity ? h('a', { href: route(`/entity/${record.entity}`), class: 'entity' }, record.entity) : '';
}

function pair(candidate: Candidate): HTMLElement {
  const { a, b } = candidate;
  if (!a || !b) return h('article', { class: 'card candidate' }, candidate.reason);
  const differs = new Set(candidate.differences);
  const rows = fields.map(([field, label]) => {
    const left = value(a, field);
    const right = value(b, field);
    if (!left && !right) return null;
    const marked = differs.has(field);
    return h('tr', { class: marked ? 'differs' : '', 'data-field': field },
      h('th', {}, t(label), marked ? h('span', { class: 'badge differs' }, t('reviewDiffers')) : null),
      h('td', {}, left), h('td', {}, right));
  });
  const note = h('textarea', { name: 'note', rows: 2, cols: 60, placeholder: t('reviewNote') });
  const outcome = h('p', { class: 'outcome' });
  const card = h('article', { class: 'card candidate', 'data-id': candidate.id, 'data-a': a.id, 'data-b': b.id });
  const decide = async (same: boolean) => {
    for (const button of card.querySelectorAll('button')) button.disabled = true;
    try {
      await request(DecideMutation, { recordA: a.id, recordB: b.id, same, note: note.value.trim() || null });
      card.classList.add('decided');
      card.dataset.decision = same ? 'same' : 'different';
      show(outcome, h('span', { class: 'badge decided' }, t(same ? 'reviewDecidedSame' : 'reviewDecidedDifferent')),
        note.value.trim() ? ` ${note.value.trim()}` : '');
      note.disabled = true;
    } catch (error) {
      show(outcome, errorBox(error));
      for (const button of card.querySelectorAll('button')) button.disabled = false;
    }
  };
  show(card,
    h('p', {}, h('strong', {}, `${t('reviewReason')}: `), candidate.reason, ' ', h('code', { class: 'muted' }, candidate.id)),
    h('table', { class: 'review' },
      h('thead', {}, h('tr', {}, h('th', {}, t('reviewField')), h('th', {}, `${t('reviewRecordA')} ${a.id}`), h('th', {}, `${t('reviewRecordB')} ${b.id}`))),
      h('tbody', {},
        rows,
        h('tr', { class: 'source' }, h('th', {}, t('reviewSource')),
          h('td', {}, `${a.registry} · ${a.file}:${a.line} · ${a.ref}`), h('td', {}, `${b.registry} · ${b.file}:${b.line} · ${b.ref}`)),
        h('tr', { class: 'links' }, h('th', {}, t('reviewLinks')), h('td', { 'data-links': a.links }, String(a.links)),
          h('td', { 'data-links': b.links }, String(b.links))),
        h('tr', { class: 'entity' }, h('th', {}, t('reviewEntity')), h('td', {}, entityCell(a)), h('td', {}, entityCell(b))))),
    h('div', { class: 'decide' }, note, ' ',
      h('button', { type: 'button', 'data-action': 'same', onclick: () => void decide(true) }, t('reviewSame')), ' ',
      h('button', { type: 'button', 'data-action': 'different', onclick: () => void decide(false) }, t('reviewDifferent'))),
    outcome);
  return card;
}

export async function renderReview(view: HTMLElement): Promise<void> {
  const list = h('div', { class: 'candidates' }, loading());
  show(view, section(t('reviewTitle'), h('p', { class: 'muted' }, t('reviewIntro'))), list);
  const role = await request(ViewerRoleQuery).then((d) => d.viewer.role, () => null);
  if (role !== 'ADMIN') {
    show(list, h('p', { class: 'muted' }, t('reviewAdminOnly')));
    return;
  }
  try {
    const candidates = (await request(ReviewQueryDocument, { first: 50 })).resolutionCandidates;
    show(list, candidates.length === 0 ? h('p', { class: 'muted' }, t('reviewNone')) : candidates.map(pair));
  } catch (error) {
    show(list, errorBox(error));
  }
}
