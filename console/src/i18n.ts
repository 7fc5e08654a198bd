// The interface speaks Simplified Chinese, the investigators' language, with English as a switch.
// Every text the console shows comes from this table; the data itself is shown as the registries
// state it.

import type { LinkKind } from './generated/gql/graphql';
import * as base from './texts/base';
import * as notifications from './texts/notifications';
import * as personalReports from './texts/personal-reports';
import * as cases from './texts/cases';
import * as reports from './texts/reports';
import * as search from './texts/search';
import * as timeline from './texts/timeline';
import { lookUp, vocabularies, type Vocabulary } from './vocabulary';

// Each feature keeps its texts in its own table (texts/); the interface reads them as one.
const zh = { ...base.zh, ...notifications.zh, ...cases.zh, ...search.zh, ...timeline.zh, ...reports.zh, ...personalReports.zh };

type Key = keyof typeof zh;

const en: Record<Key, string> = { ...base.en, ...notifications.en, ...cases.en, ...search.en, ...timeline.en, ...reports.en, ...personalReports.en };

const recordKindsZh: Record<string, string> = {
  people: '人员',
  companies: '企业',
  agencies: '机关',
  decisions: '决策',
  positions: '任职（公职）',
  family: '亲属关系',
  associates: '特定关系人',
  shareholdings: '持股',
  company_roles: '企业任职',
  decision_officials: '参与决策',
  bidders: '投标',
  transactions: '资金往来',
  reports: '个人有关事项报告',
  report_items: '报告事项',
};

/** A mapping's record kind (a bundle file: people, family…) in the interface's language, the file's name beside it. */
export function recordKind(kind: string): string {
  return language() === 'zh' && kind in recordKindsZh ? `${recordKindsZh[kind]}（${kind}）` : kind;
}

const languageKey = 'qingdan.lang';

export type Language = 'zh' | 'en';

export function language(): Language {
  return localStorage.getItem(languageKey) === 'en' ? 'en' : 'zh';
}

export function switchLanguage(): void {
  localStorage.setItem(languageKey, language() === 'zh' ? 'en' : 'zh');
  document.documentElement.lang = language() === 'zh' ? 'zh-CN' : 'en';
}

export function t(key: Key): string {
  return language() === 'zh' ? zh[key] : en[key];
}

// The labels the API draws people and companies outside the caller's scope with (docs/security.md "Scopes").
const outsideScopeZh: Record<string, string> = {
  'an official outside your scope': '辖区外的公职人员',
  'a person outside your scope': '辖区外人员',
  'a company outside your scope': '辖区外企业',
};

/** A redacted entity's label in the interface's language. */
export function outsideScope(label: string): string {
  return language() === 'zh' ? (outsideScopeZh[label] ?? '辖区外') : label;
}

/**
 * A vocabulary word the API returns (an enum such as IN_PROGRESS, a registry word such as spouse or
 * legal_representative, a path's spouse+shares) in the interface's language; vocabulary names the table
 * where a word means two things (OPEN: a triage status, or a procurement method). A word no table has is
 * shown as it came.
 */
export function word(value: string | null | undefined, vocabulary?: Vocabulary): string {
  if (!value) return '';
  const key = value.trim().toLowerCase();
  const pair = lookUp(key, vocabulary);
  if (pair) return language() === 'zh' ? pair[0] : pair[1];
  if (key.includes('+')) return key.split('+').map((part) => word(part)).join(' + ');
  if (key in zh) return t(key as Key);
  return value;
}

/** A list of vocabulary words, each in the interface's language. */
export function words(values: readonly string[], vocabulary?: Vocabulary, separator = language() === 'zh' ? '、' : ', '): string {
  return values.map((v) => word(v, vocabulary)).join(separator);
}

/** A link kind (OWNERSHIP…) in the interface's language. */
export function linkKind(kind: string): string {
  return word(kind, 'link');
}

export const linkKinds = Object.keys(vocabularies.link).map((k) => k.toUpperCase()) as LinkKind[];

export function isLinkKind(value: string): value is LinkKind {
  return (linkKinds as string[]).includes(value);
}
