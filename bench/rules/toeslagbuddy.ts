/**
 * The comparison the Rules v2 issue sets: toeslagbuddy (github.com/Peterbos80/toeslagbuddy-mvp), a
 * public JavaScript calculator of four toeslagen without reasons. It has no licence, so its two
 * calc files are never committed: they are read from a git-ignored local copy in
 * bench/vendor/toeslagbuddy/ (toeslagen.js, params.js, from commit 39f92db), fetched there at bench
 * time when missing, and the row is skipped when they cannot be had (no network but the npm
 * registry on CI).
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Answers } from '../../functions/rules/index';

const DIR = new URL('../vendor/toeslagbuddy/', import.meta.url).pathname;
const COMMIT = '39f92dbfaca44614a982314c4cf3d36a06858d54';
const FILES = ['params.js', 'toeslagen.js'];

type AllesCheck = (input: Record<string, unknown>) => unknown;

async function fetchCopy(): Promise<boolean> {
  try {
    const texts = await Promise.all(
      FILES.map(async (file) => {
        const url = `https://raw.githubusercontent.com/Peterbos80/toeslagbuddy-mvp/${COMMIT}/src/calc/${file}`;
        const res = await fetch(url, { signal: AbortSignal.timeout(5_000) });
        if (!res.ok) throw new Error(`${url}: ${res.status}`);
        return res.text();
      }),
    );
    mkdirSync(DIR, { recursive: true });
    for (const [i, file] of FILES.entries()) writeFileSync(join(DIR, file), texts[i] as string);
    return true;
  } catch {
    return false;
  }
}

/** toeslagbuddy's `allesCheck`, or null when no copy can be had. */
export async function loadToeslagbuddy(): Promise<AllesCheck | null> {
  if (!FILES.every((file) => existsSync(join(DIR, file))) && !(await fetchCopy())) return null;
  const module = (await import(pathToFileURL(join(DIR, 'toeslagen.js')).href)) as { allesCheck: AllesCheck };
  return module.allesCheck;
}

const HOURS_PER_MONTH_PER_WEEKLY_HOUR = 52 / 12;

/** The same household in toeslagbuddy's input (euros, yearly income; what it does not ask is left out). */
export function toToeslagbuddy(answers: Answers): Record<string, unknown> {
  const yearlyIncome =
    answers.grossIncomeYearly !== undefined
      ? answers.grossIncomeYearly / 100
      : ((answers.netIncomeMonthly ?? 0) * 12) / 100;
  return {
    partner: !!answers.partner,
    inkomen: yearlyIncome,
    vermogen: (answers.assets ?? 0) / 100,
    ...(answers.age !== undefined ? { leeftijd: answers.age } : {}),
    kinderen: (answers.children ?? []).map((child) => child.age),
    huurt: answers.housing === 'rent',
    kaleHuur: (answers.rent ?? 0) / 100,
    medebewoners: answers.coResidents27Plus ?? 0,
    aow: (answers.age ?? 0) >= 67,
    opvang: (answers.childcare ?? []).map((entry) => ({
      soort: entry.type,
      uren:
        entry.hoursPerMonth ??
        (entry.hoursPerWeek ?? (entry.daysPerWeek ?? 0) * (entry.hoursPerDay ?? 0)) *
          HOURS_PER_MONTH_PER_WEEKLY_HOUR,
      uurprijs: entry.hourlyRate / 100,
    })),
  };
}
