// Every vocabulary word the API returns, in both of the interface's languages: the schema's enums
// (typed by the generated types, so that a value added to the schema fails the build until it is
// named here) and the registries' words that travel as strings (relations, roles, transaction and
// decision kinds, variants, severity reasons), whose lists ConsoleVocabularyTests checks against
// the server's enums. i18n.ts reads them through word().

import type {
  DeliveryStatus, EntityKind, FindingEventKind, Gender, IdentifierStatus, IngestOutcome, LinkKind, NotificationKind, PersonalReportItemKind, ProcurementMethod,
  ReportTrigger, Role, Severity, TriageStatus,
} from './generated/gql/graphql';

/** A word's Chinese and English. */
type Pair = readonly [zh: string, en: string];
type Words<K extends string> = Readonly<Record<K, Pair>>;

// The schema's enums, by their lower case (the API serves IN_PROGRESS; the table keys in_progress).
const severity: Words<Lowercase<Severity>> = { high: ['高', 'high'], medium: ['中', 'medium'], low: ['低', 'low'] };
const triage: Words<Lowercase<TriageStatus>> = {
  open: ['待处理', 'open'], in_progress: ['处理中', 'in progress'], confirmed: ['已确认', 'confirmed'], dismissed: ['已排除', 'dismissed'],
};
const reportTrigger: Words<Lowercase<ReportTrigger>> = { manual: ['手动', 'manual'], schedule: ['定时', 'scheduled'] };
const gender: Words<Lowercase<Gender>> = { male: ['男', 'male'], female: ['女', 'female'] };
const identifier: Words<Lowercase<IdentifierStatus>> = { valid: ['有效', 'valid'], masked: ['已脱敏', 'masked'], invalid: ['校验不通过', 'invalid'] };
const method: Words<Lowercase<ProcurementMethod>> = {
  open: ['公开招标', 'open tender'], selective: ['邀请招标', 'selective tender'], limited: ['竞争性谈判', 'limited tender'], direct: ['单一来源', 'direct award'],
};
const outcome: Words<Lowercase<IngestOutcome>> = {
  committed: ['已提交', 'committed'], unchanged: ['未变化（相同文件已导入）', 'unchanged (the same files were ingested before)'],
  rolled_back: ['已回滚', 'rolled back'], failed: ['失败', 'failed'],
};
// Enums no console query reads yet (codegen generates only those read): ConsoleVocabularyTests checks them against the schema.
const batch: Words<string> = {
  running: ['进行中', 'running'], committed: ['已提交', 'committed'], rolled_back: ['已回滚', 'rolled back'], unchanged: ['未变化', 'unchanged'],
};
const mode: Words<string> = { delta: ['增量', 'delta'], snapshot: ['全量', 'snapshot'] };
const sweep: Words<string> = { succeeded: ['已完成', 'succeeded'], failed: ['失败', 'failed'] };
const trigger: Words<string> = { cli: ['命令行', 'command line'], schedule: ['定时', 'schedule'], api: ['接口', 'API'] };
const role: Words<Lowercase<Role>> = { admin: ['管理员', 'admin'], analyst: ['分析人员', 'analyst'], investigator: ['核查人员', 'investigator'] };
const entity: Words<Lowercase<EntityKind>> = { person: ['人员', 'person'], company: ['企业', 'company'], agency: ['机关', 'agency'], decision: ['决策', 'decision'] };
const event: Words<Lowercase<FindingEventKind>> = {
  detected: ['发现', 'detected'], resolved: ['已消失', 'resolved'], reappeared: ['再次出现', 'reappeared'], reopened: ['重新打开', 'reopened'],
  status: ['状态变更', 'status'], assigned: ['指派', 'assigned'], comment: ['批注', 'comment'], merged: ['合并', 'merged'],
};
const link: Words<Lowercase<LinkKind>> = {
  position: ['任职（公职）', 'position'], family: ['亲属', 'family'], associate: ['特定关系人', 'associate'], ownership: ['持股', 'ownership'],
  role: ['企业任职', 'role'], participation: ['参与决策', 'participation'], issued: ['作出决策', 'issued'], beneficiary: ['受益', 'beneficiary'],
  bid: ['投标', 'bid'], transaction: ['资金往来', 'transaction'],
};
const notification: Words<Lowercase<NotificationKind>> = {
  finding_new: ['新线索', 'new finding'], finding_reopened: ['线索重新打开', 'finding reopened'], finding_resolved: ['线索已消除', 'finding resolved'],
  fact: ['事实变更', 'facts changed'], report: ['定期报表', 'scheduled report'],
};
const delivery: Words<Lowercase<DeliveryStatus>> = { pending: ['待投递', 'pending'], delivered: ['已送达', 'delivered'], failed: ['投递失败', 'failed'] };
// What an item of a personal-matters report declares (the report form's 家庭成员 and 投资、任职 headings).
const reportItem: Words<Lowercase<PersonalReportItemKind>> = { relative: ['家庭成员', 'family member'], holding: ['投资', 'holding'], post: ['任职', 'post'] };

