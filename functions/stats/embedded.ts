import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { type Logger, silentLogger } from './log';

/**
 * The embedded DynamoDB-compatible store of the local server and the tests: dynalite on LevelDB in
 * `path`, in a process of its own (functions/stats/embedded-process.mjs) so that a full disk or
 * corrupt files end that process, not the server. It speaks the DynamoDB HTTP API, so the one
 * adapter (functions/stats/dynamo.ts) talks to it through @aws-sdk/client-dynamodb exactly as to AWS.
 * A store process that dies is started again on the same port, sooner at first, then every 5 s.
 */
export interface EmbeddedStore {
  endpoint: string;
  port: number;
  /** The store process, while one runs. */
  readonly pid: number | undefined;
  /** Stops answering (finishes requests in flight), like an outage; `start()` brings it back. */
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Called whenever a store process starts answering after one died or was stopped. */
  onRestart(listener: () => void): void;
}

export interface EmbeddedStoreOptions {
  path: string;
  port?: number;
  logger?: Logger;
  /** The first delay before a died store process is started again (doubling to 5 s). */
  restartMs?: number;
}

const ENTRY = fileURLToPath(new URL('./embedded-process.mjs', import.meta.url));
const MAX_RESTART_MS = 5_000;
/** A store process that ran this long had not died of its files: the next restart is quick again. */
const STABLE_MS = 30_000;
const STOP_BUDGET_MS = 1_500;

export async function startEmbeddedStore(options: EmbeddedStoreOptions): Promise<EmbeddedStore> {
  const logger = options.logger ?? silentLogger;
  const firstDelay = options.restartMs ?? 200;
  const listeners: (() => void)[] = [];
  let port = options.port ?? 0;
  let child: ChildProcess | null = null;
  let wanted = true;
  let delay = firstDelay;
  let timer: NodeJS.Timeout | null = null;
  let starts = 0;

  const spawnStore = () =>
    new Promise<void>((resolve, reject) => {
      const proc = fork(ENTRY, [options.path, String(port)], {
        execArgv: [],
        stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
      });
      child = proc;
      const began = Date.now();
      let listening = false;
      let stderr = '';
      proc.stderr?.on('data', (chunk) => {
        stderr = (stderr + chunk).slice(-8_000);
      });
      proc.once('message', (message: { port: number }) => {
        listening = true;
        port = message.port;
        resolve();
        if (starts++) for (const listener of listeners) listener();
      });
      proc.once('exit', (code, signal) => {
        if (child === proc) child = null;
        if (!listening) reject(new Error(`the embedded store exited while starting (${code ?? signal})`));
        if (!wanted || !starts) return;
        // The reason, for whoever runs the server: its first error line (e.g. a LevelDB
        // "Corruption" or ENOSPC), never the stack.
        const error = /^\w*Error\b.*$/m.exec(stderr)?.[0]?.slice(0, 200) ?? null;
        delay = Date.now() - began > STABLE_MS ? firstDelay : delay;
        logger.error('stats store exited, starting it again', { code, signal, error, inMs: delay });
        timer = setTimeout(() => {
          timer = null;
          if (wanted && !child) spawnStore().catch(() => {}); // a failed start exits and comes back here
        }, delay);
        delay = Math.min(delay * 2, MAX_RESTART_MS);
      });
    });

  try {
    await spawnStore();
  } catch (error) {
    wanted = false;
    throw error;
  }
  return {
    endpoint: `http://127.0.0.1:${port}`,
    port,
    get pid() {
      return child?.pid;
    },
    async stop() {
      wanted = false;
      if (timer) clearTimeout(timer);
      timer = null;
      const proc = child;
      if (!proc || proc.exitCode !== null || proc.signalCode !== null) return;
      const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
      const kill = setTimeout(() => proc.kill('SIGKILL'), STOP_BUDGET_MS);
      if (proc.connected) proc.send('stop');
      else proc.kill('SIGKILL');
      await exited;
      clearTimeout(kill);
    },
    async start() {
      wanted = true;
      delay = firstDelay;
      if (timer) clearTimeout(timer);
      timer = null;
      if (!child) await spawnStore();
    },
    onRestart(listener) {
      listeners.push(listener);
    },
  };
}

/** A client for the embedded store: dummy credentials, short timeouts, no retries to wait on. */
export function embeddedClient(endpoint: string): DynamoDBClient {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  return new DynamoDBClient({
    endpoint,
    region: 'eu-west-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    maxAttempts: 2,
    requestHandler: { connectionTimeout: 1_000, requestTimeout: 5_000 },
  });
}
