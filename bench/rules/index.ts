/**
 * Rules benchmark: a full seven-regulation screening with reasons, over 2,000 varied households,
 * timed one call at a time on one core. Writes the "## Rules engine" section of docs/benchmarks.md.
 * Run with `npm run bench` (or `npx tsx bench/rules/index.ts`).
 */
import { evaluate } from '../../functions/rules/index';
import { households } from '../../test/support/households';
import { writeSection } from '../write-section';

const PEILDATUM = '2026-11-24';
const sample = households(2_000);

// Warm up the JIT on the same mix before measuring.
for (let round = 0; round < 5; round++)
  for (const answers of sample) evaluate(answers, { peildatum: PEILDATUM });

const timings: number[] = [];
const started = process.hrtime.bigint();
for (let round = 0; round < 5; round++) {
  for (const answers of sample) {
    const t0 = process.hrtime.bigint();
    evaluate(answers, { peildatum: PEILDATUM });
    timings.push(Number(process.hrtime.bigint() - t0) / 1000);
  }
}
const totalSeconds = Number(process.hrtime.bigint() - started) / 1e9;
timings.sort((a, b) => a - b);
const quantile = (q: number) => timings[Math.min(timings.length - 1, Math.floor(q * timings.length))] ?? 0;
const median = quantile(0.5);
const p99 = quantile(0.99);
const perSecond = Math.round(timings.length / totalSeconds);

const lines = [
  `Measured ${new Date().toISOString().slice(0, 10)} on this machine (Node ${process.version}, one core), \`npm run bench\`.`,
  '',
  `A full screening: all seven regulations with reasons, texts, thresholds and sources, over ${sample.length.toLocaleString('en')} generated households (test/support/households.ts, fixed seed), 5 rounds after 5 warm-up rounds.`,
  '',
  '| figure | value | target |',
  '|---|---|---|',
  `| median per screening | ${median.toFixed(1)} µs | ≤ 20 µs |`,
  `| p99 per screening | ${p99.toFixed(1)} µs | |`,
  `| screenings per second, one core | ${perSecond.toLocaleString('en')} | |`,
];
writeSection('Rules engine', lines.join('\n'));
console.log(lines.join('\n'));
