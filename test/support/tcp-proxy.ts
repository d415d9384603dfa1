import { type AddressInfo, createConnection, createServer, type Socket } from 'node:net';

/**
 * What the proxy does with a request:
 * - `forward`: passes bytes both ways, a plain TCP proxy;
 * - `hang`: accepts the connection and reads the request, never forwards it, never answers (a store
 *   that stopped answering, or a network path that went black);
 * - `drop-response`: forwards the request, and when the target starts answering (so it has done
 *   the work: dynalite answers a write after applying it) closes both sockets instead of passing
 *   the answer on, if `dropIf` says so. The client sees a reset connection for a write that was
 *   applied: the SDK retries it, or gives up and the caller falls back.
 */
export type ProxyMode = 'forward' | 'hang' | 'drop-response';

export interface TcpProxy {
  endpoint: string;
  port: number;
  /** Read at each request, so it can be changed between requests (kept-alive connections too). */
  mode: ProxyMode;
  /** `drop-response`: whether to drop the answer to this request (its bytes, latin1). Default: all. */
  dropIf: (request: string) => boolean;
  /** Requests held by `hang` so far. */
  readonly hung: number;
  /** Answers dropped by `drop-response` so far. */
  readonly dropped: number;
  close(): Promise<void>;
}

/** A TCP proxy on a free port of 127.0.0.1 in front of `target` (e.g. the embedded dynalite). */
export async function startTcpProxy(target: { port: number; host?: string }): Promise<TcpProxy> {
  const sockets = new Set<Socket>();
  let hung = 0;
  let dropped = 0;
  const track = (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
  };

  const server = createServer((client) => {
    track(client);
    let upstream: Socket | null = null;
    let request = ''; // bytes of the request in flight on this connection, since the last answer
    let holding = false;
    const connectUpstream = () => {
      const socket = createConnection({ port: target.port, host: target.host ?? '127.0.0.1' });
      track(socket);
      socket.on('data', (chunk) => {
        if (request && proxy.mode === 'drop-response' && proxy.dropIf(request)) {
          dropped++;
          client.destroy();
          socket.destroy();
          return;
        }
        request = '';
        client.write(chunk);
      });
      socket.on('close', () => client.destroy());
      return socket;
    };
    client.on('data', (chunk) => {
      if (holding || proxy.mode === 'hang') {
        if (!holding) hung++;
        holding = true; // the rest of this connection is swallowed too
        return;
      }
      request += chunk.toString('latin1');
      upstream ??= connectUpstream();
      upstream.write(chunk);
    });
    client.on('close', () => upstream?.destroy());
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  const proxy: TcpProxy = {
    endpoint: `http://127.0.0.1:${port}`,
    port,
    mode: 'forward',
    dropIf: () => true,
    get hung() {
      return hung;
    },
    get dropped() {
      return dropped;
    },
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  return proxy;
}

/** For `dropIf`: the request is a DynamoDB UpdateItem (the writes; reads pass). */
export const isUpdateItem = (request: string) => request.includes('DynamoDB_20120810.UpdateItem');
