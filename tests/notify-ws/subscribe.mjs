// node subscribe.mjs URL AUTHORIZATION COUNT: subscribes to `notifications` with the graphql-ws client over graphql-transport-ws,
// prints "ready" once acknowledged, then each event's data as one JSON line, and exits after COUNT events (or on an error, with
// the error or the close code and reason on stderr and exit code 1).
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const [url, authorization, count = '1'] = process.argv.slice(2);
let left = Number(count);
const client = createClient({
  url,
  webSocketImpl: WebSocket,
  connectionParams: authorization ? { authorization } : {},
  lazy: false,
  retryAttempts: 0,
  on: {
    connected: () => console.log('ready'),
    closed: (event) => {
      if (left > 0) {
        console.error(`closed ${event.code} ${event.reason}`);
        process.exit(1);
      }
    },
  },
});
client.subscribe(
  { query: 'subscription { notifications { id kind entity finding title payload } }' },
  {
    next: (value) => {
      console.log(JSON.stringify(value));
      if (--left === 0) {
        client.dispose();
        process.exit(0);
      }
    },
    error: (error) => {
      console.error(`error ${JSON.stringify(error?.message ?? error?.reason ?? error)}`);
      process.exit(1);
    },
    complete: () => {},
  },
);
