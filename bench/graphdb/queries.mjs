// The questions in Cypher for Kuzu, written to answer exactly what the snapshot and the rule engine answer
// (tests/Qingdan.Graph.Benchmarks/GraphDbAnswers.cs):
// - a link is valid on day d when start <= d <= end, an empty start the distant past, an empty end still valid;
// - shortest path: fewest links between the pair, ≤ 6, every kind, read in either direction, each valid on the day;
// - neighbourhood(k): distinct nodes other than the source within k such links;
// - NL5 shares: RULES.md NL5 "shares" as OfficialScan.Nl5Shares computes it, in one statement.
// Kuzu refuses query parameters inside a recursive pattern's predicate ("does not depend on n or r"), so the
// day is written into the query text; it is a date the script itself formats.

const isDay = (day) => /^\d{4}-\d{2}-\d{2}$/.test(day);

export function valid(alias, day) {
  if (!isDay(day)) throw new Error(`not a day: ${day}`);
  return `(${alias}.validFrom IS NULL OR ${alias}.validFrom <= date('${day}')) ` +
    `AND (${alias}.validTo IS NULL OR ${alias}.validTo >= date('${day}'))`;
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

/**
 * NL5 shares in one query: a UNION of one branch a kind of relation that puts r in R(o), as
 * GraphSnapshot.RelatedPersons builds R(o) — self; stated and inverse family links of the kinds that count, in
 * either direction; child_spouse, parent_in_law and sibling_in_law derived over two links, valid while both are;
 * specific related associates. Each branch then takes each candidate day t (a post's start, the relation's start,
 * the start of any ownership link within maxChain of r — the start of each overlap is enough, RULES.md NL5) that
 * lies in a post and in the relation, and each non-listed company c at the end of a node-simple ownership chain of
 * ≤ maxChain links from r, every link valid at t: a finding when such a chain of one link (a direct holding)
 * exists, or the chains' products sum to ≥ indirectShare. (A UNION rather than lists of relations: Kuzu 0.11.3
 * returned wrong values from lists collected per group, and looked nodes up by id slowly after an UNWIND.)
 */
export function nl5Shares({ indirectShare, tolerance, maxChain }) {
  const threshold = Number(indirectShare) - Number(tolerance);
  if (!Number.isFinite(threshold) || !Number.isInteger(maxChain)) throw new Error('bad NL5 parameters');
  // Kuzu 0.11.3 plans a recursive pattern well from a small bound set after WITH DISTINCT, so the relations are
  // cut to persons who hold something first. It mixed up values between groups when lists (a chain's days and
  // shares) were collected, so only scalars are collected: the candidate days are the starts of every ownership
  // link within maxChain of r, as the engine takes them, and the chains are walked again for each day.
  // The self branch holds through the official's own node (Kuzu refuses `WITH o, o AS r`).
  const tail = ([match, rf, rt], holder = 'r') => {
    const who = holder === 'o' ? 'o' : 'o, r';
    return `${match}\n` +
      `MATCH (${holder})-[:OWNERSHIP]->(:Entity)\n` +
      `WITH DISTINCT ${who}, ${rf} AS rf, ${rt} AS rt\n` +
      `MATCH (${holder})-[reach:OWNERSHIP* ACYCLIC 1..${maxChain}]->(:Entity)\n` +
      "UNWIND properties(rels(reach), 'validFrom') AS begin\n" +
      `WITH ${who}, rf, rt, collect(DISTINCT coalesce(begin, ${First})) AS begins\n` +
      'MATCH (o)-[p0:POSITION]->(:Entity)\n' +
      `WITH ${who}, rf, rt, begins, collect(${from('p0')}) AS postStarts\n` +
      'UNWIND list_concat(list_concat(begins, postStarts), [rf]) AS t\n' +
      `WITH ${who}, rf, rt, t WHERE rf <= t AND t <= rt\n` +
      `WITH DISTINCT ${who}, t\n` +
      `MATCH (o)-[post:POSITION]->(:Entity) WHERE ${from('post')} <= t AND t <= ${to('post')}\n` +
      `WITH DISTINCT ${who}, t\n` +
      `MATCH (${holder})-[held:OWNERSHIP* ACYCLIC 1..${maxChain}]->(c:Entity)\n` +
      `WHERE NOT coalesce(c.listed, false) AND all(k IN rels(held) WHERE ${from('k')} <= t AND t <= ${to('k')})\n` +
      `WITH ${who}, c, t, min(length(held)) AS fewest, sum(list_product(properties(rels(held), 'share'))) AS e\n` +
      `WHERE fewest = 1 OR e >= ${threshold}\n` +
      'RETURN o.id AS official, c.id AS company';
  };
  const derived = (pattern, where) => [
    `MATCH ${pattern} WHERE o.official AND ${where} AND k.id <> o.id AND r.id <> k.id AND r.id <> o.id`,
    later(from('a'), from('b')), earlier(to('a'), to('b'))];
  const branches = [
    [`MATCH (o:Entity)-[d:FAMILY]-(r:Entity) WHERE o.official AND r.id <> o.id AND d.relation IN ${InR}`, from('d'), to('d')],
    // The official's child (a stated child link, or the child's stated parent link), then the child's spouse.
    derived('(o:Entity)-[a:FAMILY]->(k:Entity)-[b:FAMILY]-(r:Entity)', "a.relation = 'child' AND b.relation = 'spouse'"),
    derived('(o:Entity)<-[a:FAMILY]-(k:Entity)-[b:FAMILY]-(r:Entity)', "a.relation = 'parent' AND b.relation = 'spouse'"),
    // The spouse's parent: the spouse's stated parent link, or the parent's stated child link.
    derived('(o:Entity)-[a:FAMILY]-(k:Entity)-[b:FAMILY]->(r:Entity)', "a.relation = 'spouse' AND b.relation = 'parent'"),
    derived('(o:Entity)-[a:FAMILY]-(k:Entity)<-[b:FAMILY]-(r:Entity)', "a.relation = 'spouse' AND b.relation = 'child'"),
    // The spouse's sibling, and the sibling's spouse.
    derived('(o:Entity)-[a:FAMILY]-(k:Entity)-[b:FAMILY]-(r:Entity)', "a.relation = 'spouse' AND b.relation = 'sibling'"),
    derived('(o:Entity)-[a:FAMILY]-(k:Entity)-[b:FAMILY]-(r:Entity)', "a.relation = 'sibling' AND b.relation = 'spouse'"),
    ["MATCH (o:Entity)-[s:ASSOCIATE]-(r:Entity) WHERE o.official AND s.kind = 'specific_related' AND r.id <> o.id", from('s'), to('s')],
  ];
  const self = tail(['MATCH (o:Entity) WHERE o.official', First, Last], 'o');
  return [self, ...branches.map((b) => tail(b))].join('\nUNION\n');
}
