// A subscription through the `graphql-ws` npm client (the reference graphql-transport-ws
// implementation), for the Python tests to drive: argv = url token query.
// Prints one JSON line per event: {"next": …}, {"error": …} or {"complete": true}.
import { createClient } from "graphql-ws";
import WebSocket from "ws";

const [url, token, query] = process.argv.slice(2);
const client = createClient({
  url,
  webSocketImpl: WebSocket,
  connectionParams: { Authorization: `Bearer ${token}` },
  retryAttempts: 0,
  on: { connected: () => console.log(JSON.stringify({ connected: true })) },
});
const print = (message) => process.stdout.write(JSON.stringify(message) + "\n");

client.subscribe(
  { query },
  {
    next: (value) => print({ next: value }),
    error: (error) => {
      print({
        error: error instanceof Error ? error.message : String(error?.reason ?? error),
        code: error?.code ?? null,
      });
      process.exit(1);
    },
    complete: () => {
      print({ complete: true });
      process.exit(0);
    },
  },
);
process.stdin.on("end", () => client.dispose().then(() => process.exit(0)));
process.stdin.resume();
