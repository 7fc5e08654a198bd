// Loads `qingdan export neo4j`'s CSV files into an embedded Kuzu database, the schema written from the
// files' headers (neo4j-admin's `name:type` header format, docs/exports.md).
//
// Workarounds for what Kuzu reads differently from neo4j-admin (the export is left as it is):
// - The export has one ID space (`Entity`) across four node files; Kuzu's relationship tables name the node
//   table at each end, so the nodes go into one node table `Entity` whose columns are the union of the node
//   files' columns (a file's missing columns are NULL), with `label` (`:LABEL`, e.g. `Person;Official`) and
//   `official` (the label holds `Official`), and every relationship table runs FROM Entity TO Entity.
// - Kuzu's CSV reader takes a `name:type` header as a column `name` of type `type`, and ids like `:LABEL` as
//   a column with an empty name: each file is read with `LOAD WITH HEADERS (…)`, the names and types taken
//   from the header here, the header line skipped.
// - `string[]` values are joined by `;` (neo4j-admin's --array-delimiter); Kuzu's CSV lists are `[a,b]`, so
//   they are read as strings and split. `sources` stays the joined string (nothing here queries it).
// - The `:TYPE` column names the relationship table (one type a file); it is not stored.
import fs from 'node:fs';
import path from 'node:path';

const Types = { date: 'DATE', double: 'DOUBLE', boolean: 'BOOLEAN', int: 'INT64', long: 'INT64', float: 'DOUBLE', string: 'STRING' };

/** A header field as (name, Kuzu type, role): role is id, label, start, end, type, list or value. */
export function field(header) {
  if (/^[^:]*:ID\(/.test(header)) return { name: 'id', type: 'STRING', role: 'id' };
  if (header === ':LABEL') return { name: 'label', type: 'STRING', role: 'label' };
  if (header.startsWith(':START_ID')) return { name: 'from_', type: 'STRING', role: 'start' };
  if (header.startsWith(':END_ID')) return { name: 'to_', type: 'STRING', role: 'end' };
  if (header === ':TYPE') return { name: 'type_', type: 'STRING', role: 'type' };
  const [name, declared = 'string'] = header.split(':');
  if (declared.endsWith('[]')) {
    const element = Types[declared.slice(0, -2)];
    if (!element) throw new Error(`header ${header}: unknown array type`);
    return { name, type: `${element}[]`, role: 'list' };
  }

  const type = Types[declared];
  if (!type) throw new Error(`header ${header}: unknown type ${declared}`);
  return { name, type, role: 'value' };
}

function headerOf(file) {
  const fd = fs.openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(64 * 1024);
    const read = fs.readSync(fd, buffer, 0, buffer.length, 0);
    const text = buffer.subarray(0, read).toString('utf8');
    const lines = text.split(/\r?\n/);
    return { fields: lines[0].split(',').map(field), first: lines[1] ?? '' };
  } finally {
    fs.closeSync(fd);
  }
}

