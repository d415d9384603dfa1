// The embedded store's own process, started by functions/stats/embedded.ts. dynalite rethrows a
// LevelDB error (a full disk, corrupt files) as an uncaught exception; here that ends this process
// only, and the server that started it goes on answering from its write-ahead log. Plain JavaScript:
// it starts in a third of the time it would take through tsx.
//
// argv: <LevelDB directory> <port> (0: any free one). Messages: to the parent `{ port }` once
// listening; from the parent `'stop'` (finish requests in flight, close LevelDB, exit 0).
import dynalite from 'dynalite';

const [path, port = '0'] = process.argv.slice(2);
const server = dynalite({ path, createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });

server.once('error', () => process.exit(1)); // the port is taken: the parent tries again later
server.listen(Number(port), '127.0.0.1', () => {
  process.send?.({ port: server.address().port });
});

process.on('message', (message) => {
  if (message !== 'stop') return;
  server.close(() => process.exit(0));
  // Kept-alive sockets are dropped as soon as they are idle; requests in flight finish.
  server.closeIdleConnections();
  setInterval(() => server.closeIdleConnections(), 10);
});
// The parent stops the store after writing its last counters, so a Ctrl-C to the whole process
// group must not end it first; without its parent it must not go on holding the LevelDB lock.
process.on('SIGINT', () => {});
process.on('SIGTERM', () => {});
process.once('disconnect', () => process.exit(0));
