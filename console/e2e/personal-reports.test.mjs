// Personal-matters reports (个人有关事项报告, rule REP) in a real browser against a running `qingdan demo`: a planted
// REP finding whose report leaves a relative out links to the report, the report page marks the undeclared
// interest and the unlisted relative as differences and a declared interest not, in Chinese and in English, the
// official's page lists the same report, and an unknown report or one outside the key's scope is said so.
// Read-only: it triages nothing.
//
//   QINGDAN_URL=… QINGDAN_KEY=qd_… QINGDAN_TRUTH=…/seed/truth.jsonl QINGDAN_SHOTS=… node --test console/e2e/personal-reports.test.mjs
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { chromium } from 'playwright-core';

const base = process.env.QINGDAN_URL ?? 'http://127.0.0.1:5080';
const key = process.env.QINGDAN_KEY;
const shots = process.env.QINGDAN_SHOTS ?? 'artifacts/test-results/console';
const truthFile = process.env.QINGDAN_TRUTH ?? 'data/demo/seed/truth.jsonl';
assert.ok(key, 'QINGDAN_KEY (an investigator key) is needed');
mkdirSync(shots, { recursive: true });

const truth = readFileSync(truthFile, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line));

async function graphql(query, variables = {}) {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const json = await response.json();
  assert.ok(!json.errors, JSON.stringify(json.errors));
  return json.data;
}

const ReportQuery = `query($id: ID!) { report(id: $id) {
  id reportDate person { id }
  items { shown } covered { person { id } listed }
  interests { person { id } company { id } declared }
} }`;

/**
 * A planted REP finding whose only variant is undeclared_relative (so every report behind it leaves the relative
 * out), with the first of its reports, which must also declare some other interest (to be shown unmarked).
 */
async function plantedUndeclaredRelative() {
  for (const planted of truth.filter((f) => f.rule === 'REP' && f.variants.length === 1 && f.variants[0] === 'undeclared_relative')) {
    const data = await graphql(
      'query($c: String!) { findings(first: 5, where: { rule: { in: [REP] }, company: { name: { eq: $c } } }) { nodes { id variants official { id name } company { id name } reports { id reportDate } } } }',
      { c: planted.company.name });
    const finding = data.findings.nodes.find((f) => f.official?.name === planted.official.name && f.reports.length > 0);
    if (!finding) continue;
    const report = (await graphql(ReportQuery, { id: finding.reports[0].id })).report;
    const interest = report.interests.find((i) => i.company.id === finding.company.id);
    const declared = report.interests.find((i) => i.declared);
    if (interest && declared) return { planted, finding, report, interest, declared };
  }
  return null;
}

let browser;
let page;
let chosen;
const problems = [];

before(async () => {
  chosen = await plantedUndeclaredRelative();
  assert.ok(chosen, `no planted REP undeclared_relative finding with a report that also declares an interest in ${truthFile}`);
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  page = await browser.newPage({ viewport: { width: 1400, height: 1000 }, locale: 'zh-CN' });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => { if (message.type() === 'error') problems.push(`console: ${message.text()}`); });
  page.on('response', (response) => { if (response.status() >= 400) problems.push(`HTTP ${response.status()} ${response.request().method()} ${response.url()}`); });
  await page.goto(`${base}/#key=${key}`);
  await page.waitForSelector('#bar');
  await page.evaluate(() => localStorage.setItem('qingdan.lang', 'zh'));
});

after(async () => {
  await page?.evaluate(() => localStorage.setItem('qingdan.lang', 'zh')).catch(() => {});
  await browser?.close();
});

const shot = (name) => page.screenshot({ path: `${shots}/${name}.png`, fullPage: true });

/** Opens an address afresh: a hash change right after a load races the page's first render. */
async function open(path) {
  await page.goto(`${base}/#${path}`);
  await page.reload();
}

/** The view's text without what is English or code on purpose (the clause's translation, registry rows, ids). */
const chineseText = () => page.evaluate(() => {
  const copy = document.querySelector('#view').cloneNode(true);
  for (const english of copy.querySelectorAll('[lang=en], code')) english.remove();
  return copy.textContent;
});

/** Interests left out, covered persons not listed, items not borne out: as the API answers. */
const differenceCount = (report) =>
  report.interests.filter((i) => !i.declared).length + report.covered.filter((c) => !c.listed).length + report.items.filter((i) => !i.shown).length;

