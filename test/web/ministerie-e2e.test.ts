import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../functions/api/server';
import { type Answers, REGULATION_IDS } from '../../functions/rules/index';
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
  month: string;
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

async function screen(body: object) {
  const response = await fetch(`${server.url}/api/screen`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ sessionId: randomUUID(), ...body }),
  });
  expect(response.status).toBe(200);
}

async function stats(query: string): Promise<{ from: string; to: string; rows: Row[] }> {
  const response = await fetch(`${server.url}/api/stats?${query}`, {
    headers: { Authorization: `Bearer ${TOKEN}` },
  });
  expect(response.status).toBe(200);
  return (await response.json()) as { from: string; to: string; rows: Row[] };
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
  ];
  for (const seed of seeds) await screen(seed);
  const month = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' })
    .format(new Date())
    .slice(0, 7);
  // Counters are readable within 5 s of the response (contract); wait for all 29 visits.
  const huurtoeslagVisits = async () =>
    (await stats(`from=${month}&to=${month}`)).rows
      .filter((r) => r.regulation === 'huurtoeslag')
      .reduce((sum, r) => sum + (r.screenings ?? 0), 0);
  for (let waited = 0; (await huurtoeslagVisits()) < 26; waited += 100) {
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

/** The display rule for a sum of published cells, written out independently of the page's code. */
function expectedCount(rows: Row[]): string {
  const known = rows.reduce((sum, r) => sum + (r.screenings ?? 0), 0);
  const suppressed = rows.filter((r) => r.screenings === null).length;
  if (suppressed === 0) return String(known);
  if (known === 0 && suppressed === 1) return 'minder dan 10';
  return `${known + suppressed} tot ${known + suppressed * 9}`;
}
const entitled = (r: Row) => r.verdict === 'likely' || r.verdict === 'possibly';

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

  it('the numbers per regulation equal /api/stats for the period shown', async () => {
    const from = await page.locator('#period-from').inputValue();
    const to = await page.locator('#period-to').inputValue();
    const api = await stats(`from=${from}&to=${to}`);
    const rows = await tableCells('summary');
    expect(rows.map((r) => r.regulation?.csv)).toEqual([...REGULATION_IDS]);
    for (const row of rows) {
      const mine = api.rows.filter((r) => r.regulation === row.regulation?.csv);
      expect(row.screenings?.text).toBe(expectedCount(mine));
      expect(row.entitled?.text).toBe(expectedCount(mine.filter(entitled)));
      expect(row.notReceiving?.text).toBe(
        expectedCount(mine.filter((r) => entitled(r) && r.receiving === 'no')),
      );
    }
    const huur = rows.find((r) => r.regulation?.csv === 'huurtoeslag');
    // The three visitors of 70 sit in a suppressed cell of their own: the total becomes a range.
    expect(huur).toMatchObject({
      screenings: { text: '27 tot 35' },
      notReceiving: { text: '26' },
      share: { text: '100%' },
    });
    expect(huur?.estimate?.text).toMatch(/^12% \(2021\); CPB/);
    expect(rows.find((r) => r.regulation?.csv === 'aio')?.entitled?.text).toBe('minder dan 10');

    const trend = await tableCells('trend');
    const thisMonth = trend.filter((r) => r.month?.csv === to);
    for (const row of thisMonth) {
      const mine = api.rows.filter((r) => r.regulation === row.regulation?.csv && r.month === to);
      expect(row.screenings?.text).toBe(expectedCount(mine));
    }
    expect(await page.locator('svg[role="img"] title').count()).toBeGreaterThanOrEqual(14);
  });

  it('breaks down by municipality (keyboard), with suppressed cells as "fewer than 10", never 0', async () => {
    await tabTo('dimension');
    await page.keyboard.type('Gemeente');
    await page.locator('table[data-table="breakdown-region"]').waitFor();
    const from = await page.locator('#period-from').inputValue();
    const to = await page.locator('#period-to').inputValue();
    const api = await stats(`from=${from}&to=${to}&groupBy=region`);
    const rows = await tableCells('breakdown-region');
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const mine = api.rows.filter(
        (r) => r.regulation === row.regulation?.csv && (r.region ?? '') === row.group?.csv,
      );
      expect(mine.length).toBeGreaterThan(0);
      expect(row.screenings?.text).toBe(expectedCount(mine));
      expect(row.screenings?.text).not.toBe('0');
    }
    expect(rows.some((r) => r.screenings?.text === 'minder dan 10')).toBe(true);
    expect(api.rows.some((r) => r.suppressed && r.screenings === null)).toBe(true);
    expect(await axe(page)).toEqual([]);
  });

  it('shows the reasons as the API counts them', async () => {
    const from = await page.locator('#period-from').inputValue();
    const to = await page.locator('#period-to').inputValue();
    const api = await stats(`from=${from}&to=${to}&groupBy=reason`);
    const rows = await tableCells('reasons');
    const huur = rows
      .filter((r) => r.regulation?.csv === 'huurtoeslag')
      .map((r) => [r.reason?.csv, r.month?.csv, r.count?.text]);
    expect(huur).toEqual([
      ['did-not-know', `${from}/${to}`, '14'],
      ['did-not-know', to, '14'],
      ['fear-of-repayment', `${from}/${to}`, '12'],
      ['fear-of-repayment', to, '12'],
    ]);
    for (const row of rows) {
      const inMonth = (r: Row) => row.month?.csv.includes('/') || r.month === row.month?.csv;
      const mine = api.rows.filter(
        (r) =>
          r.regulation === row.regulation?.csv &&
          r.reason === row.reason?.csv &&
          entitled(r) &&
          r.receiving === 'no' &&
          inMonth(r),
      );
      expect(row.count?.text).toBe(expectedCount(mine));
    }
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
      new Set(['summary', 'trend', 'breakdown-region', 'reasons']),
    );
    const huur = lines.find((line) => line[0] === 'summary' && line[1] === 'huurtoeslag');
    expect(huur?.[COLUMN_KEYS.indexOf('screenings') + 1]).toBe('27-35');
    expect(huur?.[COLUMN_KEYS.indexOf('notReceiving') + 1]).toBe('26');
    expect(problems).toEqual([]);
  });

  it('the chart code is not in the citizen app', () => {
    const html = readFileSync(join(outDir, 'index.html'), 'utf8');
    const assets = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1] as string);
    expect(assets.length).toBeGreaterThan(0);
    for (const asset of assets)
      expect(readFileSync(join(outDir, asset), 'utf8')).not.toMatch(/chart__bar|chart__line/);
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
