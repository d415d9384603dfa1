import { spawn } from 'node:child_process';

/**
 * Runs a harness script in a fresh Node process with exactly `env` (plus PATH), as a Lambda would
 * start, and resolves with the JSON after the first stdout line starting with `marker `.
 */
export function runHarness<T>(script: string, env: Record<string, string>, marker: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const child = spawn(process.execPath, [script], {
      env: { PATH: process.env.PATH ?? '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let text = '';
    let errors = '';
    child.stdout.on('data', (chunk: Buffer) => {
      text += chunk;
    });
    child.stderr.on('data', (chunk: Buffer) => {
      errors += chunk;
    });
    child.once('exit', (code) => {
      const line = text.split('\n').find((l) => l.startsWith(`${marker} `));
      if (code === 0 && line) resolve(JSON.parse(line.slice(marker.length + 1)) as T);
      else reject(new Error(`harness exit ${code}: ${errors.slice(-2000)}`));
    });
  });
}
