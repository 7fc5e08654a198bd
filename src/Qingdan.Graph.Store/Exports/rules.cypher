// The four rules of RULES.md (items 3, 4, 5 and 9 of the Zhanjiang negative list) in Cypher, over
// the graph `qingdan export neo4j` writes, for teams that run Neo4j (4.4 or 5). Statements end with
// ';' and run in order in cypher-shell: `cypher-shell -f constraints.cypher` after the import, then
// `cypher-shell -f rules.cypher`. The parameters of RULES.md are query parameters; set them first,
// with their defaults:
//   :param principalShare => 0.25
//   :param indirectShare => 0.05
//   :param salaryFactor => 2.0
//   :param minPeers => 5
//   :param windowDays => 730
// (cypher-shell --param 'principalShare => 0.25' … does the same on the command line).
//
// The Qingdan.Graph rule engine is the reference: these queries follow the same definitions, but
// no Neo4j server runs where they are written, so they are checked for syntax only (Neo4j's Cypher
// grammar, @neo4j-cypher/antlr4). Every link property is as exported: validFrom/validTo dates
// (empty = open), FAMILY.relation, ASSOCIATE.kind, OWNERSHIP.share (a fraction), ROLE.role,
// ROLE.monthlySalary, ROLE.nominal, TRANSACTION.kind, TRANSACTION.date, TRANSACTION.amount.

// R(o), made explicit once: (o)-[:RELATED {relation, validFrom, validTo}]->(r), self included.
MATCH ()-[old:RELATED]->() DELETE old;

MATCH (o:Official) CREATE (o)-[:RELATED {relation: 'self'}]->(o);

MATCH (o:Official)-[f:FAMILY]->(r:Person)
WHERE f.relation IN ['spouse', 'child', 'child_spouse', 'parent', 'sibling', 'parent_in_law', 'sibling_in_law']
CREATE (o)-[:RELATED {relation: f.relation, validFrom: f.validFrom, validTo: f.validTo, via: 'stated'}]->(r);

MATCH (r:Person)-[f:FAMILY]->(o:Official)
WHERE f.relation IN ['spouse', 'child', 'child_spouse', 'parent', 'sibling', 'parent_in_law', 'sibling_in_law']
CREATE (o)-[:RELATED {relation: CASE f.relation WHEN 'child' THEN 'parent' WHEN 'parent' THEN 'child' WHEN 'child_spouse' THEN 'parent_in_law' WHEN 'parent_in_law' THEN 'child_spouse' ELSE f.relation END, validFrom: f.validFrom, validTo: f.validTo, via: 'inverse'}]->(r);

MATCH (o:Official)-[a:ASSOCIATE]-(r:Person)
WHERE a.kind = 'specific_related' AND r <> o
CREATE (o)-[:RELATED {relation: 'specific_related', validFrom: a.validFrom, validTo: a.validTo, via: 'associate'}]->(r);

// Derived relations rest on two links, both valid: the child's marriage, or the official's own.
MATCH (o:Official)-[first:RELATED]->(child:Person)-[second:FAMILY]-(x:Person)
WHERE first.via IN ['stated', 'inverse'] AND first.relation = 'child' AND second.relation = 'spouse' AND x <> o
CREATE (o)-[:RELATED {relation: 'child_spouse', validFrom: CASE WHEN first.validFrom IS NULL THEN second.validFrom WHEN second.validFrom IS NULL OR first.validFrom >= second.validFrom THEN first.validFrom ELSE second.validFrom END, validTo: CASE WHEN first.validTo IS NULL THEN second.validTo WHEN second.validTo IS NULL OR first.validTo <= second.validTo THEN first.validTo ELSE second.validTo END, via: 'derived'}]->(x);

MATCH (o:Official)-[first:RELATED]->(spouse:Person)-[second:FAMILY]->(x:Person)
WHERE first.via IN ['stated', 'inverse'] AND first.relation = 'spouse' AND second.relation = 'parent' AND x <> o
CREATE (o)-[:RELATED {relation: 'parent_in_law', validFrom: CASE WHEN first.validFrom IS NULL THEN second.validFrom WHEN second.validFrom IS NULL OR first.validFrom >= second.validFrom THEN first.validFrom ELSE second.validFrom END, validTo: CASE WHEN first.validTo IS NULL THEN second.validTo WHEN second.validTo IS NULL OR first.validTo <= second.validTo THEN first.validTo ELSE second.validTo END, via: 'derived'}]->(x);

