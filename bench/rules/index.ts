/**
 * Rules benchmark: a full seven-regulation screening with reasons, over 2,000 varied households,
 * timed one call at a time on one core. Writes the "## Rules engine" section of docs/benchmarks.md.
 * Run with `npm run bench` (or `npx tsx bench/rules/index.ts`).
 */
import { evaluate } from '../../functions/rules/index';
import { households } from '../../test/support/households';
import { writeSection } from '../write-section';
import { loadToeslagbuddy, toToeslagbuddy } from './toeslagbuddy';

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

/** Median µs per call of `run` over the sample, timed like evaluate above (5 warm-up rounds, 5 measured). */
function medianOf<T>(inputs: T[], run: (input: T) => unknown): number {
  for (let round = 0; round < 5; round++) for (const input of inputs) run(input);
  const times: number[] = [];
  for (let round = 0; round < 5; round++)
    for (const input of inputs) {
      const t0 = process.hrtime.bigint();
      run(input);
      times.push(Number(process.hrtime.bigint() - t0) / 1000);
    }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}
const allesCheck = await loadToeslagbuddy();
const buddyMedian = allesCheck ? medianOf(sample.map(toToeslagbuddy), allesCheck) : null;

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
  buddyMedian === null
    ? '| toeslagbuddy `allesCheck` median, same households | skipped: no local copy (bench/vendor/toeslagbuddy) | |'
    : `| toeslagbuddy \`allesCheck\` median, same households (4 toeslagen, no reasons) | ${buddyMedian.toFixed(1)} µs | |`,
  ...(buddyMedian === null
    ? []
    : [`| evaluate median ÷ toeslagbuddy median | ${(median / buddyMedian).toFixed(1)}× | ≤ 2× |`]),
];
writeSection('Rules engine', lines.join('\n'));
console.log(lines.join('\n'));
