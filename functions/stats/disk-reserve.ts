import { open, statfs, unlink } from 'node:fs/promises';
import { dirname } from 'node:path';

/** What the disk says when it has no room left (ENOSPC), or the user's quota is spent (EDQUOT). */
export function isDiskFull(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return code === 'ENOSPC' || code === 'EDQUOT';
}

/**
 * Room kept free on the disk of the write-ahead log: a file of `bytes` zeros, given up when the
 * disk is full, so that the signals of screenings being answered still reach the disk (the
 * "ballast file" of operations practice). While it is given up, counting pauses (the store would
 * spend the freed room); it is made again, and counting resumes, once the disk has room for it
 * twice over (docs/adr/0010-durable-local-statistics.md).
 */
export class DiskReserve {
  /** Whether the reserve is given up (or could not be made): the disk is full, or was. */
  released = false;

  constructor(
    readonly path: string,
    readonly bytes: number,
  ) {}

  /** Makes the reserve when the disk has room for it twice over; returns whether it is in place. */
  async restore(): Promise<boolean> {
    try {
      const handle = await open(this.path, 'r').catch(() => null);
      if (handle) {
        const { size } = await handle.stat();
        await handle.close();
        if (size >= this.bytes) {
          this.released = false;
          return true;
        }
      }
      const { bavail, bsize } = await statfs(dirname(this.path));
      if (bavail * bsize < 2 * this.bytes) return this.fail();
      const file = await open(this.path, 'w');
      try {
        await file.writeFile(Buffer.alloc(this.bytes));
        await file.sync();
      } finally {
        await file.close();
      }
      this.released = false;
      return true;
    } catch {
      await unlink(this.path).catch(() => {});
      return this.fail();
    }
  }

  /** Gives the reserve up; returns whether that freed any room. */
  async release(): Promise<boolean> {
    this.released = true;
    return unlink(this.path).then(
      () => true,
      () => false,
    );
  }

  private fail(): false {
    this.released = true;
    return false;
  }
}
