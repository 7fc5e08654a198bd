// GraphiQL for analysts, bundled from npm (no CDN): it sends the key the console signed in with.
// /graphiql?query=…&variables=… opens that document and those variables (the reports page's "Open in GraphiQL").
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { createRoot } from 'react-dom/client';
import { currentKey } from './api';

const key = currentKey();
const fetcher = createGraphiQLFetcher({
  url: '/graphql',
  headers: key ? { Authorization: `Bearer ${key}` } : {},
});

const example = `# Procurement awards per agency in 2024 with an NL9 finding behind them
{
  decisionStats(groupBy: [AGENCY], where: { kind: { eq: "procurement_award" }, decidedDate: { gte: "2024-01-01", lt: "2025-01-01" }, findings: { rule: { eq: NL9 } } }) {
    agencyName
    count
    amount
  }
}
`;

const params = new URLSearchParams(location.search);
const initialQuery = params.get('query') ?? undefined;
const initialVariables = params.get('variables') ?? undefined;

createRoot(document.getElementById('graphiql')!).render(
  key ? <GraphiQL fetcher={fetcher} defaultQuery={example} initialQuery={initialQuery} initialVariables={initialVariables} /> : <p style={{ padding: '2em', fontFamily: 'sans-serif' }}>No API key: sign in at <a href="/">the console</a> first. 请先在<a href="/">控制台</a>登录。</p>,
);
