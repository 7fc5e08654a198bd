// The console in a real browser: Debian's Chromium driven by playwright-core against a running
// `qingdan demo`. An investigator searches for an official the seed planted, opens the finding,
// sees its evidence drawn, dismisses it and finds it dismissed after a reload; then the case file,
// the path finder, the network, the language switch and GraphiQL. Screenshots go to SHOTS.
//
//   QINGDAN_URL=http://127.0.0.1:5080 QINGDAN_KEY=qd_… QINGDAN_TRUTH=data/demo/seed/truth.jsonl \
//   QINGDAN_SHOTS=artifacts/test-results/console node --test console/e2e/
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { chromium } from 'playwright-core';

const base = process.env.QINGDAN_URL ?? 'http://127.0.0.1:5080';
const key = process.env.QINGDAN_KEY;
const shots = process.env.QINGDAN_SHOTS ?? 'artifacts/test-results/console';
const truthFile = process.env.QINGDAN_TRUTH ?? 'data/demo/seed/truth.jsonl';
assert.ok(key, 'QINGDAN_KEY (an investigator key) is needed');
mkdirSync(shots, { recursive: true });

// A planted NL5 finding: the official's identity number and name, the company's name.
const planted = readFileSync(truthFile, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line)).find((f) => f.rule === 'NL5' && f.official.id_number);
assert.ok(planted, `no NL5 finding in ${truthFile}`);

let browser;
let page;
const problems = [];

before(async () => {
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  page = await browser.newPage({ viewport: { width: 1400, height: 1000 }, locale: 'zh-CN' });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => { if (message.type() === 'error') problems.push(`console: ${message.text()}`); });
  page.on('response', (response) => { if (response.status() >= 400) problems.push(`HTTP ${response.status()} ${response.request().method()} ${response.url()}`); });
});

after(async () => {
  await browser?.close();
});

const shot = (name) => page.screenshot({ path: `${shots}/${name}.png`, fullPage: true });

test('a key in the link signs in and leaves the address bar', async () => {
  await page.goto(`${base}/#key=${key}`);
  await page.waitForSelector('table.findings tbody tr');
  assert.ok(!page.url().includes(key), 'the key stays in the address bar');
  assert.ok(await page.locator('table.findings tbody tr').count() > 0);
  assert.equal(await page.locator('#bar .tab.active').textContent(), '线索');
  await shot('01-findings-inbox');
});

// The URL changes before the view reloads: when it matches, the old table can still be shown, or the
// view can be loading. The old table is marked, and the test waits for a new one with rows.
const markStale = () => page.evaluate(() => document.querySelector('table.findings')?.setAttribute('data-stale', ''));
const freshRows = () => page.waitForSelector('table.findings:not([data-stale]) tbody tr');

test('the inbox filters by rule and by severity', async () => {
  await page.selectOption('select[name=rule]', 'NL5');
  await markStale();
  await page.click('form.filters button[type=submit]');
  await page.waitForURL(/rule=NL5/);
  await freshRows();
  const rules = await page.locator('table.findings tbody tr td:first-child').allTextContents();
  assert.ok(rules.length > 0 && rules.every((r) => r === 'NL5'), `rules shown: ${rules.join(',')}`);

  await page.selectOption('select[name=rule]', '');
  await page.selectOption('select[name=severity]', 'high');
  await markStale();
  await page.click('form.filters button[type=submit]');
  await page.waitForURL(/severity=high/);
  await freshRows();
  const rows = await page.locator('table.findings tbody tr').count();
  assert.ok(rows > 0);
  assert.equal(await page.locator('table.findings tbody tr .badge.sev-high').count(), rows);
});

let findingUrl;

test('search finds the planted official and the entity page lists the finding', async () => {
  await page.goto(`${base}/#/search`);
  await page.fill('input[name=q]', planted.official.id_number);
  await page.press('input[name=q]', 'Enter');
  await page.waitForSelector('ul.hits li');
  const hits = page.locator('ul.hits li');
  assert.equal(await hits.count(), 1);
  assert.match(await hits.first().textContent(), new RegExp(planted.official.name));
  await shot('02-search');
  await hits.first().locator('a.entity').click();
  await page.waitForSelector('table.findings tbody tr');
  assert.match(await page.locator('.entity-head h1').textContent(), new RegExp(planted.official.name));
  const row = page.locator('table.findings tbody tr', { hasText: planted.company.name }).filter({ hasText: 'NL5' });
  assert.ok(await row.count() >= 1, `no NL5 finding about ${planted.company.name} on the official's page`);
  await page.waitForSelector('.small-graph[data-nodes]');
  assert.ok(Number(await page.getAttribute('.small-graph', 'data-nodes')) > 1, 'the neighbourhood is not drawn');
  await shot('03-official');
  await row.first().locator('a.finding-link').click();
  await page.waitForSelector('#evidence-graph[data-links]');
  findingUrl = page.url();
});