MATCH (o:Official)-[first:RELATED]->(spouse:Person)<-[second:FAMILY]-(x:Person)
WHERE first.via IN ['stated', 'inverse'] AND first.relation = 'spouse' AND second.relation = 'child' AND x <> o
CREATE (o)-[:RELATED {relation: 'parent_in_law', validFrom: CASE WHEN first.validFrom IS NULL THEN second.validFrom WHEN second.validFrom IS NULL OR first.validFrom >= second.validFrom THEN first.validFrom ELSE second.validFrom END, validTo: CASE WHEN first.validTo IS NULL THEN second.validTo WHEN second.validTo IS NULL OR first.validTo <= second.validTo THEN first.validTo ELSE second.validTo END, via: 'derived'}]->(x);

MATCH (o:Official)-[first:RELATED]->(spouse:Person)-[second:FAMILY]-(x:Person)
WHERE first.via IN ['stated', 'inverse'] AND first.relation = 'spouse' AND second.relation = 'sibling' AND x <> o
CREATE (o)-[:RELATED {relation: 'sibling_in_law', validFrom: CASE WHEN first.validFrom IS NULL THEN second.validFrom WHEN second.validFrom IS NULL OR first.validFrom >= second.validFrom THEN first.validFrom ELSE second.validFrom END, validTo: CASE WHEN first.validTo IS NULL THEN second.validTo WHEN second.validTo IS NULL OR first.validTo <= second.validTo THEN first.validTo ELSE second.validTo END, via: 'derived'}]->(x);

MATCH (o:Official)-[first:RELATED]->(sibling:Person)-[second:FAMILY]-(x:Person)
WHERE first.via IN ['stated', 'inverse'] AND first.relation = 'sibling' AND second.relation = 'spouse' AND x <> o
CREATE (o)-[:RELATED {relation: 'sibling_in_law', validFrom: CASE WHEN first.validFrom IS NULL THEN second.validFrom WHEN second.validFrom IS NULL OR first.validFrom >= second.validFrom THEN first.validFrom ELSE second.validFrom END, validTo: CASE WHEN first.validTo IS NULL THEN second.validTo WHEN second.validTo IS NULL OR first.validTo <= second.validTo THEN first.validTo ELSE second.validTo END, via: 'derived'}]->(x);

// NL3 — item 3: loans, fundraising, fees and asset use flowing to a related person from a company,
// or from a person who is a principal of it on the day; not from the relative's own side; not a
// bank's loan.
MATCH (o:Official)-[rel:RELATED]->(r:Person)<-[x:TRANSACTION]-(payer)
WHERE x.kind IN ['loan', 'fundraising', 'consulting_fee', 'intermediary_fee', 'asset_use']
  AND coalesce(rel.validFrom, date('0001-01-01')) <= x.date <= coalesce(rel.validTo, date('9999-12-31')) AND any(q IN [(o)-[q:POSITION]->(:Agency) | q] WHERE coalesce(q.validFrom, date('0001-01-01')) <= x.date <= coalesce(q.validTo, date('9999-12-31')))
WITH o, rel, r, x, payer, x.date AS t
OPTIONAL MATCH (payer)-[e1_rs:OWNERSHIP*1..6]->(owned:Company)
  WHERE all(k IN e1_rs WHERE coalesce(k.validFrom, date('0001-01-01')) <= t <= coalesce(k.validTo, date('9999-12-31'))) AND all(i IN range(0, size(e1_rs) - 1) WHERE NOT endNode(e1_rs[i]) IN [payer] + [k IN e1_rs[0..i] | endNode(k)])
WITH o, rel, r, x, payer, t, owned, sum(reduce(s = 1.0, k IN e1_rs | s * coalesce(k.share, 0.0))) AS e1
WITH o, rel, r, x, payer, t, [c IN collect(CASE WHEN e1 >= $principalShare - 1e-9 THEN owned END) WHERE c IS NOT NULL] AS owners
WITH o, rel, r, x, t,
  CASE WHEN payer:Company THEN [payer]
       ELSE owners + [(payer)-[w:ROLE]->(c:Company) WHERE w.role IN ['legal_representative', 'chair', 'director', 'general_manager', 'senior_manager'] AND coalesce(w.validFrom, date('0001-01-01')) <= t <= coalesce(w.validTo, date('9999-12-31')) | c] END AS companies
