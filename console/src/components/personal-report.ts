// Personal-matters reports (个人有关事项报告) as more than one page lists them: the differences between a report
// and the registries on its day counted and shown as badges, and an official's reports a line each.

import { graphql } from '../generated/gql';
import type { PersonalReportLineFragment } from '../generated/gql/graphql';
import { t } from '../i18n';
import { h, route } from './dom';

graphql(`
  fragment PersonalReportLine on PersonalReport {
    id registry ref reportDate submittedDate
    items { shown }
    covered { listed }
    interests { declared }
    findings { id }
  }
`);

/** What a report leaves out or states beyond the registries on its day. */
export interface ReportDifferences {
  /** Holdings and senior posts on record that no item declares. */
  undeclared: number;
  /** Spouses, children and children's spouses the report must cover and does not list. */
  unlisted: number;
  /** Items the registries do not bear out on the report day. */
  notShown: number;
}

export function reportDifferences(report: {
  items: readonly { shown: boolean }[];
  covered: readonly { listed: boolean }[];
  interests: readonly { declared: boolean }[];
}): ReportDifferences {
  return {
    undeclared: report.interests.filter((i) => !i.declared).length,
    unlisted: report.covered.filter((c) => !c.listed).length,
    notShown: report.items.filter((i) => !i.shown).length,
  };
}

/** The differences as badges (漏报 2 · 未列出 1…), only the kinds there are; a report that matches says so. */
export function differenceBadges(d: ReportDifferences): HTMLElement {
  const counts = [
    ['undeclared', d.undeclared, t('reportUndeclared')],
    ['unlisted', d.unlisted, t('reportUnlisted')],
    ['not-shown', d.notShown, t('reportNotShown')],
  ] as const;
  const present = counts.filter(([, n]) => n > 0);
  return h('span', { class: 'report-differences', 'data-differences': present.reduce((sum, [, n]) => sum + n, 0) },
    present.length === 0
      ? h('span', { class: 'badge report-same' }, t('reportNoDifferences'))
      : present.map(([kind, n, label]) => h('span', { class: `badge report-diff diff-${kind}`, 'data-difference': kind }, `${label} ${n}`)));
}

/** A person's reports by report day: each links to its page beside the registries, with its differences and findings. */
export function personalReportsTable(reports: readonly PersonalReportLineFragment[]): HTMLElement {
  if (reports.length === 0) return h('p', { class: 'muted' }, t('personalReportsNone'));
  return h('table', { class: 'facts personal-reports' },
    h('thead', {}, h('tr', {}, [t('reportDay'), t('reportSubmitted'), t('reportRegistry'), t('reportRef'), t('reportDifferences'), t('findings')].map((c) => h('th', {}, c)))),
    h('tbody', {}, reports.map((r) => h('tr', { 'data-report': r.id },
      h('td', { class: 'nowrap' }, h('a', { href: route(`/report/${r.id}`), class: 'report-link' }, r.reportDate)),
      h('td', { class: 'nowrap' }, r.submittedDate ?? '—'),
      h('td', {}, r.registry),
      h('td', {}, h('code', {}, r.ref)),
      h('td', {}, differenceBadges(reportDifferences(r))),
      h('td', { class: 'num' }, r.findings.length)))));
}
