import { spawn } from 'node:child_process';
import autocannon from 'autocannon';

/**
 * What this machine gives any Node HTTP server under the same load generator: a bare node:http
 * server in its own process that reads the body and answers a fixed JSON body of a screening's
 * size (4.5 KB), no framework, no rules, no statistics. The ceiling the real server is read against.
 */
const SERVER = `
const body = JSON.stringify({ padding: 'x'.repeat(4_530) });
const server = require('node:http').createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
    res.end(body);
  });
});
server.listen(0, '127.0.0.1', () => console.log(server.address().port));
`;

export interface FloorResult {
  connections: number;
  perSecond: number;
  p50: number;
  p99: number;
}

export async function measureFloor(connectionCounts: number[], requests: number): Promise<FloorResult[]> {
  const child = spawn(process.execPath, ['-e', SERVER], { stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise<string>((resolve) =>
    child.stdout.once('data', (d: Buffer) => resolve(String(d).trim())),
  );
  const body = JSON.stringify({ channel: 'counter', answers: { age: 45, partner: false, children: [] } });
  const run = (connections: number, amount: number) =>
    autocannon({
      url: `http://127.0.0.1:${port}`,
      connections,
      amount,
      sampleInt: 50,
      requests: [
        { method: 'POST', path: '/api/screen', headers: { 'content-type': 'application/json' }, body },
      ],
    });
  try {
    await run(50, 3_000);
    const results: FloorResult[] = [];
    for (const connections of connectionCounts) {
      const started = performance.now();
      const result = await run(connections, requests);
      const seconds = (performance.now() - started) / 1000;
      results.push({
        connections,
        perSecond: Math.round(result['2xx'] / seconds),
        p50: result.latency.p50,
        p99: result.latency.p99,
      });
    }
    return results;
  } finally {
    child.kill();
  }
}