UNWIND companies AS c
WITH DISTINCT o, rel, r, x, t, c
WHERE NOT (x.kind = 'loan' AND c.industry STARTS WITH 'J')
OPTIONAL MATCH (r)-[e2_rs:OWNERSHIP*1..6]->(c)
  WHERE all(k IN e2_rs WHERE coalesce(k.validFrom, date('0001-01-01')) <= t <= coalesce(k.validTo, date('9999-12-31'))) AND all(i IN range(0, size(e2_rs) - 1) WHERE NOT endNode(e2_rs[i]) IN [r] + [k IN e2_rs[0..i] | endNode(k)])
WITH o, rel, r, x, t, c, sum(reduce(s = 1.0, k IN e2_rs | s * coalesce(k.share, 0.0))) AS e2
WHERE e2 < $principalShare - 1e-9
  AND NOT any(w IN [(r)-[w:ROLE]->(c) | w] WHERE w.role IN ['legal_representative', 'chair', 'general_manager'] AND coalesce(w.validFrom, date('0001-01-01')) <= t <= coalesce(w.validTo, date('9999-12-31')))
RETURN 'NL3' AS rule, o.id AS official, c.id AS company,
  collect(DISTINCT CASE x.kind WHEN 'fundraising' THEN 'loan' WHEN 'consulting_fee' THEN 'fee' WHEN 'intermediary_fee' THEN 'fee' ELSE x.kind END) AS variants,
  collect(DISTINCT rel.relation) AS relations, collect(DISTINCT r.id) AS relatives, max(x.amount) AS amount
ORDER BY official, company;

// NL4 — item 4: a related person's side (the person, or a company they control or lead) trades with,
// or receives payments and gifts from, a company under the official's administration (region and
// sectors of an agency where they hold a post on the day) or one of its principals.
MATCH (o:Official)-[rel:RELATED]->(r:Person)
OPTIONAL MATCH (r)-[:OWNERSHIP*1..6]->(b1:Company)
OPTIONAL MATCH (r)-[:ROLE]->(b2:Company)
WITH o, rel, r, [r] + collect(DISTINCT b1) + collect(DISTINCT b2) AS candidates
UNWIND candidates AS y
WITH DISTINCT o, rel, r, y
MATCH (y)-[x:TRANSACTION]-(other)
WHERE x.kind IN ['contract', 'payment', 'gift'] AND other <> r AND other <> y
  AND coalesce(rel.validFrom, date('0001-01-01')) <= x.date <= coalesce(rel.validTo, date('9999-12-31')) AND any(q IN [(o)-[q:POSITION]->(:Agency) | q] WHERE coalesce(q.validFrom, date('0001-01-01')) <= x.date <= coalesce(q.validTo, date('9999-12-31')))
WITH o, rel, r, y, x, other, x.date AS t
OPTIONAL MATCH (r)-[ey_rs:OWNERSHIP*1..6]->(y)
  WHERE all(k IN ey_rs WHERE coalesce(k.validFrom, date('0001-01-01')) <= t <= coalesce(k.validTo, date('9999-12-31'))) AND all(i IN range(0, size(ey_rs) - 1) WHERE NOT endNode(ey_rs[i]) IN [r] + [k IN ey_rs[0..i] | endNode(k)])
WITH o, rel, r, y, x, other, t, sum(reduce(s = 1.0, k IN ey_rs | s * coalesce(k.share, 0.0))) AS ey
WHERE y = r OR ey >= $principalShare - 1e-9
   OR any(w IN [(r)-[w:ROLE]->(y) | w] WHERE w.role IN ['legal_representative', 'chair', 'general_manager'] AND coalesce(w.validFrom, date('0001-01-01')) <= t <= coalesce(w.validTo, date('9999-12-31')))
