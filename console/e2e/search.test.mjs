// Ranked search and the review of near matches in a real browser (Chromium, playwright-core) against a
// running `qingdan demo`. An investigator types a planted official's name and finds them first, marked
// as an official with findings, with the reason shown; an admin ingests a hotline record with the same
// name (no identity number, no birth date: a near match), reviews it side by side on #/review and
// decides it is a different person; after a reload it has left the list.
//
//   QINGDAN_URL=… QINGDAN_KEY=qd_… QINGDAN_ADMIN_KEY=qd_… QINGDAN_TRUTH=DIR/seed/truth.jsonl node --test e2e/search.test.mjs
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { chromium } from 'playwright-core';

const base = process.env.QINGDAN_URL ?? 'http://127.0.0.1:5080';
const key = process.env.QINGDAN_KEY;
const adminKey = process.env.QINGDAN_ADMIN_KEY;
const shots = process.env.QINGDAN_SHOTS ?? 'artifacts/test-results/console';
const truthFile = process.env.QINGDAN_TRUTH ?? 'data/demo/seed/truth.jsonl';
assert.ok(key, 'QINGDAN_KEY (an investigator key) is needed');
assert.ok(adminKey, 'QINGDAN_ADMIN_KEY (an admin key) is needed');
mkdirSync(shots, { recursive: true });

// A planted NL9 finding (console.test.mjs works on an NL5 one): the official's name, the company's.
const planted = readFileSync(truthFile, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line))
  .filter((f) => f.rule === 'NL9' && f.official.id_number).at(-1);
assert.ok(planted, `no NL9 finding in ${truthFile}`);
const name = planted.official.name;

let browser;
const problems = [];

before(async () => {
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
});

after(async () => {
  await browser?.close();
  assert.deepEqual(problems, []);
});

async function signedIn(token) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, locale: 'zh-CN' });
  const page = await context.newPage();
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('response', (response) => { if (response.status() >= 400) problems.push(`HTTP ${response.status()} ${response.url()}`); });
  await page.goto(`${base}/#key=${token}`);
  await page.waitForSelector('table.findings tbody tr');
  return page;
}

test('typing a planted official\'s name finds them first, marked, with the reason', async () => {
  const page = await signedIn(key);
  await page.goto(`${base}/#/search`);
  await page.fill('input[name=q]', name);
  await page.press('input[name=q]', 'Enter');
  await page.waitForSelector('ul.hits.ranked li');
  const first = page.locator('ul.hits.ranked li').first();
  assert.match(await first.locator('a.entity').textContent(), new RegExp(name));
  assert.equal(await first.locator('.badge.mark-official').count(), 1, 'the first hit is not marked as an official');
  assert.equal(await first.locator('.badge.mark-findings').count(), 1, 'the first hit is not marked as having findings');
  assert.equal(await first.locator('.reason').getAttribute('data-match'), 'exact');
  assert.match(await first.locator('.reason .badge').textContent(), /姓名\/名称 · 完全一致/);
  await page.screenshot({ path: `${shots}/search-01-ranked.png`, fullPage: true });
  await first.locator('a.entity').click();
  await page.waitForSelector('table.findings tbody tr');
  assert.ok(await page.locator('table.findings tbody tr', { hasText: planted.company.name }).count() >= 1,
    `the first hit's page lists no finding about ${planted.company.name}`);

  await page.goto(`${base}/#/search?q=${encodeURIComponent(name.slice(0, 1))}`);
  await page.waitForSelector('ul.hits.ranked li');
  assert.equal(await page.locator('ul.hits.ranked li .reason').first().getAttribute('data-match'), 'prefix');
  await page.locator('[data-action=language]').click();
  await page.waitForSelector('ul.hits.ranked li');
  assert.match(await page.locator('ul.hits.ranked li .reason .badge').first().textContent(), /name · starts with/);
  await page.locator('[data-action=language]').click();
  await page.context().close();
});

test('an admin reviews a near match side by side and decides it; it leaves the list', async () => {
  const run = Date.now();
  const phone = `136${String(run).slice(-8)}`;
  const form = new FormData();
  form.append('files', new Blob([[
    'registry: hotline', 'source: 12345热线', 'as_of: 2026-06-30', 'mode: delta', `id: hotline-e2e-${run}`, 'tables:',
    '  - file: "来电.csv"', '    records:', '      caller:', '        kind: people', '        ref: [编号]', '        fields:',
    '          name: 姓名', '          phone: 电话', '          address: 地址', ''].join('\n')]), 'hotline.yaml');
  form.append('files', new Blob([`编号,姓名,电话,地址\nh${run},${name},${phone},湛江市霞山区人民大道南1号\n`]), '来电.csv');
  const uploaded = await fetch(`${base}/ingest/uploads`, { method: 'POST', headers: { Authorization: `Bearer ${adminKey}` }, body: form });
  assert.equal(uploaded.status, 201);
  const { id } = await uploaded.json();
  const ingested = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${adminKey}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ query: `mutation { ingestUpload(upload: "${id}") { status } }` }),
  }).then((r) => r.json());
  assert.equal(ingested.data.ingestUpload.status, 'COMMITTED');

  const page = await signedIn(adminKey);
  await page.locator('#bar a.tab', { hasText: '疑似同一' }).click();
  await page.waitForSelector('.candidates article.candidate');
  const card = page.locator('article.candidate', { hasText: phone }).first();
  await card.waitFor();
  const candidate = await card.getAttribute('data-id');
  assert.ok(await card.locator('tr.differs[data-field=phone]').count() === 1, 'the differing phone is not highlighted');
  assert.match(await card.locator('tr.source').textContent(), /hotline · 来电\.csv:2/);
  assert.equal(await card.locator('tr.links td').count(), 2);
  assert.match(await card.locator('tbody tr[data-field=name]').textContent(), new RegExp(`${name}.*${name}`));
  await page.screenshot({ path: `${shots}/search-02-review.png`, fullPage: true });
  await card.locator('textarea[name=note]').fill('来电人不是该干部');
  await card.locator('button[data-action=different]').click();
  await card.locator('.badge.decided').waitFor();
  assert.equal(await card.getAttribute('data-decision'), 'different');

  await page.reload();
  await page.waitForSelector('.candidates article.candidate, .candidates p.muted');
  assert.equal(await page.locator(`article.candidate[data-id="${candidate}"]`).count(), 0, 'the decided candidate is still listed');
  await page.context().close();
});
