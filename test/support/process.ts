import { type ChildProcess, spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export const REPO = new URL('../../', import.meta.url).pathname;

export interface ServerProcess {
  child: ChildProcess;
  /** Base URL from the "Steunwijzer on …" line. */
  url: string;
  /** Everything printed so far, stdout and stderr together. */
  output(): string;
  /** The exit code (null after a signal). */
  exited: Promise<number | null>;
}

/**
 * Starts the local server as its own process (`node --import tsx functions/api/server.ts` unless
 * `command` says otherwise, e.g. `npm start`) and resolves once it prints its URL.
 */
export async function spawnServer(options: {
  env: Record<string, string>;
  command?: string[];
  /** Its own process group, so a test can kill the whole tree at once (killGroup). */
  detached?: boolean;
  /** Where to keep the child, for an afterAll that kills what a failed test left running. */
  track?: ChildProcess[];
}): Promise<ServerProcess> {
  const [cmd, ...args] = options.command ?? [process.execPath, '--import', 'tsx', 'functions/api/server.ts'];
  const child = spawn(cmd as string, args, {
    cwd: REPO,
    env: { ...process.env, PORT: '0', STATS_TOKEN: '', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: !!options.detached,
  });
  options.track?.push(child);
  let out = '';
  child.stdout?.on('data', (chunk) => {
    out += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    out += chunk;
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const started = Date.now();
  while (!/Steunwijzer on (http:\/\/\S+)/.test(out)) {
    if (child.exitCode !== null || child.signalCode !== null || Date.now() - started > 60_000)
      throw new Error(`server did not start: ${out}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const url = /Steunwijzer on (http:\/\/\S+)/.exec(out)?.[1] as string;
  return { child, url, exited, output: () => out };
}

/** SIGKILL to the child's process group (spawned with `detached`); nothing if it is gone. */
export function killGroup(child: ChildProcess): void {
  try {
    process.kill(-(child.pid as number), 'SIGKILL');
  } catch {
    // already gone
  }
}

/** Every live descendant of `pid` (Linux /proc), children before grandchildren. */
export function descendants(pid: number): number[] {
  const parents = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = processStat(Number(entry));
    if (!stat || stat.state === 'Z') continue;
    parents.set(stat.ppid, [...(parents.get(stat.ppid) ?? []), Number(entry)]);
  }
  const found: number[] = [];
  const queue = [pid];
  while (queue.length) {
    for (const child of parents.get(queue.shift() as number) ?? []) {
      found.push(child);
      queue.push(child);
    }
  }
  return found;
}

/** The process's command line, '' once it is gone. */
export function commandLine(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
  } catch {
    return '';
  }
}

/** Whether the process runs (a zombie waiting to be reaped has ended). */
export function isRunning(pid: number): boolean {
  const stat = processStat(pid);
  return !!stat && stat.state !== 'Z';
}

function processStat(pid: number): { state: string; ppid: number } | null {
  try {
    // "pid (comm) state ppid …": comm may hold spaces and parentheses, so split after the last ')'.
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const [state, ppid] = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return { state: state as string, ppid: Number(ppid) };
  } catch {
    return null;
  }
}

/** POST /api/screen for a pensioner at the counter; 0 when the server refused the connection. */
export const postScreening = (url: string, body: object = {}) =>
  fetch(`${url}/api/screen`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ channel: 'counter', answers: { age: 70 }, ...body }),
  })
    .then(async (res) => {
      await res.arrayBuffer();
      return res.status;
    })
    .catch(() => 0);

/** This month's AIO screenings counted for `region` (0 when none). */
export async function aioScreenings(url: string, token: string, region: string): Promise<number> {
  const month = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' })
    .format(new Date())
    .slice(0, 7);
  const res = await fetch(`${url}/api/stats?from=${month}&to=${month}&groupBy=region`, {
    headers: { authorization: `Bearer ${token}` },
  });
  if (!res.ok) throw new Error(`GET /api/stats answered ${res.status}`);
  const { rows } = (await res.json()) as {
    rows: { regulation: string; region: string; screenings: number | null }[];
  };
  return rows.find((r) => r.regulation === 'aio' && r.region === region)?.screenings ?? 0;
}