OPTIONAL MATCH (r)-[eo_rs:OWNERSHIP*1..6]->(other)
  WHERE all(k IN eo_rs WHERE coalesce(k.validFrom, date('0001-01-01')) <= t <= coalesce(k.validTo, date('9999-12-31'))) AND all(i IN range(0, size(eo_rs) - 1) WHERE NOT endNode(eo_rs[i]) IN [r] + [k IN eo_rs[0..i] | endNode(k)])
WITH o, rel, r, y, x, other, t, sum(reduce(s = 1.0, k IN eo_rs | s * coalesce(k.share, 0.0))) AS eo
WHERE NOT (other:Company AND (eo >= $principalShare - 1e-9
   OR any(w IN [(r)-[w:ROLE]->(other) | w] WHERE w.role IN ['legal_representative', 'chair', 'general_manager'] AND coalesce(w.validFrom, date('0001-01-01')) <= t <= coalesce(w.validTo, date('9999-12-31')))))
OPTIONAL MATCH (other)-[ep_rs:OWNERSHIP*1..6]->(owned:Company)
  WHERE all(k IN ep_rs WHERE coalesce(k.validFrom, date('0001-01-01')) <= t <= coalesce(k.validTo, date('9999-12-31'))) AND all(i IN range(0, size(ep_rs) - 1) WHERE NOT endNode(ep_rs[i]) IN [other] + [k IN ep_rs[0..i] | endNode(k)])
WITH o, rel, r, y, x, other, t, owned, sum(reduce(s = 1.0, k IN ep_rs | s * coalesce(k.share, 0.0))) AS ep
WITH o, rel, r, y, x, other, t, [c IN collect(CASE WHEN ep >= $principalShare - 1e-9 THEN owned END) WHERE c IS NOT NULL] AS owners
WITH o, rel, r, y, x, t,
  CASE WHEN other:Company THEN [other]
       ELSE owners + [(other)-[w:ROLE]->(c:Company) WHERE w.role IN ['legal_representative', 'chair', 'director', 'general_manager', 'senior_manager'] AND coalesce(w.validFrom, date('0001-01-01')) <= t <= coalesce(w.validTo, date('9999-12-31')) | c] END AS companies
UNWIND companies AS c
WITH DISTINCT o, rel, r, y, x, t, c
MATCH (o)-[post:POSITION]->(a:Agency)
WHERE coalesce(post.validFrom, date('0001-01-01')) <= t <= coalesce(post.validTo, date('9999-12-31'))
  AND c.regionCode STARTS WITH CASE WHEN a.regionCode ENDS WITH '0000' THEN left(a.regionCode, 2) WHEN a.regionCode ENDS WITH '00' THEN left(a.regionCode, 4) ELSE a.regionCode END
  AND (size(coalesce(a.sectors, [])) = 0 OR any(sector IN a.sectors WHERE c.industry STARTS WITH sector))
WITH DISTINCT o, rel, r, y, x, t, c
OPTIONAL MATCH (r)-[ec_rs:OWNERSHIP*1..6]->(c)
  WHERE all(k IN ec_rs WHERE coalesce(k.validFrom, date('0001-01-01')) <= t <= coalesce(k.validTo, date('9999-12-31'))) AND all(i IN range(0, size(ec_rs) - 1) WHERE NOT endNode(ec_rs[i]) IN [r] + [k IN ec_rs[0..i] | endNode(k)])
WITH o, rel, r, y, x, t, c, sum(reduce(s = 1.0, k IN ec_rs | s * coalesce(k.share, 0.0))) AS ec
WHERE ec < $principalShare - 1e-9
  AND NOT any(w IN [(r)-[w:ROLE]->(c) | w] WHERE w.role IN ['legal_representative', 'chair', 'general_manager'] AND coalesce(w.validFrom, date('0001-01-01')) <= t <= coalesce(w.validTo, date('9999-12-31')))
RETURN 'NL4' AS rule, o.id AS official, c.id AS company,
  collect(DISTINCT CASE WHEN endNode(x) = y AND x.kind IN ['payment', 'gift'] THEN 'benefit' ELSE 'business' END) AS variants,
  collect(DISTINCT rel.relation) AS relations, collect(DISTINCT r.id) AS relatives, max(x.amount) AS amount
ORDER BY official, company;

