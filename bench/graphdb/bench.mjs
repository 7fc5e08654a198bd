// Kuzu beside the snapshot and the rule engine (issue #22): loads `qingdan export neo4j`'s CSV files into a
// fresh embedded Kuzu database, answers the engine's questions (`qingdan-bench graphdb-answers`' JSON) for the
// same pairs and day, times each, and compares the answers pair by pair. Exits 1 when any answer differs.
//
// node bench.mjs --export DIR --engine engine-answers.json [--db DIR] [--rounds 3] [--nl5-rounds 1] [--out FILE]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import kuzu from 'kuzu';
import { load } from './load.mjs';
import * as Q from './queries.mjs';

const argv = process.argv.slice(2);
const arg = (name, fallback) => (argv.indexOf(name) >= 0 ? argv[argv.indexOf(name) + 1] : fallback);
const exportDir = arg('--export');
const engineFile = arg('--engine');
if (!exportDir || !engineFile) {
  console.error('usage: node bench.mjs --export DIR --engine FILE [--db DIR] [--rounds 3] [--nl5-rounds 1] [--out FILE]');
  process.exit(2);
}

const dbDir = arg('--db', path.join(os.tmpdir(), `qingdan-kuzu-${process.pid}`));
const rounds = Number(arg('--rounds', '3'));
const nl5Rounds = Number(arg('--nl5-rounds', '1'));
const outFile = arg('--out');
const engine = JSON.parse(fs.readFileSync(engineFile, 'utf8'));
const { day, maxHops } = engine;

const ms = (start) => Number(process.hrtime.bigint() - start) / 1e6;
const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
};
const mean = (values) => values.reduce((s, v) => s + v, 0) / values.length;
const fixed = (v, d = 3) => (v >= 100 ? v.toFixed(1) : v.toFixed(d));

fs.rmSync(dbDir, { recursive: true, force: true });
const database = new kuzu.Database(dbDir);
const connection = new kuzu.Connection(database);
const load1 = () => os.loadavg().map((l) => l.toFixed(1)).join(' ');
console.log(`kuzu ${kuzu.VERSION ?? ''} database ${dbDir} (${os.cpus().length} cores, load average ${load1()}); loading ${exportDir}`);
const loadStart = process.hrtime.bigint();
const loaded = await load(connection, exportDir, (line) => console.log(line));
const loadSeconds = ms(loadStart) / 1000;
const linkCount = Object.entries(loaded.counts).filter(([t]) => t !== 'Entity').reduce((s, [, n]) => s + n, 0);
const n = (v) => v.toLocaleString('en');
console.log(`kuzu load: ${n(loaded.counts.Entity)} nodes, ${n(linkCount)} links in ${loadSeconds.toFixed(1)} s ` +
  `(${Math.round(linkCount / loadSeconds).toLocaleString('en')} links/s); snapshot: ${engine.snapshot.nodes.toLocaleString('en')} nodes, ` +
  `${engine.snapshot.links.toLocaleString('en')} links, loaded in ${engine.snapshot.loadSeconds.toFixed(1)} s`);
const failures = [];
if (loaded.counts.Entity !== engine.snapshot.nodes || linkCount !== engine.snapshot.links) {
  failures.push(`counts differ: kuzu ${loaded.counts.Entity} nodes ${linkCount} links, ` +
    `snapshot ${engine.snapshot.nodes} nodes ${engine.snapshot.links} links`);
}

const rows = async (statement, params) => {
  const result = params ? await connection.execute(statement, params) : await connection.query(statement);
  return (Array.isArray(result) ? result.at(-1) : result).getAll();
};
const pathStatement = await connection.prepare(Q.shortestPath(day, maxHops));
const hop2Statement = await connection.prepare(Q.neighbourhood(day, 2));
const hop3Statement = await connection.prepare(Q.neighbourhood(day, 3));
for (const statement of [pathStatement, hop2Statement, hop3Statement]) {
  if (!statement.isSuccess()) throw new Error(statement.getErrorMessage());
}

// A pair of one node has a path of no links; the Cypher pattern asks for at least one.
const questions = {
  path: async (pair) => (pair.from === pair.to ? 0 : Number((await rows(pathStatement, { a: pair.from, b: pair.to }))[0]?.hops ?? -1)),
  hop2: async (pair) => Number((await rows(hop2Statement, { a: pair.from }))[0]?.n ?? 0),
  hop3: async (pair) => Number((await rows(hop3Statement, { a: pair.from }))[0]?.n ?? 0),
};

// Warm-up over every pair (as the engine's side had), then rounds; a pair's time is its fastest round.
const pairs = engine.pairs.map((pair) => ({ ...pair, kuzu: {}, kuzuMs: {} }));
for (const pair of pairs) {
  for (const ask of Object.values(questions)) await ask(pair);
}

for (let round = 0; round < rounds; round++) {
  for (const pair of pairs) {
    for (const [name, ask] of Object.entries(questions)) {
      const start = process.hrtime.bigint();
      const answer = await ask(pair);
      const took = ms(start);
      pair.kuzu[name] = answer;
      pair.kuzuMs[name] = round === 0 ? took : Math.min(pair.kuzuMs[name], took);
    }
  }
}

