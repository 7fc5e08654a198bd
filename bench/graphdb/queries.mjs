// The questions in Cypher for Kuzu, written to answer exactly what the snapshot and the rule engine answer
// (tests/Qingdan.Graph.Benchmarks/GraphDbAnswers.cs):
// - a link is valid on day d when start <= d <= end, an empty start the distant past, an empty end still valid;
// - shortest path: fewest links between the pair, ≤ 6, every kind, read in either direction, each valid on the day;
// - neighbourhood(k): distinct nodes other than the source within k such links;
// - NL5 shares: RULES.md NL5 "shares" as OfficialScan.Nl5Shares computes it, in one query.
// Kuzu refuses query parameters inside a recursive pattern's predicate ("does not depend on n or r"), so the
// day is written into the query text; it is a date the script itself formats.

const isDay = (day) => /^\d{4}-\d{2}-\d{2}$/.test(day);

export function valid(alias, day) {
  if (!isDay(day)) throw new Error(`not a day: ${day}`);
  return `(${alias}.validFrom IS NULL OR ${alias}.validFrom <= date('${day}')) AND (${alias}.validTo IS NULL OR ${alias}.validTo >= date('${day}'))`;
}

export const shortestPath = (day, maxHops) =>
  `MATCH (a:Entity {id: $a}), (b:Entity {id: $b}) ` +
  `MATCH (a)-[e* SHORTEST 1..${maxHops} (r, n | WHERE ${valid('r', day)})]-(b) RETURN length(e) AS hops`;

// SHORTEST from a bound source to any node: one breadth-first search, each node reached once.
export const neighbourhood = (day, hops) =>
  `MATCH (a:Entity {id: $a})-[e* SHORTEST 1..${hops} (r, n | WHERE ${valid('r', day)})]-(b:Entity) ` +
  `WHERE b.id <> $a RETURN count(DISTINCT b.id) AS n`;

const First = "date('0001-01-01')";
const Last = "date('9999-12-31')";
const from = (link) => `coalesce(${link}.validFrom, ${First})`;
const to = (link) => `coalesce(${link}.validTo, ${Last})`;
const later = (a, b) => `CASE WHEN ${a} >= ${b} THEN ${a} ELSE ${b} END`;
const earlier = (a, b) => `CASE WHEN ${a} <= ${b} THEN ${a} ELSE ${b} END`;
const InR = "['spouse', 'child', 'child_spouse', 'parent', 'sibling', 'parent_in_law', 'sibling_in_law']";

/** A derived relation: the person at the far end, valid while both links are (GraphSnapshot.RelatedPersons). */
const derived = (name, pattern, where, carried) =>
  `OPTIONAL MATCH ${pattern} WHERE ${where} AND k.id <> o.id AND y.id <> k.id AND y.id <> o.id\n` +
  `WITH ${carried}, collect({p: y.id, f: ${later(from('a'), from('b'))}, t: ${earlier(to('a'), to('b'))}}) AS ${name}\n`;

/**
 * NL5 shares in one query. R(o) as GraphSnapshot.RelatedPersons builds it (self; stated and inverse family
 * links of the kinds that count, in either direction; child_spouse, parent_in_law and sibling_in_law derived
 * over two links, valid while both are; specific related associates); then for each related person r, each
 * non-listed company c at the end of a node-simple ownership chain of ≤ maxChain links from r, and each
 * candidate day t (a post's start, the relation's start, the start of a link on a chain from r to c — the
 * start of each overlap is enough, RULES.md NL5) that lies in a post and in the relation: a finding when a
 * chain of one link (a direct holding) is valid at t, or the chains valid at t sum to ≥ indirectShare.
 */