// NL5 shares — item 5: a related person holds shares in a non-listed company — directly (any share)
// or with effective ownership of at least indirectShare — on a day of the tenure on which the relation
// holds. The days tried are the starts of the post, the relation and every holding on the chain.
MATCH (o:Official)-[rel:RELATED]->(r:Person)-[chain:OWNERSHIP*1..6]->(c:Company)
WHERE NOT coalesce(c.listed, false) AND all(i IN range(0, size(chain) - 1) WHERE NOT endNode(chain[i]) IN [r] + [k IN chain[0..i] | endNode(k)])
MATCH (o)-[post:POSITION]->(:Agency)
UNWIND [post.validFrom, rel.validFrom] + [k IN chain | k.validFrom] AS start
WITH DISTINCT o, rel, r, c, post, coalesce(start, date('0001-01-01')) AS t
WHERE coalesce(post.validFrom, date('0001-01-01')) <= t <= coalesce(post.validTo, date('9999-12-31')) AND coalesce(rel.validFrom, date('0001-01-01')) <= t <= coalesce(rel.validTo, date('9999-12-31'))
OPTIONAL MATCH (r)-[e_rs:OWNERSHIP*1..6]->(c)
  WHERE all(k IN e_rs WHERE coalesce(k.validFrom, date('0001-01-01')) <= t <= coalesce(k.validTo, date('9999-12-31'))) AND all(i IN range(0, size(e_rs) - 1) WHERE NOT endNode(e_rs[i]) IN [r] + [k IN e_rs[0..i] | endNode(k)])
WITH o, rel, r, c, t, sum(reduce(s = 1.0, k IN e_rs | s * coalesce(k.share, 0.0))) AS e
WHERE e >= $indirectShare - 1e-9 OR any(h IN [(r)-[h:OWNERSHIP]->(c) | h] WHERE coalesce(h.validFrom, date('0001-01-01')) <= t <= coalesce(h.validTo, date('9999-12-31')))
RETURN 'NL5' AS rule, o.id AS official, c.id AS company, ['shares'] AS variants,
  collect(DISTINCT rel.relation) AS relations, collect(DISTINCT r.id) AS relatives, min(t) AS firstDay
ORDER BY official, company;

// NL5 employment — item 5: a related person holds a senior post, a consultancy, a nominal post, or
// is paid more than salaryFactor times the median of the same role in the same industry section
// (with at least minPeers salaries), on a day in the tenure, the relation and the role.
MATCH (peer:Person)-[pw:ROLE]->(pc:Company)
WHERE pw.monthlySalary > 0
WITH pw.role AS role, left(pc.industry, 1) AS section, count(pw) AS peers, percentileCont(pw.monthlySalary, 0.5) AS median
WITH collect({role: role, section: section, peers: peers, median: median}) AS medians
MATCH (o:Official)-[rel:RELATED]->(r:Person)-[w:ROLE]->(c:Company)
MATCH (o)-[post:POSITION]->(:Agency)
WITH medians, o, rel, r, w, c, post,
  CASE WHEN CASE WHEN post.validFrom IS NULL THEN rel.validFrom WHEN rel.validFrom IS NULL OR post.validFrom >= rel.validFrom THEN post.validFrom ELSE rel.validFrom END IS NULL THEN w.validFrom WHEN w.validFrom IS NULL OR CASE WHEN post.validFrom IS NULL THEN rel.validFrom WHEN rel.validFrom IS NULL OR post.validFrom >= rel.validFrom THEN post.validFrom ELSE rel.validFrom END >= w.validFrom THEN CASE WHEN post.validFrom IS NULL THEN rel.validFrom WHEN rel.validFrom IS NULL OR post.validFrom >= rel.validFrom THEN post.validFrom ELSE rel.validFrom END ELSE w.validFrom END AS from,
  CASE WHEN CASE WHEN post.validTo IS NULL THEN rel.validTo WHEN rel.validTo IS NULL OR post.validTo <= rel.validTo THEN post.validTo ELSE rel.validTo END IS NULL THEN w.validTo WHEN w.validTo IS NULL OR CASE WHEN post.validTo IS NULL THEN rel.validTo WHEN rel.validTo IS NULL OR post.validTo <= rel.validTo THEN post.validTo ELSE rel.validTo END <= w.validTo THEN CASE WHEN post.validTo IS NULL THEN rel.validTo WHEN rel.validTo IS NULL OR post.validTo <= rel.validTo THEN post.validTo ELSE rel.validTo END ELSE w.validTo END AS to