const reportHead = (id) => `.entity-head[data-report="${id}"]`;
const interestRow = () => page.locator(`table.report-interests tr[data-company="${chosen.interest.company.id}"][data-person="${chosen.interest.person.id}"]`);
const relativeRow = () => page.locator(`table.report-covered tr[data-person="${chosen.interest.person.id}"]`);
const declaredRow = () => page.locator(`table.report-interests tr[data-company="${chosen.declared.company.id}"][data-person="${chosen.declared.person.id}"]`);

test('the REP finding names its reports and its regulation, and its report link opens the report', async () => {
  const { finding, report } = chosen;
  await open(`/finding/${finding.id}`);
  await page.waitForSelector('table.finding-reports a.report-link');
  const linked = await page.locator('table.finding-reports tr[data-report]').evaluateAll((rows) => rows.map((r) => r.dataset.report));
  assert.deepEqual(linked, finding.reports.map((r) => r.id));
  assert.match(await page.locator('blockquote.clause .regulation').textContent(), /《领导干部报告个人有关事项规定.*》第 4 条/);
  assert.match(await page.locator('.entity-head').textContent(), /漏报亲属/);
  assert.ok(await page.locator('ol.evidence a.report-link').count() >= 1, 'the evidence path does not name its report');
  await shot('r1-rep-finding');

  await page.click(`table.finding-reports tr[data-report="${report.id}"] a.report-link`);
  await page.waitForURL(new RegExp(`#/report/${report.id}$`));
  await page.waitForSelector(`${reportHead(report.id)}`);
  await page.waitForSelector('table.report-interests');
});

test('the report page marks the undeclared interest and the unlisted relative, and leaves a declared interest unmarked', async () => {
  const { finding, report } = chosen;
  const head = await page.locator(reportHead(report.id)).textContent();
  assert.match(head, new RegExp(report.reportDate));
  // The head counts every difference the API reports.
  assert.equal(Number(await page.getAttribute(`${reportHead(report.id)} .report-differences`, 'data-differences')), differenceCount(report));

  const interest = interestRow();
  assert.equal(await interest.count(), 1, 'the undeclared interest is not listed');
  assert.match(await interest.getAttribute('class'), /differs/);
  assert.equal(await interest.locator('[data-check]').getAttribute('data-check'), 'undeclared');
  assert.match(await interest.textContent(), /漏报/);
  assert.match(await interest.textContent(), /\d{4}-\d{2}-\d{2} – /, 'the interest has no validity');
  assert.match(await interest.locator('.sources').textContent(), /company\/(shareholdings|company_roles)\.csv:\d+/, 'the interest has no registry row');
  assert.equal(await interest.locator('a.finding-link').getAttribute('href'), `#/finding/${finding.id}`);

  const relative = relativeRow();
  assert.equal(await relative.count(), 1, 'the relative is not among the persons the report must cover');
  assert.equal(await relative.getAttribute('data-listed'), 'false');
  assert.match(await relative.getAttribute('class'), /differs/);
  assert.match(await relative.textContent(), /未列出/);

  const declared = declaredRow();
  assert.equal(await declared.getAttribute('data-declared'), 'true');
  assert.doesNotMatch((await declared.getAttribute('class')) ?? '', /differs/);
  assert.equal(await declared.locator('[data-check]').getAttribute('data-check'), 'same');
  assert.match(await declared.textContent(), /已报告/);

  // The official is always listed; the report's own row and the legend are there.
  assert.equal(await page.getAttribute(`table.report-covered tr[data-person="${report.person.id}"]`, 'data-listed'), 'true');
  assert.match(await page.locator('.report-facts').textContent(), /reports\.csv:\d+/);
  assert.match(await page.locator('.report-legend').textContent(), /漏报.*未列出.*登记未显示/s);
  assert.ok(await page.locator(`table.report-findings tr[data-finding="${finding.id}"] a[href="#/finding/${finding.id}"]`).count() === 1, 'the finding is not listed');

  const text = await chineseText();
  const raw = text.match(/\b(self|spouse|child|child_spouse|undeclared_relative|undeclared_interest|relative|holding|post|ownership|role|legal_representative|chair|director|supervisor|general_manager|senior_manager|listed|declared)\b/);
  assert.equal(raw, null, `a raw English word on the Chinese report page: ${raw?.[0]}`);
  await shot('r2-report-zh');
});

