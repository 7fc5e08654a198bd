// The investigator's day (issue #24 "Done when"), in a real browser against a running `qingdan demo`:
// the investigator finds an official the seed planted by typing the name — first in the list — watches
// them, puts their finding into a new case, opens the case that holds it, sees on the finding's timeline
// the days its conditions all held, and finds the inbox with the watch. (That a watched official's new
// finding reaches a webhook listener and a graphql-ws client within seconds of its sweep is the server's
// acceptance test, GraphQLWebSocketTests.)
//
//   QINGDAN_URL=… QINGDAN_KEY=qd_… QINGDAN_TRUTH=…/seed/truth.jsonl QINGDAN_SHOTS=… node --test console/e2e/day.test.mjs
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

/** A planted NL4 finding whose official's name is theirs alone in the city, with the days its conditions held. */
async function plantedNl4() {
  for (const planted of truth.filter((f) => f.rule === 'NL4' && f.official.id_number)) {
    const { search } = await graphql('query($q: String!) { search(text: $q, first: 5) { ... on Person { id name } } }', { q: planted.official.name });
    if (search.filter((p) => p.name === planted.official.name).length !== 1) continue;
    const data = await graphql(
      'query($c: String!) { findings(first: 5, where: { rule: { in: [NL4] }, company: { name: { eq: $c } } }) { nodes { id official { id name } heldDuring { from to } } } }',
      { c: planted.company.name });
    const found = data.findings.nodes.find((f) => f.official?.name === planted.official.name && f.heldDuring.length > 0);
    if (found) return { planted, finding: found };
  }
  return null;
}

let browser;
let page;
let chosen;
const problems = [];

before(async () => {
  chosen = await plantedNl4();
  assert.ok(chosen, `no planted NL4 finding with an unambiguous official in ${truthFile}`);
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  page = await browser.newPage({ viewport: { width: 1400, height: 1000 }, locale: 'zh-CN' });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  await page.goto(`${base}/#key=${key}`);
  await page.waitForSelector('#bar');
  await page.evaluate(() => localStorage.setItem('qingdan.lang', 'zh'));
  await page.reload();
});

after(async () => {
  await browser?.close();
});

const shot = (name) => page.screenshot({ path: `${shots}/${name}.png`, fullPage: true });

test('typing the official\'s name puts them first in the list', async () => {
  await page.fill('input[name=quick]', chosen.planted.official.name);
  await page.press('input[name=quick]', 'Enter');
  await page.waitForSelector('ul.hits li');
  const first = page.locator('ul.hits li').first();
  assert.equal(await first.getAttribute('data-id'), chosen.finding.official.id);
  await shot('d1-search-first');
});

test('the official is watched from their page and listed in the inbox', async () => {
  await page.goto(`${base}/#/entity/${chosen.finding.official.id}`);
  const button = page.locator('button[data-action=watch]');
  await page.waitForSelector('button[data-action=watch]:not([disabled])');
  if (!(await button.getAttribute('class')).includes('on')) await button.click();
  await page.waitForSelector('button[data-action=watch].on');
  await page.goto(`${base}/#/notifications`);
  await page.waitForSelector('ul.watches li');
  assert.match(await page.locator('ul.watches').textContent(), new RegExp(chosen.planted.official.name));
  assert.match(await page.locator('#view h1').textContent(), /通知/);
  assert.ok(await page.locator('nav a[href="#/notifications"]').count() === 1, 'the bar has no inbox tab');
  await shot('d2-inbox');
});

test('the finding goes into a new case, and the case holds it', async () => {
  await page.goto(`${base}/#/finding/${chosen.finding.id}`);
  await page.waitForSelector('details.add-to-case');
  await page.locator('details.add-to-case summary').click();
  const title = `核查 ${chosen.planted.official.name} ${Date.now()}`;
  await page.fill('details.add-to-case input[name=caseTitle]', title);
  await page.locator('details.add-to-case button[type=submit]').click();
  await page.waitForSelector('details.add-to-case a.case-link');
  await page.locator('details.add-to-case a.case-link').click();
  await page.waitForFunction((id) => document.querySelector('#view')?.textContent?.includes(id), chosen.finding.id);
  assert.match(await page.locator('#view').textContent(), new RegExp(title));
  await shot('d3-case');
});

test('the finding\'s timeline shades the days all its conditions held', async () => {
  await page.goto(`${base}/#/finding/${chosen.finding.id}`);
  await page.waitForSelector('#finding-timeline .vis-item.vis-range');
  const { from, to } = chosen.finding.heldDuring[0];
  assert.match(await page.locator('#finding-timeline').getAttribute('data-held'), new RegExp(`^${from}\\.\\.${to ?? ''}`));
  // A held run may be one day (a transaction's): the widest band is what the eye finds.
  const widths = await page.locator('#finding-timeline .vis-item.vis-background.held').evaluateAll((bands) => bands.map((b) => b.getBoundingClientRect().width));
  assert.equal(widths.length, chosen.finding.heldDuring.length, 'one shaded band per held run');
  assert.ok(Math.max(...widths) > 0, 'the held band is not drawn');
  await shot('d4-timeline');
  assert.deepEqual(problems, []);
});