// The registries' words (RULES.md, mapping.md), as they travel: relations of R(o) and every family and associate word.
const relation: Words<string> = {
  self: ['本人', 'self'], spouse: ['配偶', 'spouse'], child: ['子女', 'child'], child_spouse: ['子女的配偶', "child's spouse"],
  parent: ['父母', 'parent'], sibling: ['兄弟姐妹', 'sibling'], parent_in_law: ['配偶的父母', 'parent-in-law'],
  sibling_in_law: ['配偶的兄弟姐妹或兄弟姐妹的配偶', 'sibling-in-law'], grandchild: ['孙子女', 'grandchild'], grandparent: ['祖父母', 'grandparent'],
  other_relative: ['其他亲属', 'other relative'],
  specific_related: ['特定关系人', 'specific related person'], business_partner: ['生意伙伴', 'business partner'], friend: ['朋友', 'friend'], other: ['其他', 'other'],
};
const companyRole: Words<string> = {
  legal_representative: ['法定代表人', 'legal representative'], chair: ['董事长', 'chair'], director: ['董事', 'director'], supervisor: ['监事', 'supervisor'],
  general_manager: ['总经理', 'general manager'], senior_manager: ['高级管理人员', 'senior manager'], employee: ['员工', 'employee'], consultant: ['顾问', 'consultant'],
};
const participation: Words<string> = { approver: ['审批人', 'approver'], signer: ['签发人', 'signer'], evaluator: ['评审人', 'evaluator'], handler: ['经办人', 'handler'] };
const transaction: Words<string> = {
  loan: ['借款', 'loan'], fundraising: ['集资', 'fundraising'], consulting_fee: ['咨询费', 'consulting fee'], intermediary_fee: ['中介费', 'intermediary fee'],
  gift: ['馈赠', 'gift'], asset_use: ['使用资产', 'use of assets'], payment: ['付款', 'payment'], contract: ['合同', 'contract'],
};
const decisionKind: Words<string> = {
  procurement_award: ['政府采购', 'procurement award'], bidding_award: ['招标投标', 'bidding award'], market_access: ['市场准入', 'market access'],
  investment_deal: ['招商引资', 'investment deal'], license: ['行政许可', 'licence'], license_review: ['许可审查', 'licence review'],
  project_approval: ['项目审批', 'project approval'], land_transfer: ['土地出让', 'land transfer'], market_supervision: ['市场监管', 'market supervision'],
  resource_development: ['资源开发', 'resource development'], credit: ['金融信贷', 'credit'], tax: ['税收', 'tax'], subsidy: ['财政补贴', 'subsidy'],
};
// The rules' variants (RULES.md: NL3 loan/fee/asset_use, NL4 benefit/business, NL5 shares/employment, NL9 role/ownership/transaction,
// REP undeclared_relative/undeclared_interest: 漏报, the word the regulation's 漏报、少报、隐瞒不报 starts with).
const variant: Words<string> = {
  loan: ['借款', 'loan'], fee: ['收费', 'fee'], asset_use: ['使用资产', 'use of assets'], benefit: ['谋利', 'benefit'], business: ['经营往来', 'business'],
  shares: ['持股', 'shares'], employment: ['任职', 'employment'], role: ['任职', 'role'], ownership: ['持股', 'ownership'], transaction: ['资金往来', 'transaction'],
  undeclared_relative: ['漏报亲属', 'undeclared relative'], undeclared_interest: ['漏报事项', 'undeclared interest'],
  // What a REP evidence path shows after the relation (self+undeclared).
  undeclared: ['漏报', 'undeclared'],
};
// The severity table's reasons (docs/severity.md).
const reason: Words<string> = {
  in_person: ['本人直接参与', 'the official in person'], close_relative: ['近亲属（配偶、子女及其配偶）', "close relative (spouse, child, child's spouse)"],
  large_amount: ['金额巨大', 'large amount'], notable_amount: ['金额较大', 'notable amount'], benefit: ['利益流向亲属一方', "value flowed to the relative's side"],
  direct_stake: ['直接持股', 'direct stake'], controlling_stake: ['控股（有效持股达到阈值）', 'controlling stake'], senior_post: ['担任高级职务', 'senior post'],
  nominal_post: ['挂名领薪', 'pay for a nominal post'], paid_concurrent_post: ['有偿兼职', 'paid concurrent post'], pay_above_peers: ['薪酬明显高于同行', 'pay above peers'],
  single_bidder: ['单一投标人', 'single bidder'], direct_or_limited_method: ['单一来源或竞争性谈判', 'direct or limited method'],
  several_paths: ['多条独立路径', 'several independent paths'], stake_or_post_in_beneficiary: ['亲属在受益企业任职或持股', 'a relative holds a post or stake in the beneficiary'],
  relative_left_out: ['报告未列出该亲属', 'the report does not list the relative'],
};

/** The vocabularies by name, for word(value, vocabulary). */
export const vocabularies = {
  severity, triage, gender, identifier, method, outcome, batch, mode, sweep, trigger, role, entity, event, link, notification, delivery,
  relation, companyRole, participation, transaction, decisionKind, variant, reason, reportTrigger, reportItem,
} as const;

export type Vocabulary = keyof typeof vocabularies;

// Without a vocabulary named, a word is looked up in this order (open is a triage status before a method).
const order: Vocabulary[] = [
  'triage', 'severity', 'gender', 'identifier', 'outcome', 'batch', 'sweep', 'trigger', 'mode', 'role', 'event', 'relation', 'companyRole',
  'participation', 'transaction', 'decisionKind', 'variant', 'reason', 'method', 'entity', 'link', 'notification', 'delivery', 'reportTrigger', 'reportItem',
];

/** The word's pair, or undefined for a word no vocabulary has. */
export function lookUp(key: string, vocabulary?: Vocabulary): Pair | undefined {
  const tables = vocabulary ? [vocabularies[vocabulary]] : order.map((v) => vocabularies[v]);
  for (const table of tables) {
    const pair = (table as Record<string, Pair>)[key];
    if (pair) return pair;
  }
  return undefined;
}