test('the English interface says the same in English', async () => {
  await page.click('[data-action=language]');
  await page.waitForSelector(`${reportHead(chosen.report.id)}`);
  await page.waitForFunction(() => document.documentElement.lang === 'en' && document.querySelector('.report-legend')?.textContent.includes('differ'));
  assert.match(await page.locator('#view h1').textContent(), /Personal-matters report/);
  assert.match(await interestRow().textContent(), /not declared/);
  assert.match(await relativeRow().textContent(), /not listed/);
  assert.match(await declaredRow().textContent(), /declared/);
  assert.match(await page.locator('table.report-covered').textContent(), /self/);
  assert.match(await page.locator(`table.report-findings tr[data-finding="${chosen.finding.id}"]`).textContent(), /undeclared relative/);
  assert.match(await page.locator('table.report-items').textContent(), /family member/);
  const view = await page.locator('#view').textContent();
  assert.doesNotMatch(view, /漏报|未列出|已报告|本人|配偶|子女/, 'Chinese interface words in the English interface');
  await shot('r3-report-en');
  await page.click('[data-action=language]');
  await page.waitForFunction(() => document.documentElement.lang === 'zh-CN');
});

test('the official\'s page lists their reports, the same one linked with its differences', async () => {
  const { report } = chosen;
  await open(`/entity/${report.person.id}`);
  await page.waitForSelector('table.personal-reports');
  const row = page.locator(`table.personal-reports tr[data-report="${report.id}"]`);
  assert.equal(await row.count(), 1, 'the report is not on the official\'s page');
  assert.equal(await row.locator('a.report-link').getAttribute('href'), `#/report/${report.id}`);
  assert.equal(Number(await row.locator('.report-differences').getAttribute('data-differences')), differenceCount(report));
  assert.match(await row.textContent(), /漏报/);
  const days = await page.locator('table.personal-reports a.report-link').allTextContents();
  assert.deepEqual(days, [...days].sort(), 'the reports are not by day');
  await page.locator('table.personal-reports').scrollIntoViewIfNeeded();
  await shot('r4-official-reports');
  await row.locator('a.report-link').click();
  await page.waitForSelector(`${reportHead(report.id)}`);
});

test('the inbox filters REP', async () => {
  await open('/findings?rule=REP');
  await page.waitForSelector('table.findings tbody tr');
  assert.equal(await page.inputValue('select[name=rule]'), 'REP');
  const rules = await page.locator('table.findings tbody tr td:first-child').allTextContents();
  assert.ok(rules.length > 0 && rules.every((r) => r === 'REP'), `rules shown: ${rules.join(',')}`);
  assert.ok(await page.locator('table.stats tbody th', { hasText: 'REP' }).count() === 1, 'no REP row in the rule × severity table');
});

test('an unknown report, and one outside the key\'s scope, are said so', async () => {
  await open('/report/pr_999999999');
  await page.waitForSelector('#view .error');
  assert.match(await page.locator('#view .error').textContent(), /未找到.*pr_999999999/);

  // The demo's key sees every region; the server's refusal (docs/security.md "Scopes") is played back as it answers.
  await page.route('**/graphql', async (route) => {
    if (!route.request().postData()?.includes('query PersonalReport')) return route.fallback();
    await route.fulfill({
      status: 200,
      contentType: 'application/graphql-response+json; charset=utf-8',
      body: JSON.stringify({
        errors: [{ message: `${chosen.report.id} is outside your scope (440803).`, extensions: { code: 'FORBIDDEN_SCOPE', codes: ['FORBIDDEN_SCOPE'] } }],
        data: { report: null },
      }),
    });
  });
  await open(`/report/${chosen.report.id}`);
  await page.waitForSelector('#view .error[data-code=FORBIDDEN_SCOPE]');
  const message = await page.locator('#view .error').textContent();
  assert.match(message, /不在当前密钥的辖区内/);
  assert.match(message, new RegExp(`${chosen.report.id} is outside your scope`));
  await shot('r5-report-outside-scope');
  await page.unroute('**/graphql');
});

test('the pages raised no error', () => {
  assert.deepEqual(problems, []);
});
