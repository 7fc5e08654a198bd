// Runs every graphql-http server audit against the URL given (default http://127.0.0.1:5080/graphql)
// and fails when any MUST or SHOULD audit fails; MAY audits are reported, not required.
import { serverAudits } from 'graphql-http';

const url = process.argv[2] ?? 'http://127.0.0.1:5080/graphql';
// Every request carries the API key from QINGDAN_KEY (the server refuses requests without one).
const key = process.env.QINGDAN_KEY;
const fetchFn = (input, init = {}) => {
  const headers = new Headers(init.headers ?? {});
  if (key) headers.set('authorization', `Bearer ${key}`);
  return fetch(input, { ...init, headers });
};
const results = [];
for (const audit of serverAudits({ url, fetchFn })) {
  results.push({ audit, result: await audit.fn() });
}

let failed = 0;
for (const { audit, result } of results) {
  const required = audit.name.startsWith('MUST') || audit.name.startsWith('SHOULD');
  const ok = result.status === 'ok';
  if (!ok && required) failed++;
  console.log(`${ok ? 'ok  ' : required ? 'FAIL' : 'warn'} ${audit.id} ${audit.name}${ok ? '' : ` — ${result.reason}`}`);
}

const musts = results.filter(r => r.audit.name.startsWith('MUST'));
const shoulds = results.filter(r => r.audit.name.startsWith('SHOULD'));
console.log(`graphql-http audits: ${musts.filter(r => r.result.status === 'ok').length}/${musts.length} MUST, ${shoulds.filter(r => r.result.status === 'ok').length}/${shoulds.length} SHOULD, ${results.length} in all; ${failed} required failed`);
process.exit(failed === 0 ? 0 : 1);
