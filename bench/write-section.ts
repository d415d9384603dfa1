import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const FILE = new URL('../docs/benchmarks.md', import.meta.url);

/** Replaces (or appends) one "## title" section of docs/benchmarks.md, leaving the others intact. */
export function writeSection(title: string, body: string): void {
  const current = existsSync(FILE) ? readFileSync(FILE, 'utf8') : '# Benchmarks\n';
  const heading = `## ${title}`;
  const start = current.indexOf(heading);
  const section = `${heading}\n\n${body.trim()}\n`;
  if (start === -1) {
    writeFileSync(FILE, `${current.trimEnd()}\n\n${section}`);
    return;
  }
  const next = current.indexOf('\n## ', start + heading.length);
  const end = next === -1 ? current.length : next + 1;
  writeFileSync(FILE, `${current.slice(0, start)}${section}${next === -1 ? '' : `\n${current.slice(end)}`}`);
}
