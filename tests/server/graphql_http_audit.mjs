// The GraphQL-over-HTTP server audit of the npm package graphql-http, run against a live
// server: `node graphql_http_audit.mjs http://127.0.0.1:PORT/graphql` prints one JSON line
// per audit ({id, name, status, reason}); the pytest side decides what passes.
import { auditServer } from 'graphql-http';

const url = process.argv[2];
const results = await auditServer({ url, fetchFn: fetch });
for (const result of results) {
  const line = { id: result.id, name: result.name, status: result.status };
  if (result.status !== 'ok') {
    line.reason = result.reason;
    line.httpStatus = result.response.status;
    line.contentType = result.response.headers.get('content-type');
    try {
      line.body = (await result.response.text()).slice(0, 500);
    } catch {
      line.body = null; // the audit may have read it already
    }
  }
  console.log(JSON.stringify(line));
}
