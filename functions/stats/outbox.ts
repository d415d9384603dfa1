import { appendFile, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { isStatsOp, type StatsOp } from './ops';

/** Where statistics writes wait while the store cannot take them. */
export interface Outbox {
  load(): Promise<StatsOp[]>;
  append(ops: StatsOp[]): Promise<void>;
  /** Replaces the whole content, after a replay applied some of it. */
  replace(ops: StatsOp[]): Promise<void>;
}

/** The local server's outbox: JSON lines on disk (DATA_DIR/outbox.jsonl), so a restart keeps them. */
export class FileOutbox implements Outbox {
  constructor(readonly path: string) {}

  async load(): Promise<StatsOp[]> {
    const text = await readFile(this.path, 'utf8').catch(() => '');
    return text
      .split('\n')
      .filter(Boolean)
      .map((line) => {
        try {
          return JSON.parse(line) as unknown;
        } catch {
          return null; // a line torn by a crash mid-write
        }
      })
      .filter(isStatsOp);
  }

  async append(ops: StatsOp[]): Promise<void> {
    if (!ops.length) return;
    await mkdir(dirname(this.path), { recursive: true });
    await appendFile(this.path, ops.map((op) => `${JSON.stringify(op)}\n`).join(''));
  }

  async replace(ops: StatsOp[]): Promise<void> {
    await mkdir(dirname(this.path), { recursive: true });
    const tmp = `${this.path}.tmp`;
    await writeFile(tmp, ops.map((op) => `${JSON.stringify(op)}\n`).join(''));
    await rename(tmp, this.path);
  }
}