const quote = (text) => `'${text.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;
const csvOptions = "(header=true, delim=',', quote='\"', escape='\"')";

/** As read from the file: lists as their joined string. */
const rawType = (f) => (f.role === 'list' ? 'STRING' : f.type);

/** The value stored for a read column: lists split on `;` (an empty field is an empty list). */
function stored(f, column) {
  if (f.role !== 'list') return column;
  const cast = f.type === 'STRING[]' ? '' : `CAST(… AS ${f.type})`;
  const split = `CASE WHEN ${column} IS NULL OR ${column} = '' THEN CAST([] AS STRING[]) ELSE string_split(${column}, ';') END`;
  return cast ? cast.replace('…', split) : split;
}

/**
 * Creates the schema and copies every file of the export folder into the connection's database.
 * Returns the tables with their row counts and the seconds each step took.
 */
export async function load(connection, folder, log = () => {}) {
  const files = fs.readdirSync(folder).filter((f) => f.endsWith('.csv')).sort();
  const withHeader = (f) => ({ file: path.join(folder, f), ...headerOf(path.join(folder, f)) });
  const nodeFiles = files.filter((f) => f.startsWith('nodes-')).map(withHeader);
  const relFiles = files.filter((f) => f.startsWith('relationships-')).map(withHeader);
  if (nodeFiles.length === 0) throw new Error(`${folder}: no nodes-*.csv`);

  // The node table: every node file's columns, once each, in the order first seen; `official` from the label.
  const columns = new Map();
  for (const { file, fields } of nodeFiles) {
    for (const f of fields) {
      const known = columns.get(f.name);
      if (known && known.type !== f.type) throw new Error(`${file}: column ${f.name} is ${f.type}, elsewhere ${known.type}`);
      if (!known) columns.set(f.name, f);
    }
  }

  if (!columns.has('id') || !columns.has('label')) throw new Error('node files lack an :ID or :LABEL column');
  const nodeColumns = [...columns.values()];
  const run = async (statement) => {
    const result = await connection.query(statement);
    const rows = await (Array.isArray(result) ? result.at(-1) : result).getAll();
    return rows;
  };

  const steps = [];
  const timed = async (what, statement) => {
    const start = process.hrtime.bigint();
    const rows = await run(statement);
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    steps.push({ what, seconds, result: rows[0]?.result ?? '' });
    log(`  ${what}: ${seconds.toFixed(2)} s ${rows[0]?.result ?? ''}`);
  };

  const nodeDdl = nodeColumns.map((f) => `${f.name} ${f.type}${f.role === 'id' ? ' PRIMARY KEY' : ''}`).join(', ');
  await timed('schema Entity', `CREATE NODE TABLE Entity(${nodeDdl}, official BOOLEAN)`);
  for (const { file, fields } of nodeFiles) {
    const names = new Map(fields.map((f) => [f.name, f]));
    const read = fields.map((f) => `${f.name} ${rawType(f)}`).join(', ');
    const values = nodeColumns.map((f) => (names.has(f.name) ? stored(f, f.name) : `CAST(NULL AS ${f.type})`) + ` AS ${f.name}`);
    values.push("label CONTAINS 'Official' AS official");
    await timed(`copy ${path.basename(file)}`,
      `COPY Entity FROM (LOAD WITH HEADERS (${read}) FROM ${quote(file)} ${csvOptions} RETURN ${values.join(', ')})`);
  }

  const tables = [];
  for (const { file, fields, first } of relFiles) {
    const start = fields.find((f) => f.role === 'start');
    const end = fields.find((f) => f.role === 'end');
    if (!start || !end) throw new Error(`${file}: no :START_ID or :END_ID column`);
    const typeAt = fields.findIndex((f) => f.role === 'type');
    // The relationship type: the file's first row names it; an empty file is named after the file.
    const name = (typeAt >= 0 && first ? first.split(',')[typeAt] : '')
      || path.basename(file, '.csv').replace(/^relationships-/, '').replaceAll('-', '_').toUpperCase();
    if (!/^[A-Z_]+$/.test(name)) throw new Error(`${file}: unexpected relationship type ${name}`);
    const properties = fields.filter((f) => f.role === 'value' || f.role === 'list');
    const ddl = properties.map((f) => `, ${f.name} ${f.name === 'sources' ? 'STRING' : f.type}`).join('');
    await timed(`schema ${name}`, `CREATE REL TABLE ${name}(FROM Entity TO Entity${ddl})`);
    const read = fields.map((f) => `${f.name} ${rawType(f)}`).join(', ');
    const values = [start.name, end.name, ...properties.map((f) => (f.name === 'sources' ? f.name : stored(f, f.name)))];
    await timed(`copy ${path.basename(file)}`,
      `COPY ${name} FROM (LOAD WITH HEADERS (${read}) FROM ${quote(file)} ${csvOptions} RETURN ${values.join(', ')})`);
    tables.push(name);
  }

  const counts = {};
  counts.Entity = Number((await run('MATCH (n:Entity) RETURN count(*) AS n'))[0].n);
  for (const table of tables) {
    counts[table] = Number((await run(`MATCH ()-[r:${table}]->() RETURN count(*) AS n`))[0].n);
  }

  return { tables, counts, steps, seconds: steps.reduce((sum, s) => sum + s.seconds, 0) };
}
