import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../functions/api/server';
import type { Answers } from '../../functions/rules/index';
import { COLUMN_KEYS } from '../../web/ministerie/src/lib/views';
import { guardedPage, launchBrowser } from '../support/browser';
import { adult } from '../support/screen';
import { axe } from './e2e/harness';

/**
 * The dashboard end to end: screenings seeded through the real API, the built page from the local
 * server in headless Chromium, used by keyboard. What the page shows is checked against /api/stats.
 */
const REPO = resolve(import.meta.dirname, '../..');
const TOKEN = 'ministerie-e2e-token-0123456789abcdef';

let temp: string;
let outDir: string;
let server: Awaited<ReturnType<typeof startServer>>;
let browser: Browser;
let closeBrowser: () => Promise<void>;
let context: BrowserContext;
let page: Page;
let problems: string[] = [];
const apiRequests: string[] = [];

interface Row {
  month?: string;
  period?: string;
  regulation: string;
  channel: string;
  verdict: string;
  receiving: string;
  region?: string | null;
  reason?: string | null;
  screenings: number | null;
  suppressed?: boolean;
}

const renter: Answers = adult;
const SENTINEL = 'GM0014';
/** The statistics month, Europe/Amsterdam: the dashboard's default period. */
const month = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' })
  .format(new Date())
  .slice(0, 7);

async function screen(body: object) {
  const response = await fetch(`${server.url}/api/screen`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ sessionId: randomUUID(), ...body }),
  });
  expect(response.status).toBe(200);
}

async function stats(query: string): Promise<{ from: string; to: string; period: string; rows: Row[] }> {
  const response = await fetch(`${server.url}/api/stats?${query}`, {
    headers: { Authorization: `Bearer ${TOKEN}` },
  });
  expect(response.status).toBe(200);
  return (await response.json()) as { from: string; to: string; period: string; rows: Row[] };
}

beforeAll(async () => {
  temp = mkdtempSync(join(tmpdir(), 'sw-ministerie-e2e-'));
  outDir = join(temp, 'dist');
  process.env.WEB_OUT_DIR = outDir;
  process.env.WEB_PAGES = 'main,ministerie';
  await build({ configFile: join(REPO, 'web/vite.config.ts'), mode: 'test', logLevel: 'error' });
  server = await startServer({ port: 0, dataDir: join(temp, 'data'), statsToken: TOKEN, webRoot: outDir });

  const seeds: object[] = [
    ...Array.from({ length: 14 }, () => ({
      channel: 'citizen',
      region: 'GM0363',
      answers: {
        ...renter,
        receiving: { huurtoeslag: false, zorgtoeslag: true },
        nonUseReasons: { huurtoeslag: 'did-not-know' },
      },
    })),
    ...Array.from({ length: 12 }, () => ({
      channel: 'counter',
      region: 'GM0599',
      answers: {
        ...renter,
        receiving: { huurtoeslag: false },
        nonUseReasons: { huurtoeslag: 'fear-of-repayment' },
      },
    })),
    ...Array.from({ length: 3 }, () => ({ channel: 'citizen', answers: { ...renter, age: 70 } })),
    // Last, in a municipality of its own: when its row is published, all the others are counted.
    { channel: 'citizen', region: SENTINEL, answers: renter },
  ];
  for (const seed of seeds) await screen(seed);
  // Counters are readable within 5 s of the response (contract). Counts may be protected (null),
  // so wait for the last screening's row instead: the store applies screenings in their order.
  const sentinelCounted = async () =>
    (await stats(`from=${month}&to=${month}&groupBy=region`)).rows.some((r) => r.region === SENTINEL);
  for (let waited = 0; !(await sentinelCounted()); waited += 100) {
    if (waited > 10_000) throw new Error('seeded screenings did not show in /api/stats');
    await new Promise((done) => setTimeout(done, 100));
  }

  ({ browser, close: closeBrowser } = await launchBrowser());
  context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  ({ page, problems } = await guardedPage(context, server.url));
  page.on('request', (r) => {
    if (new URL(r.url()).pathname.startsWith('/api/')) apiRequests.push(r.url());
  });
});

afterAll(async () => {
  await context?.close();
  await closeBrowser?.();
  await server?.close();
  if (temp) rmSync(temp, { recursive: true, force: true });
});

const active = () => page.evaluate(() => document.activeElement?.id ?? '');
async function tabTo(id: string) {
  for (let i = 0; i < 400; i++) {
    if ((await active()) === id) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`could not reach #${id} by keyboard`);
}