test('the finding shows its evidence drawn, with sources', async () => {
  const nodes = Number(await page.getAttribute('#evidence-graph', 'data-nodes'));
  const links = Number(await page.getAttribute('#evidence-graph', 'data-links'));
  assert.ok(nodes >= 2 && links >= 1, `evidence drawn as ${nodes} nodes, ${links} links`);
  assert.equal(await page.locator('#evidence-graph canvas').count() > 0, true);
  const evidence = await page.locator('ol.evidence').textContent();
  assert.match(evidence, new RegExp(planted.company.name));
  assert.match(evidence, /\.csv:\d+/, 'evidence links carry their source rows');
  assert.match(await page.locator('blockquote.clause').textContent(), /（5）/);
  await shot('04-finding');
});

test('dismissing the finding survives a reload', async () => {
  await page.selectOption('form[data-form=triage] select[name=status]', 'dismissed');
  await page.fill('form[data-form=triage] input[name=note]', '浏览器测试：已核实，属正常持股');
  await page.click('form[data-form=triage] button[type=submit]');
  await page.waitForSelector('.entity-head [data-status=dismissed]');
  await page.reload();
  await page.waitForSelector('#evidence-graph[data-links]');
  assert.equal(await page.getAttribute('.entity-head .badge[data-status]', 'data-status'), 'dismissed');
  assert.match(await page.locator('table.history').textContent(), /浏览器测试/);
  assert.equal(page.url(), findingUrl);
  await shot('05-dismissed');
});

test('the case file prints the facts, the evidence, the clause and the history', async () => {
  await page.click('a[href^="#/case/"]');
  await page.waitForSelector('article.casefile ol.evidence');
  const text = await page.locator('article.casefile').textContent();
  for (const expected of [planted.official.name, planted.company.name, '（5）', '浏览器测试', planted.official.id_number]) {
    assert.ok(text.includes(expected), `the case file lacks ${expected}`);
  }
  await shot('06-case-file');
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('#bar').isVisible(), false, 'the menu bar is printed');
  await page.pdf({ path: `${shots}/case-file.pdf`, format: 'A4' });
  await page.emulateMedia({ media: 'screen' });
});

test('the path finder draws the paths from the official to the company', async () => {
  const official = await page.getAttribute('.casefile .entity-head a[href^="#/entity/p_"]', 'href');
  const company = await page.getAttribute('.casefile .entity-head a[href^="#/entity/c_"]', 'href');
  await page.goto(`${base}/#/paths?from=${official.split('/').pop()}&to=${company.split('/').pop()}&maxHops=4`);
  await page.waitForSelector('ol.paths[data-paths]');
  assert.ok(Number(await page.getAttribute('ol.paths', 'data-paths')) >= 1);
  assert.ok(Number(await page.getAttribute('.big-graph', 'data-links')) >= 1);
  assert.match(await page.locator('ol.paths').textContent(), /\.csv:\d+/);
  await shot('07-paths');
  await page.goto(`${base}/#/network/${official.split('/').pop()}`);
  await page.waitForSelector('.big-graph[data-nodes]');
  const before = Number(await page.getAttribute('.big-graph', 'data-nodes'));
  assert.ok(before > 1);
  await page.check('input[name=via][value=FAMILY]');
  await page.click('form.filters button[type=submit]');
  await page.waitForURL(/via=FAMILY/);
  await page.waitForSelector('.big-graph[data-nodes]');
  assert.ok(Number(await page.getAttribute('.big-graph', 'data-nodes')) <= before, 'the kind filter did not narrow the network');
  await shot('08-network');
});

test('English is a switch away', async () => {
  await page.click('[data-action=language]');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  assert.match(await page.locator('#bar nav').textContent(), /Findings/);
  await page.click('[data-action=language]');
  await page.waitForFunction(() => document.documentElement.lang === 'zh-CN');
});

