import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../functions/api/server';
import { answersSchema } from '../../functions/contract/answers';
import type { SharesResponse } from '../../functions/contract/statistics';
import { evaluate } from '../../functions/rules/index';
import { CSV_COLUMNS } from '../../web/ministerie/src/lib/csv';
import { guardedPage, launchBrowser } from '../support/browser';
import { seededRequests } from '../support/seeded-month';
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

async function shares(query: string): Promise<SharesResponse> {
  const response = await fetch(`${server.url}/api/stats/shares?${query}`, {
    headers: { Authorization: `Bearer ${TOKEN}` },
  });
  expect(response.status).toBe(200);
  return (await response.json()) as SharesResponse;
}

async function stats(
  query: string,
): Promise<{ from: string; to: string; period: string; withheld: boolean; rows: Row[] }> {
  const response = await fetch(`${server.url}/api/stats?${query}`, {
    headers: { Authorization: `Bearer ${TOKEN}` },
  });
  expect(response.status).toBe(200);
  return (await response.json()) as {
    from: string;
    to: string;
    period: string;
    withheld: boolean;
    rows: Row[];
  };
}

beforeAll(async () => {
  temp = mkdtempSync(join(tmpdir(), 'sw-ministerie-e2e-'));
  outDir = join(temp, 'dist');
  process.env.WEB_OUT_DIR = outDir;
  process.env.WEB_PAGES = 'main,ministerie';
  await build({ configFile: join(REPO, 'web/vite.config.ts'), mode: 'test', logLevel: 'error' });
  server = await startServer({ port: 0, dataDir: join(temp, 'data'), statsToken: TOKEN, webRoot: outDir });

  // About 700 screenings this month across both channels and five municipalities (the issue's
  // done-when), 25 at a time. Few enough that the finer tables are withheld for the year.
  const seeds = seededRequests();
  for (let k = 0; k < seeds.length; k += 25) await Promise.all(seeds.slice(k, k + 25).map(screen));
  // Counters are readable within 5 s of the response (contract). Wait until the national count of
  // zorgtoeslag holds every seeded screening the rules found likely or possibly entitled to it.
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
  const expected = seeds.filter((seed) => {
    const answers = answersSchema.parse((seed as { answers: unknown }).answers);
    const zt = evaluate(answers, { peildatum: today }).results.find((r) => r.regulation === 'zorgtoeslag');
    return zt?.verdict === 'likely' || zt?.verdict === 'possibly';
  }).length;
  const counted = async () =>
    (await shares(`from=${month}&to=${month}`)).shares.find((r) => r.regulation === 'zorgtoeslag')?.nLow ===
    expected;
  for (let waited = 0; !(await counted()); waited += 100) {
    if (waited > 20_000) throw new Error('seeded screenings did not show in /api/stats/shares');
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
    await page.locator('table[data-table="shares"]').waitFor();
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

  it("shows every regulation's national share with its interval and n, in a chart and a table, as the API gives them", async () => {
    const api = await shares(`from=${month}&to=${month}`);
    expect(api.withheld).toBe(false);
    const rows = await tableCells('shares');
    expect(rows.map((r) => r.regulation?.csv)).toEqual(api.shares.map((r) => r.regulation));
    expect(rows).toHaveLength(7);
    for (const [i, row] of rows.entries()) {
      const published = api.shares[i] as SharesResponse['shares'][number];
      expect(published.share, published.regulation).not.toBeNull();
      expect(row.share?.csv).toBe(String(published.share));
      expect(row.interval?.csv).toBe(`${published.low}–${published.high}`);
      expect(row.n?.text).toBe(
        published.nLow === published.nHigh ? String(published.nLow) : `${published.nLow}–${published.nHigh}`,
      );
    }
    // The chart: a bar per regulation, its share, interval and n written beside it, text ≥ 12 px.
    const chart = await page.$$eval('svg[data-chart="shares"] g[data-regulation]', (groups) =>
      groups.map((g) => {
        const svg = (g as SVGGElement).ownerSVGElement as SVGSVGElement;
        const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
        return {
          regulation: (g as SVGGElement).dataset.regulation,
          text: g.querySelector('[data-bar-text]')?.textContent ?? '',
          px: Math.min(
            ...[...g.querySelectorAll('text')].map(
              (t) => Number.parseFloat(getComputedStyle(t).fontSize) * scale,
            ),
          ),
        };
      }),
    );
    expect(chart.map((c) => c.regulation)).toEqual(api.shares.map((r) => r.regulation));
    for (const bar of chart) {
      expect(bar.text).toMatch(/^\d+% \(\d+% – \d+%\), n = \d+(–\d+)?$/);
      expect(bar.px).toBeGreaterThanOrEqual(12);
    }
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
    // Which level of tables this year's volume allows depends on the counters (docs/adr/0017):
    // the page follows the API, a withheld table as "too few screenings".
    if (api.withheld) {
      expect(await page.locator('[data-empty="summary"]').textContent()).toMatch(/^Te weinig screenings/);
    } else {
      expect(api.rows.some((r) => r.suppressed && r.screenings === null)).toBe(true);
      expect(rows.some((r) => r.screenings?.text === 'afgeschermd')).toBe(true);
    }
    // Every count of the table is one published cell: no total, range or share.
    const counts = await page.$$eval('table[data-table="summary"] td[data-key="screenings"]', (tds) =>
      tds.map((td) => td.textContent),
    );
    expect(counts.filter((text) => !/^(\d+|afgeschermd)$/.test(text ?? ''))).toEqual([]);
    const estimates = await tableCells('estimates');
    expect(estimates.find((r) => r.regulation?.csv === 'huurtoeslag')?.estimate?.text).toMatch(
      /^12% \(2021\); CPB/,
    );
    expect(estimates.find((r) => r.regulation?.csv === 'huurtoeslag')?.trend?.text).toBe(
      'stijgend: 10% (2018) → 12% (2021)',
    );
  });

  it('a withheld table says "too few screenings", not zero (municipality breakdown, reasons)', async () => {
    await tabTo('dimension');
    await page.keyboard.type('Gemeente');
    expect((await stats(`from=${month}&to=${month}&groupBy=region`)).withheld).toBe(true);
    await expect
      .poll(() => page.locator('[data-empty="breakdown"]').textContent())
      .toMatch(/^Te weinig screenings/);
    expect(await page.locator('table[data-table="breakdown-region"]').count()).toBe(0);
    expect((await stats(`from=${month}&to=${month}&groupBy=reason`)).withheld).toBe(true);
    expect(await page.locator('[data-empty="reasons"]').textContent()).toMatch(/^Te weinig screenings/);
    expect(await axe(page)).toEqual([]);
  });

  it('the CSV downloads hold the tables on screen: numbers only in number columns, ranges in two', async () => {
    await tabTo('download-csv');
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    const lines = parseCsv(readFileSync((await download.path()) as string, 'utf8'), ',');
    const header = lines[0] as string[];
    expect(header).toEqual(CSV_COLUMNS.map(([key]) => key));
    const get = (line: string[], key: string) => line[header.indexOf(key)] ?? '';
    const api = await shares(`from=${month}&to=${month}`);
    const shareLines = lines.filter((l) => l[0] === 'shares');
    expect(shareLines.map((l) => [get(l, 'regulation'), get(l, 'shareLow'), get(l, 'shareHigh')])).toEqual(
      api.shares.map((r) => [
        r.regulation,
        String(Math.round((r.low as number) * 1e6) / 1e6),
        String(Math.round((r.high as number) * 1e6) / 1e6),
      ]),
    );
    const onScreen = await page.$$eval('table[data-table]', (tables) =>
      tables.map((t) => [(t as HTMLElement).dataset.table, t.querySelectorAll('tbody tr').length]),
    );
    for (const [table, count] of onScreen)
      expect(lines.filter((l) => l[0] === table)).toHaveLength(count as number);
    const numeric = CSV_COLUMNS.filter(([, kind]) => kind === 'number').map(([key]) => key);
    for (const line of lines.slice(1))
      for (const key of numeric) expect(get(line, key)).toMatch(/^(-?\d+(\.\d+)?)?$/);
    // A suppressed count is an empty value with its flag, wherever it is.
    const flagged = lines.slice(1).filter((l) => get(l, 'suppressed') === 'true');
    expect(flagged.length).toBeGreaterThan(0);
    for (const line of flagged.filter((l) => l[0] !== 'shares')) expect(get(line, 'screenings')).toBe('');
    for (const line of lines.slice(1).filter((l) => get(l, 'suppressed') === 'false' && l[0] !== 'shares'))
      expect(get(line, 'screenings')).toMatch(/^\d+$/);

    await tabTo('download-csv-excel');
    const [excel] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    const text = readFileSync((await excel.path()) as string, 'utf8');
    expect(text.startsWith('\uFEFFtable;regulation;')).toBe(true);
    const excelLines = parseCsv(text.slice(1), ';');
    expect(excelLines).toHaveLength(lines.length);
    const first = excelLines.find((l) => l[0] === 'shares') as string[];
    expect(get(first, 'shareLow')).toMatch(/^0,\d+$/);
    expect(problems).toEqual([]);
  });

  it('chooses a half-year by keyboard: the shares and the table of that half-year', async () => {
    const half = `${month.slice(0, 4)}-H${Number(month.slice(5)) <= 6 ? 1 : 2}`;
    const first = half.endsWith('1') ? '01' : '07';
    const last = half.endsWith('1') ? '06' : '12';
    await tabTo('period-kind');
    await page.keyboard.type('Halfjaar');
    expect(await page.locator('#period-id').inputValue()).toBe(half);
    await tabTo('period-show');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('p.status').textContent())
      .toBe(`Getoond: ${half.slice(6)}e halfjaar ${half.slice(0, 4)}.`);
    const range = `from=${half.slice(0, 4)}-${first}&to=${half.slice(0, 4)}-${last}`;
    expect(apiRequests.some((url) => url.endsWith(`/api/stats/shares?${range}`))).toBe(true);
    const api = await shares(range);
    expect(api.period).toBe(half);
    const rows = await tableCells('shares');
    expect(rows.map((r) => [r.regulation?.csv, r.share?.csv])).toEqual(
      api.shares.map((r) => [r.regulation, String(r.share)]),
    );
    expect(api.shares.every((r) => r.share !== null && r.low !== null && r.high !== null)).toBe(true);
    const summary = await tableCells('summary');
    expect(summary.every((r) => r.period?.csv === half)).toBe(true);
    expect(await axe(page)).toEqual([]);
    expect(problems).toEqual([]);
  });
});

/** RFC 4180 CSV (quoted fields, CRLF) into rows of fields. */
function parseCsv(text: string, separator: string): string[][] {
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
    else if (ch === separator) {
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