/** A published cell as the page must show it: the number, or "afgeschermd" for a protected cell. */
const shown = (r: Row) => (r.screenings === null ? 'afgeschermd' : String(r.screenings));
const KEYS = ['regulation', 'channel', 'verdict', 'receiving'] as const;

/** Text of the cells of one table, per row: column key → text. */
const tableCells = (id: string) =>
  page.$$eval(`table[data-table="${id}"] tbody tr`, (trs) =>
    trs.map((tr) =>
      Object.fromEntries(
        [...tr.children].map((cell) => [
          (cell as HTMLElement).dataset.key,
          { text: cell.textContent ?? '', csv: (cell as HTMLElement).dataset.csv ?? '' },
        ]),
      ),
    ),
  );

describe('ministry dashboard (ministerie)', () => {
  it('served at /ministerie/ and /ministerie; without a token: the sign-in and nothing else, no call to the API, no axe violations', async () => {
    for (const path of ['/ministerie/', '/ministerie']) {
      const response = await fetch(`${server.url}${path}`);
      expect(response.status).toBe(200);
      expect(await response.text()).toMatch(/<title>Steunwijzer: signalen van niet-gebruik<\/title>/);
    }
    await page.goto(`${server.url}/ministerie/`);
    await page.locator('#token').waitFor();
    expect(await page.locator('h1').count()).toBe(1);
    expect(await page.locator('h2').allTextContents()).toEqual(['Inloggen']);
    expect(await page.locator('table, svg, #download-csv').count()).toBe(0);
    expect(await axe(page)).toEqual([]);
    expect(apiRequests).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('a wrong token: a clear message, still only the sign-in', async () => {
    await tabTo('token');
    await page.keyboard.type('not-the-token');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('#token-error').textContent())
      .toBe('Dit token klopt niet. Controleer het en probeer het opnieuw.');
    expect(await page.locator('table').count()).toBe(0);
    // The one refused request is the expected outcome here, logged by Chromium as a 401.
    expect(problems.filter((p) => !p.startsWith('console: Failed to load resource'))).toEqual([
      '401: /api/stats',
    ]);
    expect(apiRequests).toHaveLength(1);
    problems.length = 0;
  });

  it('signs in by keyboard; the token stays out of storage, cookies and URLs', async () => {
    await page.keyboard.press('Control+A');
    await page.keyboard.type(TOKEN);
    await page.keyboard.press('Enter');
    await page.locator('table[data-table="summary"]').waitFor();
    expect(await page.locator('h1').count()).toBe(1);
    const where = await page.evaluate(() => ({
      url: location.href,
      session: sessionStorage.length,
      local: localStorage.length,
      cookie: document.cookie,
    }));
    expect(where).toEqual({ url: `${server.url}/ministerie/`, session: 0, local: 0, cookie: '' });
    expect(apiRequests.every((url) => !url.includes(TOKEN))).toBe(true);
    expect(await page.getByText('geen cijfers over de hele bevolking', { exact: false }).count()).toBe(1);
    expect(await axe(page)).toEqual([]);
  });

  it('shows the published cells of this month as /api/stats gives them, nothing summed', async () => {
    expect(await page.locator('#period-kind').inputValue()).toBe('month');
    expect(await page.locator('#period-id').inputValue()).toBe(month);
    const api = await stats(`from=${month}&to=${month}`);
    const rows = await tableCells('summary');
    expect(rows.map((r) => [...KEYS.map((k) => r[k]?.csv), r.period?.csv, r.screenings?.text])).toEqual(
      api.rows.map((r) => [...KEYS.map((k) => r[k]), r.month, shown(r)]),
    );
    // The three visitors of 70 are protected, and with them cells of 10 or more (the 14 citizens
    // who do not get huurtoeslag): so "withheld", not "fewer than 10".
    expect(api.rows.some((r) => r.suppressed && r.screenings === null)).toBe(true);
    expect(rows.some((r) => r.screenings?.text === 'afgeschermd')).toBe(true);
    // Every count on the page is one published cell: no total, range or share.
    const counts = await page.$$eval('td[data-key="screenings"]', (tds) => tds.map((td) => td.textContent));
    expect(counts.filter((text) => !/^(\d+|afgeschermd)$/.test(text ?? ''))).toEqual([]);
    expect(await page.locator('th[data-key="share"], td[data-key="share"]').count()).toBe(0);
    expect(await page.locator('svg').count()).toBe(0);
    const estimates = await tableCells('estimates');
    expect(estimates.find((r) => r.regulation?.csv === 'huurtoeslag')?.estimate?.text).toMatch(
      /^12% \(2021\); CPB/,
    );
  });

  it('breaks down by municipality (keyboard), each cell as published', async () => {
    await tabTo('dimension');
    await page.keyboard.type('Gemeente');
    await page.locator('table[data-table="breakdown-region"]').waitFor();
    const api = await stats(`from=${month}&to=${month}&groupBy=region`);
    const rows = await tableCells('breakdown-region');
    expect(rows.map((r) => [...KEYS.map((k) => r[k]?.csv), r.group?.csv, r.screenings?.text])).toEqual(
      api.rows.map((r) => [...KEYS.map((k) => r[k]), r.region ?? '', shown(r)]),
    );
    expect(rows.map((r) => r.group?.csv)).toContain('GM0363');
    expect(rows.some((r) => r.screenings?.text === 'afgeschermd')).toBe(true);
    expect(await axe(page)).toEqual([]);
  });

  it('shows the reason cells as the API publishes them', async () => {
    const api = await stats(`from=${month}&to=${month}&groupBy=reason`);
    const rows = await tableCells('reasons');
    expect(rows.map((r) => [...KEYS.map((k) => r[k]?.csv), r.reason?.csv, r.screenings?.text])).toEqual(
      api.rows.filter((r) => r.reason).map((r) => [...KEYS.map((k) => r[k]), r.reason, shown(r)]),
    );
    expect(
      new Set(rows.filter((r) => r.regulation?.csv === 'huurtoeslag').map((r) => r.reason?.csv)),
    ).toEqual(new Set(['did-not-know', 'fear-of-repayment']));
  });

  it('the CSV download holds exactly the tables on screen', async () => {
    await tabTo('download-csv');
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    const text = readFileSync((await download.path()) as string, 'utf8');
    const lines = parseCsv(text);
    expect(lines[0]).toEqual(['table', ...COLUMN_KEYS]);
    const shown = await page.$$eval('table[data-table]', (tables) =>
      tables.flatMap((table) => {
        const keys = [...table.querySelectorAll('thead th')].map(
          (th) => (th as HTMLElement).dataset.key ?? '',
        );
        return [...table.querySelectorAll('tbody tr')].map((tr) => {
          const cells = Object.fromEntries(
            [...tr.children].map((c, i) => [keys[i], (c as HTMLElement).dataset.csv ?? '']),
          );
          return { table: (table as HTMLElement).dataset.table ?? '', cells };
        });
      }),
    );
    expect(lines.slice(1)).toEqual(
      shown.map((row) => [row.table, ...COLUMN_KEYS.map((key) => row.cells[key] ?? '')]),
    );
    expect(new Set(shown.map((r) => r.table))).toEqual(
      new Set(['estimates', 'summary', 'breakdown-region', 'reasons']),
    );
    // A count is a published number or "suppressed", never a range.
    const counts = lines.slice(1).map((line) => line[COLUMN_KEYS.indexOf('screenings') + 1] ?? '');
    expect(counts.filter((c) => c !== '' && !/^(\d+|suppressed)$/.test(c))).toEqual([]);
    expect(counts).toContain('suppressed');
    expect(problems).toEqual([]);
  });

  it('chooses a quarter by keyboard: one declared table, its rows named by the quarter', async () => {
    const quarter = `${month.slice(0, 4)}-Q${Math.ceil(Number(month.slice(5)) / 3)}`;
    const first = String((Number(quarter.slice(6)) - 1) * 3 + 1).padStart(2, '0');
    const last = String(Number(quarter.slice(6)) * 3).padStart(2, '0');
    await tabTo('period-kind');
    await page.keyboard.type('Kwartaal');
    expect(await page.locator('#period-id').inputValue()).toBe(quarter);
    await tabTo('period-show');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('p.status').textContent())
      .toBe(`Getoond: ${quarter.slice(6)}e kwartaal ${quarter.slice(0, 4)}.`);
    const range = `from=${quarter.slice(0, 4)}-${first}&to=${quarter.slice(0, 4)}-${last}`;
    expect(apiRequests.some((url) => url.endsWith(`/api/stats?${range}`))).toBe(true);
    const api = await stats(range);
    const rows = await tableCells('summary');
    expect(rows.map((r) => [...KEYS.map((k) => r[k]?.csv), r.period?.csv, r.screenings?.text])).toEqual(
      api.rows.map((r) => [...KEYS.map((k) => r[k]), r.period, shown(r)]),
    );
    expect(rows.every((r) => r.period?.csv === quarter)).toBe(true);
    expect(await axe(page)).toEqual([]);
    expect(problems).toEqual([]);
  });
});

/** RFC 4180 CSV (quoted fields, CRLF) into rows of fields. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  return rows;
}