WHERE from IS NULL OR to IS NULL OR from <= to
WITH o, rel, r, w, c, [m IN medians WHERE m.role = w.role AND m.section = left(c.industry, 1) AND m.peers >= $minPeers | m.median] AS median
WHERE w.role IN ['legal_representative', 'chair', 'director', 'supervisor', 'general_manager', 'senior_manager', 'consultant']
   OR coalesce(w.nominal, false)
   OR (size(median) > 0 AND w.monthlySalary > $salaryFactor * median[0])
RETURN 'NL5' AS rule, o.id AS official, c.id AS company, ['employment'] AS variants,
  collect(DISTINCT rel.relation) AS relations, collect(DISTINCT r.id) AS relatives, collect(DISTINCT w.role) AS roles
ORDER BY official, company;

// NL9 — item 9: an official takes part in a decision (of a kind in scope) that benefits a company
// where, on the decision day, a related person holds a role or shares (directly, or effectively at
// least indirectShare), or with which they traded within windowDays of it.
MATCH (o:Official)-[:PARTICIPATION]->(d:Decision)-[:BENEFICIARY]->(c:Company)
WHERE d.kind IN ['procurement_award', 'bidding_award', 'market_access', 'investment_deal', 'license', 'license_review', 'project_approval', 'land_transfer', 'market_supervision', 'resource_development', 'credit', 'tax', 'subsidy']
MATCH (o)-[rel:RELATED]->(r:Person)
WITH o, rel, r, d, c, d.decidedDate AS t
WHERE coalesce(rel.validFrom, date('0001-01-01')) <= t <= coalesce(rel.validTo, date('9999-12-31'))
OPTIONAL MATCH (r)-[e_rs:OWNERSHIP*1..6]->(c)
  WHERE all(k IN e_rs WHERE coalesce(k.validFrom, date('0001-01-01')) <= t <= coalesce(k.validTo, date('9999-12-31'))) AND all(i IN range(0, size(e_rs) - 1) WHERE NOT endNode(e_rs[i]) IN [r] + [k IN e_rs[0..i] | endNode(k)])
WITH o, rel, r, d, c, t, sum(reduce(s = 1.0, k IN e_rs | s * coalesce(k.share, 0.0))) AS e
WITH o, rel, r, d, c, t,
  any(w IN [(r)-[w:ROLE]->(c) | w] WHERE coalesce(w.validFrom, date('0001-01-01')) <= t <= coalesce(w.validTo, date('9999-12-31'))) AS role,
  e >= $indirectShare - 1e-9 OR any(h IN [(r)-[h:OWNERSHIP]->(c) | h] WHERE coalesce(h.validFrom, date('0001-01-01')) <= t <= coalesce(h.validTo, date('9999-12-31'))) AS ownership,
  any(x IN [(r)-[x:TRANSACTION]-(c) | x] WHERE abs(duration.inDays(x.date, t).days) <= $windowDays)
    OR any(x IN [(r)-[x:TRANSACTION]-(:Person)-[w:ROLE]->(c) WHERE w.role IN ['legal_representative', 'chair', 'director', 'general_manager', 'senior_manager'] AND coalesce(w.validFrom, date('0001-01-01')) <= x.date <= coalesce(w.validTo, date('9999-12-31')) | x] WHERE abs(duration.inDays(x.date, t).days) <= $windowDays) AS transaction
WHERE role OR ownership OR transaction
RETURN 'NL9' AS rule, o.id AS official, c.id AS company,
  [v IN [CASE WHEN max(CASE WHEN role THEN 1 ELSE 0 END) = 1 THEN 'role' END,
         CASE WHEN max(CASE WHEN ownership THEN 1 ELSE 0 END) = 1 THEN 'ownership' END,
         CASE WHEN max(CASE WHEN transaction THEN 1 ELSE 0 END) = 1 THEN 'transaction' END] WHERE v IS NOT NULL] AS variants,
  collect(DISTINCT rel.relation) AS relations, collect(DISTINCT d.id) AS decisions, sum(DISTINCT d.amount) AS amount
ORDER BY official, company;
