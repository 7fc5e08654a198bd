// The timeline and the console in two languages, in a real browser against a running `qingdan demo`:
// a planted NL5 finding through a marriage and a stake shows its bars and the shaded days on which all
// its conditions held, a bar leads to its source rows, the official's page has its own timeline,
// vocabulary words are Chinese in the Chinese interface and English in the English one, times read
// 2026-12-02 06:58, and the evidence graph runs from the official on the left to the company on the right.
//
//   QINGDAN_URL=… QINGDAN_KEY=qd_… QINGDAN_TRUTH=…/seed/truth.jsonl QINGDAN_SHOTS=… node --test console/e2e/timeline.test.mjs
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
// console.test.mjs dismisses the first planted NL5 finding; this file reads others and changes nothing.
const theirs = truth.find((f) => f.rule === 'NL5' && f.official.id_number);

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

/** A planted NL5 "shares" finding through a spouse whose stake started after the marriage and the post. */
async function plantedMarriageAndStake() {
  for (const planted of truth.filter((f) => f.rule === 'NL5' && f.variants.includes('shares') && f !== theirs)) {
    const data = await graphql(
      'query($c: String!) { findings(first: 5, where: { rule: { in: [NL5] }, company: { name: { eq: $c } } }) { nodes { id relations official { id name } heldDuring { from to } } } }',
      { c: planted.company.name });
    const found = data.findings.nodes.find((f) => f.official?.name === planted.official.name && f.relations.includes('spouse') && f.heldDuring.length === 1 && f.heldDuring[0].from);
    if (found) return { planted, finding: found };
  }
  return null;
}

let browser;
let page;
let chosen;
const problems = [];

before(async () => {
  chosen = await plantedMarriageAndStake();
  assert.ok(chosen, `no planted NL5 finding through a spouse's stake in ${truthFile}`);
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  page = await browser.newPage({ viewport: { width: 1400, height: 1000 }, locale: 'zh-CN' });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => { if (message.type() === 'error') problems.push(`console: ${message.text()}`); });
  await page.goto(`${base}/#key=${key}`);
  await page.waitForSelector('#bar');
  await page.evaluate(() => localStorage.setItem('qingdan.lang', 'zh'));
});

after(async () => {
  await browser?.close();
});

const shot = (name) => page.screenshot({ path: `${shots}/${name}.png`, fullPage: true });

/** The view's text without what is English on purpose (the clause's working translation). */
const chineseText = () => page.evaluate(() => {
  const copy = document.querySelector('#view').cloneNode(true);
  for (const english of copy.querySelectorAll('[lang=en]')) english.remove();
  return copy.textContent;
});

async function useLanguage(language) {
  await page.evaluate((l) => localStorage.setItem('qingdan.lang', l), language);
  await page.reload();
}

async function openFinding() {
  await page.goto(`${base}/#/finding/${chosen.finding.id}`);
  await page.reload();
  await page.waitForSelector('#finding-timeline .vis-item.vis-range');
  await page.waitForSelector('#evidence-graph[data-layout]');
}

test('the finding\'s timeline draws its bars and shades the days all its conditions held', async () => {
  await openFinding();
  const box = page.locator('#finding-timeline');
  const bars = Number(await box.getAttribute('data-bars'));
  assert.ok(bars >= 3, `${bars} bars: the post, the marriage and the stake at least`);
  const { from, to } = chosen.finding.heldDuring[0];
  assert.equal(await box.getAttribute('data-held'), `${from}..${to ?? ''}`);
  for (const lane of ['position', 'relation', 'holding']) {
    assert.ok(await page.locator(`#finding-timeline .vis-item.bar-${lane}`).count() >= 1, `no ${lane} bar`);
  }
  // The band begins on the day the last condition began: the stake's first day, where its bar begins.
  const band = await page.locator('#finding-timeline .vis-item.vis-background.held').boundingBox();
  assert.ok(band && band.width > 2, 'the held band is not drawn');
  const lefts = await page.locator('#finding-timeline .vis-item.vis-range').evaluateAll((items) => items.map((i) => i.getBoundingClientRect().left));
  assert.ok(lefts.some((x) => Math.abs(x - band.x) <= 2), `no bar starts where the band does (${band.x}: ${lefts.join(', ')})`);
  // Still holding: the band runs to today, as open bars do.
  if (!to) assert.match(await page.locator('#finding-timeline .vis-item.open-end').first().getAttribute('class'), /open-end/);
  assert.match(await page.locator('#finding-timeline .timeline-legend').textContent(), /各项条件同时成立/);
  await shot('t1-finding-timeline');
});

test('a bar leads to the registry rows behind it', async () => {
  await page.locator('#finding-timeline .vis-item.bar-holding').first().click();
  await page.waitForSelector('#finding-timeline .timeline-sources .sources code');
  const text = await page.locator('#finding-timeline .timeline-sources').textContent();
  assert.match(text, /来源/);
  assert.match(text, /\.csv:\d+/, 'the sources name the file and row');
  assert.match(text, new RegExp(chosen.planted.company.name));
  await shot('t2-bar-sources');
});