export function nl5Shares({ indirectShare, tolerance, maxChain }) {
  const threshold = Number(indirectShare) - Number(tolerance);
  if (!Number.isFinite(threshold) || !Number.isInteger(maxChain)) throw new Error('bad NL5 parameters');
  let carried = 'o, postStarts, self';
  let q =
    'MATCH (o:Entity) WHERE o.official\n' +
    'OPTIONAL MATCH (o)-[post:POSITION]->(:Entity)\n' +
    `WITH o, collect(${from('post')}) AS postStarts, [{p: o.id, f: ${First}, t: ${Last}}] AS self\n` +
    `OPTIONAL MATCH (o)-[d:FAMILY]-(x:Entity) WHERE x.id <> o.id AND d.relation IN ${InR}\n` +
    `WITH ${carried}, collect({p: x.id, f: ${from('d')}, t: ${to('d')}}) AS direct\n`;
  carried += ', direct';
  const add = (name, pattern, where) => {
    q += derived(name, pattern, where, carried);
    carried += `, ${name}`;
  };

  // The official's child: a stated child link, or the child's stated parent link; then the child's spouse.
  add('cs1', '(o)-[a:FAMILY]->(k:Entity)-[b:FAMILY]-(y:Entity)', "a.relation = 'child' AND b.relation = 'spouse'");
  add('cs2', '(o)<-[a:FAMILY]-(k:Entity)-[b:FAMILY]-(y:Entity)', "a.relation = 'parent' AND b.relation = 'spouse'");
  // The spouse's parent: the spouse's stated parent link, or the parent's stated child link.
  add('pl1', '(o)-[a:FAMILY]-(k:Entity)-[b:FAMILY]->(y:Entity)', "a.relation = 'spouse' AND b.relation = 'parent'");
  add('pl2', '(o)-[a:FAMILY]-(k:Entity)<-[b:FAMILY]-(y:Entity)', "a.relation = 'spouse' AND b.relation = 'child'");
  // The spouse's sibling, and the sibling's spouse.
  add('sl1', '(o)-[a:FAMILY]-(k:Entity)-[b:FAMILY]-(y:Entity)', "a.relation = 'spouse' AND b.relation = 'sibling'");
  add('sl2', '(o)-[a:FAMILY]-(k:Entity)-[b:FAMILY]-(y:Entity)', "a.relation = 'sibling' AND b.relation = 'spouse'");
  q +=
    "OPTIONAL MATCH (o)-[s:ASSOCIATE]-(y:Entity) WHERE s.kind = 'specific_related' AND y.id <> o.id\n" +
    `WITH ${carried}, collect({p: y.id, f: ${from('s')}, t: ${to('s')}}) AS associates\n` +
    `UNWIND list_concat(list_concat(list_concat(list_concat(list_concat(list_concat(list_concat(list_concat(` +
    'self, direct), cs1), cs2), pl1), pl2), sl1), sl2), associates) AS rel\n' +
    'WITH o, postStarts, rel WHERE rel.p IS NOT NULL AND rel.f <= rel.t\n' +
    'MATCH (r:Entity) WHERE r.id = rel.p\n' +
    `MATCH (r)-[chain:OWNERSHIP* ACYCLIC 1..${maxChain}]->(c:Entity) WHERE NOT coalesce(c.listed, false)\n` +
    "UNWIND properties(rels(chain), 'validFrom') AS begin\n" +
    `WITH o, postStarts, rel, r, c, collect(DISTINCT coalesce(begin, ${First})) AS begins\n` +
    'UNWIND list_concat(list_concat(begins, postStarts), [rel.f]) AS t\n' +
    'WITH o, rel, r, c, t WHERE rel.f <= t AND t <= rel.t\n' +
    'WITH DISTINCT o, r, c, t\n' +
    `MATCH (o)-[post:POSITION]->(:Entity) WHERE ${from('post')} <= t AND t <= ${to('post')}\n` +
    'WITH DISTINCT o, r, c, t\n' +
    `MATCH (r)-[held:OWNERSHIP* ACYCLIC 1..${maxChain}]->(c)\n` +
    `WHERE all(k IN rels(held) WHERE ${from('k')} <= t AND t <= ${to('k')})\n` +
    "WITH o, r, c, t, min(length(held)) AS fewest, sum(list_product(properties(rels(held), 'share'))) AS e\n" +
    `WHERE fewest = 1 OR e >= ${threshold}\n` +
    'RETURN DISTINCT o.id AS official, c.id AS company';
  return q;
}