const summary = {};
for (const name of Object.keys(questions)) {
  const differ = pairs.filter((p) => p.kuzu[name] !== p[name]);
  for (const p of differ) failures.push(`${name} ${p.from} → ${p.to} (${p.source}): snapshot ${p[name]}, kuzu ${p.kuzu[name]}`);
  const snapshot = pairs.map((p) => p[`${name}Ms`]);
  const graph = pairs.map((p) => p.kuzuMs[name]);
  const ratios = pairs.map((p) => p.kuzuMs[name] / Math.max(p[`${name}Ms`], 1e-4));
  summary[name] = {
    agree: pairs.length - differ.length, pairs: pairs.length,
    snapshotMean: mean(snapshot), snapshotP95: quantile(snapshot, 0.95),
    kuzuMean: mean(graph), kuzuP95: quantile(graph, 0.95),
    ratioMean: mean(graph) / mean(snapshot), ratioP95: quantile(graph, 0.95) / quantile(snapshot, 0.95),
    ratioMedianPerPair: quantile(ratios, 0.5),
  };
}

// NL5 shares, one query, against the engine's findings.
const nl5Query = Q.nl5Shares(engine.parameters);
let nl5Ms = Infinity;
let nl5Keys = new Set();
for (let round = 0; round < Math.max(1, nl5Rounds); round++) {
  const start = process.hrtime.bigint();
  const result = await rows(nl5Query);
  nl5Ms = Math.min(nl5Ms, ms(start));
  nl5Keys = new Set(result.map((r) => `${r.official} ${r.company}`));
}

const engineKeys = new Set(engine.nl5Shares.findings.map(([o, c]) => `${o} ${c}`));
const engineOnly = [...engineKeys].filter((k) => !nl5Keys.has(k)).sort();
const kuzuOnly = [...nl5Keys].filter((k) => !engineKeys.has(k)).sort();
for (const k of engineOnly) failures.push(`NL5 shares (official company) found by the engine only: ${k}`);
for (const k of kuzuOnly) failures.push(`NL5 shares (official company) found by kuzu only: ${k}`);

const connected = pairs.filter((p) => p.path >= 0).length;
console.log(`\n${pairs.length} pairs (${pairs.filter((p) => p.source === 'truth').length} from the truth, the rest random people; ` +
  `${connected} connected within ${maxHops}), as of ${day}; times are each pair's fastest of ${rounds} rounds after a warm-up; ` +
  'ratio = kuzu / snapshot');
console.log('| question | agree | snapshot mean / p95 | kuzu mean / p95 | ratio (mean, p95) | median of per-pair ratios |');
console.log('|---|---:|---:|---:|---:|---:|');
const labels = { path: `shortest path ≤ ${maxHops}`, hop2: '2-hop neighbourhood count', hop3: '3-hop neighbourhood count' };
for (const [name, s] of Object.entries(summary)) {
  console.log(`| ${labels[name]} | ${s.agree}/${s.pairs} | ${fixed(s.snapshotMean)} / ${fixed(s.snapshotP95)} ms | ` +
    `${fixed(s.kuzuMean, 2)} / ${fixed(s.kuzuP95, 2)} ms | ${Math.round(s.ratioMean).toLocaleString('en')}×, ` +
    `${Math.round(s.ratioP95).toLocaleString('en')}× | ${Math.round(s.ratioMedianPerPair).toLocaleString('en')}× |`);
}

const nl5Same = engineOnly.length === 0 && kuzuOnly.length === 0;
console.log(`| NL5 shares, whole graph (one query) | ${nl5Same ? 'same' : 'DIFFERENT'} set: ` +
  `engine ${engineKeys.size}, kuzu ${nl5Keys.size} | ${fixed(engine.nl5Shares.ms, 1)} ms (all of NL5) | ${fixed(nl5Ms, 1)} ms | ` +
  `${n(Math.round(nl5Ms / engine.nl5Shares.ms))}× | |`);
console.log(`\nload: kuzu ${loadSeconds.toFixed(1)} s from the CSV files (schema and COPY), ` +
  `snapshot ${engine.snapshot.loadSeconds.toFixed(1)} s ` +
  `from the store → ${(loadSeconds / engine.snapshot.loadSeconds).toFixed(1)}×`);

if (outFile) {
  fs.writeFileSync(outFile, JSON.stringify({
    day, maxHops, rounds,
    load: { kuzuSeconds: loadSeconds, snapshotSeconds: engine.snapshot.loadSeconds, steps: loaded.steps, counts: loaded.counts },
    summary, nl5: { engineMs: engine.nl5Shares.ms, kuzuMs: nl5Ms, engine: engineKeys.size, kuzu: nl5Keys.size, engineOnly, kuzuOnly },
    pairs: pairs.map(({ from, to, source, path: p, hop2, hop3, pathMs, hop2Ms, hop3Ms, kuzu: k, kuzuMs }) =>
      ({ from, to, source, snapshot: { path: p, hop2, hop3, pathMs, hop2Ms, hop3Ms }, kuzu: k, kuzuMs })),
    failures,
  }, null, 1));
}

if (failures.length > 0) {
  console.log(`\n${failures.length} difference(s):`);
  for (const f of failures.slice(0, 50)) console.log(`  ${f}`);
  if (failures.length > 50) console.log(`  … and ${failures.length - 50} more${outFile ? ` (all in ${outFile})` : ''}`);
}

fs.rmSync(dbDir, { recursive: true, force: true });
console.log(`\nload average at the end: ${load1()} (this machine is shared: times move with it)`);
console.log(failures.length === 0 ? '\nall answers agree' : '\nANSWERS DIFFER');
process.exit(failures.length === 0 ? 0 : 1);