test('the evidence graph runs from the official on the left to the company on the right, filling its panel', async () => {
  const box = await page.locator('#evidence-graph').boundingBox();
  assert.ok(box.width > 600, `the graph is ${box.width}px wide`);
  const placed = await page.evaluate(() => {
    const container = document.querySelector('#evidence-graph');
    const cy = container && container._cyreg && container._cyreg.cy;
    if (!cy) return null;
    const focus = cy.nodes('.focus');
    const xs = cy.nodes().map((n) => n.renderedPosition('x'));
    return { official: focus.first().renderedPosition('x'), company: focus.last().renderedPosition('x'), min: Math.min(...xs), max: Math.max(...xs), width: container.clientWidth };
  });
  assert.ok(placed, 'no graph drawn');
  assert.equal(placed.official, placed.min, 'the official is not leftmost');
  assert.equal(placed.company, placed.max, 'the company is not rightmost');
  assert.ok(placed.max - placed.min > placed.width * 0.6, `the path spans ${placed.max - placed.min} of ${placed.width}px`);
});

test('vocabulary words are Chinese in the Chinese interface, and times read 2026-12-02 06:58', async () => {
  const head = await page.locator('.entity-head').textContent();
  assert.match(head, /配偶/, 'the relation is not in Chinese');
  assert.match(head, /持股/, 'the variant is not in Chinese');
  assert.match(head, /\d{4}-\d{2}-\d{2} \d{2}:\d{2}(?!:)/, 'first seen is not written 2026-12-02 06:58');
  const main = await chineseText();
  const raw = main.match(/\b(spouse|child_spouse|shares|employment|in_person|close_relative|direct_stake|controlling_stake|legal_representative|general_manager|in_progress|dismissed|confirmed)\b/);
  assert.equal(raw, null, `a raw English vocabulary word on the Chinese page: ${raw?.[0]}`);
  for (const cell of await page.locator('table.history td.nowrap').allTextContents()) assert.match(cell, /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
  await page.goto(`${base}/#/findings`);
  await page.waitForSelector('table.findings tbody tr');
  const inbox = await chineseText();
  assert.equal(inbox.match(/\b(spouse|child|parent|sibling|high|medium|low|open)\b/), null, 'raw English words in the Chinese inbox');
  // A day is typed as it is written, whatever the browser's locale.
  await page.goto(`${base}/#/paths?from=${chosen.finding.official.id}`);
  await page.waitForSelector('input[name=asOf]');
  assert.equal(await page.getAttribute('input[name=asOf]', 'placeholder'), '2026-12-02');
});

test('the English interface says the same words in English', async () => {
  await page.evaluate(() => localStorage.setItem('qingdan.lang', 'en'));
  await openFinding();
  assert.equal(await page.evaluate(() => localStorage.getItem('qingdan.lang')), 'en');
  const head = await page.locator('.entity-head').textContent();
  assert.match(head, /spouse/);
  assert.match(head, /shares/);
  assert.doesNotMatch(head, /配偶/);
  assert.match(await page.locator('#finding-timeline .timeline-legend').textContent(), /all the conditions held/);
  await shot('t3-finding-en');
  await page.evaluate(() => localStorage.setItem('qingdan.lang', 'zh'));
});

test('the official\'s page has a timeline of posts, relations, holdings and roles', async () => {
  await useLanguage('zh');
  await page.goto(`${base}/#/entity/${chosen.finding.official.id}`);
  // A hash change after the reload races the page's first render; load the person's page afresh, as openFinding does.
  await page.reload();
  await page.waitForSelector('#person-timeline .vis-item', { state: 'attached' });
  const bars = Number(await page.getAttribute('#person-timeline', 'data-bars'));
  assert.ok(bars >= 2, `${bars} bars on the official's timeline`);
  assert.ok(await page.locator('#person-timeline .vis-item.bar-position').count() >= 1, 'no post drawn');
  assert.ok(await page.locator('#person-timeline .vis-item.bar-relation').count() >= 1, 'no relation drawn');
  const lanes = await page.locator('#person-timeline .vis-label').allTextContents();
  assert.ok(lanes.some((l) => l.includes('职务')), `lanes: ${lanes.join(', ')}`);
  await page.locator('#person-timeline .vis-item.bar-relation').first().click();
  await page.waitForSelector('#person-timeline .timeline-sources .sources code');
  assert.match(await page.locator('#person-timeline .timeline-sources').textContent(), /\.csv:\d+/);
  await shot('t4-person-timeline');
});

test('the case file still prints, and the pages raised no error', async () => {
  await page.goto(`${base}/#/case/${chosen.finding.id}`);
  await page.waitForSelector('article.casefile ol.evidence');
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path: `${shots}/timeline-case-file.pdf`, format: 'A4' });
  await page.emulateMedia({ media: 'screen' });
  assert.deepEqual(problems, []);
});