test('GraphiQL is served from the bundle and answers with the same key', async () => {
  await page.goto(`${base}/graphiql`);
  await page.waitForSelector('.graphiql-container');
  await page.waitForSelector('.graphiql-execute-button');
  // The editors load their workers after the page: run the query once the editor shows it, and again if a
  // click landed before the editor was ready (a loaded two-core machine takes its time).
  await page.waitForFunction(() => document.querySelector('.graphiql-query-editor')?.textContent?.includes('decisionStats'), null, { timeout: 60_000 });
  const answered = () => page.waitForFunction(() => document.querySelector('.graphiql-response')?.textContent?.includes('agencyName'), null, { timeout: 20_000 });
  let attempts = 0;
  for (;;) {
    attempts += 1;
    await page.click('.graphiql-execute-button');
    try { await answered(); break; } catch (error) {
      if (attempts === 3) {
        await shot('09-graphiql-unanswered');
        const response = await page.locator('.graphiql-response').textContent().catch(() => '(no response pane)');
        throw new Error(`GraphiQL did not answer after ${attempts} runs; the response pane shows: ${response?.slice(0, 400)}`, { cause: error });
      }
    }
  }
  await shot('09-graphiql');
});

test('an admin brings a bank statement in through its mapping, then sees the rejected rows of a bad export', async () => {
  const admin = process.env.QINGDAN_ADMIN_KEY;
  const examples = process.env.QINGDAN_EXAMPLES ?? '../examples/mappings';
  assert.ok(admin, 'QINGDAN_ADMIN_KEY (an admin key) is needed for the ingest page');
  await page.goto(`${base}/#key=${admin}&/ingest`);
  await page.waitForSelector('form.ingest select[name=example]');
  assert.equal(await page.locator('#bar .tab.active').textContent(), '导入');
  assert.ok(await page.locator('select[name=example] option[value=bank]').count() === 1, 'the examples are offered');

  await page.setInputFiles('form.ingest input[name=files]', [`${examples}/bank/bank.yaml`, `${examples}/bank/个人账户流水.xlsx`]);
  await page.click('[data-action=upload]');
  await page.waitForSelector('.uploaded code[data-upload]');
  await page.click('[data-action=check]');
  await page.waitForSelector('.check[data-ok=true]');
  assert.match(await page.locator('ul.headers').textContent(), /个人账户流水\.xlsx!交易流水 · 行 2/);
  assert.match(await page.locator('table.samples[data-kind=transactions]').textContent(), /loan/);
  await shot('10-ingest-check');
  await page.click('[data-action=ingest]');
  await page.waitForSelector('.ingest-status[data-status=committed]');
  assert.match(await page.locator('.ingest-status').textContent(), /bank-zj-2026/);

  // An export with a word no vocabulary has: the check names the row and the column, the ingest keeps the row.
  const folder = mkdtempSync(join(tmpdir(), 'qingdan-e2e-'));
  writeFileSync(join(folder, 'e2e.yaml'), [
    'registry: e2e-delivered',
    'tables:',
    '  - file: 家属名单.csv',
    '    records:',
    '      official: { kind: people, ref: [干部编号], fields: { name: 干部姓名 } }',
    '      relative: { kind: people, ref: [家属编号], fields: { name: 家属姓名 } }',
    '      tie: { kind: family, fields: { person_ref: { record: official }, relative_ref: { record: relative }, relation: { column: 称谓, map: relation } } }',
    ''].join('\n'));
  writeFileSync(join(folder, '家属名单.csv'), '干部编号,干部姓名,家属编号,家属姓名,称谓\ne1,测试干部,r1,测试配偶,妻子\ne1,测试干部,r2,测试表哥,表哥\n');
  await page.setInputFiles('form.ingest input[name=files]', [join(folder, 'e2e.yaml'), join(folder, '家属名单.csv')]);
  await page.click('[data-action=upload]');
  await page.waitForFunction(() => document.querySelector('.uploaded')?.textContent?.includes('家属名单.csv'));
  await page.click('[data-action=check]');
  await page.waitForSelector('.check[data-ok=false]');
  assert.match(await page.locator('table.problems').textContent(), /称谓: '表哥' is not in the vocabulary relation/);
  await page.click('[data-action=ingest]');
  await page.waitForSelector('.ingest-status[data-status=committed]');
  const rejected = await page.locator('table.rejected tbody tr').allTextContents();
  assert.equal(rejected.length, 1);
  assert.match(rejected[0], /家属名单\.csv.*3.*表哥/);
  await shot('11-ingest-rejected');
});

test('no page errors, console errors or refused content on the way', () => {
  assert.deepEqual(problems, []);
});
