import { type FileHandle, mkdir, open, readFile, rename, unlink } from 'node:fs/promises';
import { dirname } from 'node:path';
import { isDiskFull } from './disk-reserve';

export interface WriteAheadLogOptions {
  /**
   * Called when the disk is full; resolves to whether it freed room (DiskReserve.release), after
   * which the refused lines are written once more.
   */
  onDiskFull?: () => Promise<boolean>;
}

/**
 * An append-only log of JSON lines on disk with group commit: `append()` resolves once its lines
 * are written *and* fsynced (fdatasync). Whatever arrives while one fsync runs is written by the
 * next, together, so a burst costs one fsync per round, not one per line. `compact()` replaces the
 * content (written to a temporary file, fsynced, renamed over the log, the directory fsynced), in
 * order with the appends. A line torn by a crash is skipped on reading.
 */
export class WriteAheadLog {
  private buffer: string[] = [];
  private waiters: { resolve(): void; reject(error: unknown): void }[] = [];
  private compaction: { lines: () => unknown[]; resolve(): void; reject(error: unknown): void } | null = null;
  private pumping: Promise<void> | null = null;
  /** Bytes appended since the last compaction. */
  bytes = 0;
  /** A write failed part-way: the file may end in a torn line, so the next write starts a new one. */
  private torn = false;

  private constructor(
    readonly path: string,
    private handle: FileHandle,
    private readonly options: WriteAheadLogOptions,
  ) {}

  /**
   * Opens the log, returning what it holds; the file is rewritten without any torn line (when the
   * disk has room for that; otherwise it is kept as it is, and appended to after a line break).
   */
  static async open(
    path: string,
    options: WriteAheadLogOptions = {},
  ): Promise<{ log: WriteAheadLog; records: unknown[] }> {
    await mkdir(dirname(path), { recursive: true });
    const text = await readFile(path, 'utf8').catch(() => '');
    const records = text
      .split('\n')
      .filter(Boolean)
      .map((line) => {
        try {
          return JSON.parse(line) as unknown;
        } catch {
          return null; // a line torn by a crash mid-write
        }
      })
      .filter((record) => record !== null);
    const rewritten = await writeDurably(path, records).then(
      () => true,
      () => false,
    );
    const log = new WriteAheadLog(path, await open(path, 'a'), options);
    log.torn = !rewritten;
    return { log, records };
  }

  /** Resolves when the records are on disk (fsynced); rejects when the disk refused them. */
  append(records: unknown[]): Promise<void> {
    for (const record of records) this.buffer.push(`${JSON.stringify(record)}\n`);
    return new Promise<void>((resolve, reject) => {
      this.waiters.push({ resolve, reject });
      this.pump();
    });
  }

  /**
   * Replaces the log by `lines()` (called when the rewrite starts, after every earlier append is
   * on disk). Lines appended but not yet written then follow in the new file: a record may appear
   * twice, and readers deduplicate by id.
   */
  compact(lines: () => unknown[]): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.compaction = { lines, resolve, reject };
      this.pump();
    });
  }

  /** Waits until everything appended so far is on disk (or refused). */
  async settle(): Promise<void> {
    while (this.pumping) await this.pumping;
  }

  async close(): Promise<void> {
    await this.settle();
    await this.handle.close();
  }

  private pump(): void {
    this.pumping ??= this.run().finally(() => {
      this.pumping = null;
    });
  }

  /** Appends every byte of `text` (a short write is continued) and fsyncs it. */
  private async write(text: string): Promise<void> {
    const line = this.torn ? `\n${text}` : text;
    this.torn = true;
    await this.handle.writeFile(line);
    await this.handle.datasync();
    this.torn = false;
    this.bytes += line.length;
  }

  private async run(): Promise<void> {
    while (this.buffer.length || this.compaction) {
      // A requested compaction goes first, so a steady stream of appends cannot starve it.
      if (!this.compaction) {
        const text = this.buffer.join('');
        const waiters = this.waiters;
        this.buffer = [];
        this.waiters = [];
        try {
          await this.write(text).catch(async (error) => {
            if (!isDiskFull(error) || !(await this.options.onDiskFull?.())) throw error;
            await this.write(text);
          });
          for (const waiter of waiters) waiter.resolve();
        } catch (error) {
          for (const waiter of waiters) waiter.reject(error);
        }
        continue;
      }
      const compaction = this.compaction;
      this.compaction = null;
      if (!compaction) continue;
      try {
        await writeDurably(this.path, compaction.lines());
        const old = this.handle;
        this.handle = await open(this.path, 'a');
        await old.close().catch(() => {});
        this.bytes = 0;
        this.torn = false;
        compaction.resolve();
      } catch (error) {
        compaction.reject(error);
      }
    }
  }
}

/** Writes the records to `path` so that a crash leaves either the old file or the new one. */
async function writeDurably(path: string, records: unknown[]): Promise<void> {
  const tmp = `${path}.tmp`;
  const file = await open(tmp, 'w');
  try {
    await file.writeFile(records.map((record) => `${JSON.stringify(record)}\n`).join(''));
    await file.sync();
  } catch (error) {
    await unlink(tmp).catch(() => {}); // a part-written copy would only hold the disk's room
    throw error;
  } finally {
    await file.close();
  }
  await rename(tmp, path);
  const dir = await open(dirname(path), 'r');
  try {
    await dir.sync();
  } finally {
    await dir.close();
  }
}
