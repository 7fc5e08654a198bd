// Saved reports (issue #25) in a real browser against a running `qingdan demo`: a report saved through the API is
// listed on the reports page, runs with its default parameter and with one changed, shows its rows as a table and a
// chart (a canvas, bar and line), downloads as CSV with the caller's key, and opens in GraphiQL with its document.
//
//   QINGDAN_URL=… QINGDAN_KEY=qd_… [QINGDAN_ADMIN_KEY=qd_…] QINGDAN_SHOTS=… node --test console/e2e/reports.test.mjs
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { chromium } from 'playwright-core';

const base = process.env.QINGDAN_URL ?? 'http://127.0.0.1:5080';
const key = process.env.QINGDAN_KEY;
const saver = process.env.QINGDAN_ADMIN_KEY ?? key;
const shots = process.env.QINGDAN_SHOTS ?? 'artifacts/test-results/console';
assert.ok(key, 'QINGDAN_KEY (an investigator key) is needed');
mkdirSync(shots, { recursive: true });

async function graphql(query, variables = {}, as = key) {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { authorization: `Bearer ${as}`, 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const json = await response.json();
  assert.ok(!json.errors, JSON.stringify(json.errors));
  return json.data;
}

const name = `e2e-awards-${Date.now()}`;
const reportQuery = `query AwardsPerAgency($kind: String = "procurement_award") {
  decisionStats(groupBy: [AGENCY], where: { kind: { eq: $kind } }, order: [{ aggregate: COUNT, direction: DESC }], first: 8) {
    agencyName
    count
    amount: sum(of: AMOUNT)
  }
}`;

let browser;
let page;
let expected;
const problems = [];

before(async () => {
  await graphql('mutation($n: String!, $q: String!, $d: String) { saveReport(name: $n, query: $q, description: $d) { id } }',
    { n: name, q: reportQuery, d: 'Awards per agency (e2e)' }, saver);
  expected = (await graphql(reportQuery)).decisionStats;
  assert.ok(expected.length > 0, 'the demo city has procurement awards');
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  page = await browser.newPage({ viewport: { width: 1400, height: 1000 }, locale: 'zh-CN', acceptDownloads: true });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  await page.goto(`${base}/#key=${key}`);
  await page.waitForSelector('#bar');
  await page.evaluate(() => localStorage.setItem('qingdan.lang', 'zh'));
  await page.reload();
});

after(async () => {
  await graphql('mutation($n: String!) { deleteReport(name: $n) }', { n: name }, saver).catch(() => {});
  await browser?.close();
});

const shot = (label) => page.screenshot({ path: `${shots}/${label}.png`, fullPage: true });

test('the reports page lists the saved report with its owner, and selecting it shows its parameter', async () => {
  await page.click('nav a[href="#/reports"]');
  const row = page.locator(`table.reports tr[data-report="${name}"]`);
  await row.waitFor();
  assert.match(await row.textContent(), /Awards per agency \(e2e\)/);
  await row.locator('a.report-link').click();
  await page.waitForSelector(`[data-report-detail="${name}"] input[data-parameter=kind]`);
  assert.equal(await page.inputValue('input[data-parameter=kind]'), 'procurement_award', 'the document\'s default fills the input');
});

test('Run shows the rows as a table and a chart on a canvas, bar and line', async () => {
  await page.click('form[data-form=run-report] button[data-action=run]');
  await page.waitForSelector('.report-run table.report-rows tbody tr');
  const headers = await page.locator('.report-run table.report-rows th').allTextContents();
  assert.equal(headers.length, 3, `three columns: ${headers}`);
  const rows = await page.locator('.report-run table.report-rows tbody tr').allTextContents();
  assert.equal(rows.length, expected.length);
  assert.ok(rows[0].includes(expected[0].agencyName) && rows[0].includes(String(expected[0].count)), `first row ${rows[0]}`);
  await page.waitForSelector('.report-run .report-chart canvas');
  const box = await page.locator('.report-run .report-chart canvas').first().boundingBox();
  assert.ok(box && box.width > 300 && box.height > 200, `the chart is drawn at a size: ${JSON.stringify(box)}`);
  await page.check('.report-run .chart-kind input[value=line]');
  await page.waitForTimeout(300);
  await shot('reports-run');
  assert.deepEqual(problems, []);
});

test('a changed parameter is sent with the run', async () => {
  await page.fill('input[data-parameter=kind]', 'no_such_kind');
  await page.click('form[data-form=run-report] button[data-action=run]');
  await page.waitForFunction(() => document.querySelector('.report-run table.report-rows tbody')?.textContent?.includes('无数据行'));
  await page.fill('input[data-parameter=kind]', 'procurement_award');
});

test('CSV downloads with the key and holds the rows', async () => {
  const failed = page.waitForSelector('.report-parameters .actions .error', { timeout: 30_000 }).then(async (e) => { throw new Error(`the download failed: ${await e.textContent()}`); },
    () => new Promise(() => {}));
  const [download] = await Promise.all([Promise.race([page.waitForEvent('download'), failed]), page.click('button[data-download=csv]')]);
  const text = readFileSync(await download.path(), 'utf8');
  assert.ok(text.includes(expected[0].agencyName), `the CSV has ${expected[0].agencyName}: ${text.slice(0, 200)}`);
  assert.ok(text.split('\n').filter(Boolean).length >= expected.length + 1, 'a header and a line per row');
});

test('Open in GraphiQL carries the report\'s document', async () => {
  const href = await page.getAttribute('a[data-action=graphiql]', 'href');
  const url = new URL(href, base);
  assert.equal(url.pathname, '/graphiql');
  assert.equal(url.searchParams.get('query'), reportQuery);
  const graphiql = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await graphiql.goto(`${base}/#key=${key}`);
  await graphiql.goto(url.toString());
  await graphiql.waitForFunction(() => document.querySelector('.graphiql-query-editor')?.textContent?.includes('AwardsPerAgency'), null, { timeout: 30_000 });
  await graphiql.close();
});
