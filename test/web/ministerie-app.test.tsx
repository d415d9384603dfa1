// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DashboardApp } from '../../web/ministerie/src/app';
import { nl } from '../../web/ministerie/src/content/nl';

// The API is stubbed here to test the page's own behaviour; test/web/ministerie-e2e.test.ts runs it
// against the real server.
const calls: { url: string; auth: string | null }[] = [];
function stubApi(token: string) {
  vi.stubGlobal('fetch', async (input: string, init?: RequestInit) => {
    const auth = new Headers(init?.headers).get('Authorization');
    calls.push({ url: input, auth });
    if (auth !== `Bearer ${token}`) return new Response('{"error":{"code":"unauthorized"}}', { status: 401 });
    const url = new URL(input, 'http://local');
    const from = url.searchParams.get('from');
    const to = url.searchParams.get('to');
    const period = from === to ? to : `${from?.slice(0, 4)}-Q${Math.ceil(Number(to?.slice(5)) / 3)}`;
    const when = from === to ? { month: to } : { period };
    if (url.pathname === '/api/stats/shares') {
      return Response.json({
        from,
        to,
        period,
        minCellSize: 10,
        confidence: 0.95,
        withheld: false,
        shares: [
          {
            regulation: 'huurtoeslag',
            notReceiving: 12,
            receiving: 20,
            unanswered: null,
            fewerThanMin: ['unanswered'],
            n: null,
            nLow: 33,
            nHigh: 41,
            share: 0.375,
            low: 0.2,
            high: 0.6,
            suppressed: true,
            rulesVersions: ['2026-07-01.00000000'],
          },
        ],
      });
    }
    if (url.searchParams.get('groupBy') === 'region') {
      const regions = Array.from({ length: 20 }, (_, i) => ({
        ...when,
        regulation: 'huurtoeslag',
        channel: 'citizen',
        verdict: 'likely',
        receiving: 'no',
        region: `GM${String(i + 1).padStart(4, '0')}`,
        screenings: 10 + i,
        suppressed: false,
      }));
      return Response.json({ from, to, period, minCellSize: 10, rows: regions });
    }
    const rows = [
      {
        ...when,
        regulation: 'huurtoeslag',
        channel: 'counter',
        verdict: 'likely',
        receiving: 'no',
        screenings: 12,
        suppressed: false,
      },
      {
        ...when,
        regulation: 'huurtoeslag',
        channel: 'citizen',
        verdict: 'likely',
        receiving: 'yes',
        screenings: null,
        suppressed: true,
      },
    ];
    return Response.json({ from, to, period, minCellSize: 10, rows });
  });
}

beforeEach(() => {
  calls.length = 0;
  sessionStorage.clear();
  localStorage.clear();
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const now = new Date('2026-11-24T12:00:00Z');
const signIn = (token: string) => {
  fireEvent.input(screen.getByLabelText(nl.signIn.token), { target: { value: token } });
  fireEvent.submit(screen.getByLabelText(nl.signIn.token).closest('form') as HTMLFormElement);
};

describe('ministry dashboard', () => {
  it('without a token shows the sign-in and nothing else, and asks the API nothing', () => {
    stubApi('secret');
    render(<DashboardApp now={now} />);
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(nl.signIn.title);
    expect(document.querySelector('table')).toBeNull();
    expect(calls).toEqual([]);
  });

  it('a wrong token gives a clear message and stays on the sign-in', async () => {
    stubApi('secret');
    render(<DashboardApp now={now} />);
    signIn('nope');
    expect((await screen.findByRole('alert')).textContent).toBe(nl.signIn.wrongToken);
    expect(calls).toHaveLength(1);
    expect(document.querySelector('table')).toBeNull();
  });

  it('signs in with the token in the Authorization header only, then shows the published cells as they are', async () => {
    stubApi('secret');
    render(<DashboardApp now={now} />);
    signIn('secret');
    await screen.findByRole('heading', { name: nl.summary.title });
    // This month (Europe/Amsterdam) by default: a declared period, never a free range.
    expect(calls.map((c) => c.url)).toEqual([
      '/api/stats?from=2026-11&to=2026-11',
      '/api/stats?from=2026-11&to=2026-11&groupBy=reason',
      '/api/stats?from=2026-11&to=2026-11&groupBy=ageBand',
      '/api/stats/shares?from=2026-11&to=2026-11',
    ]);
    expect(calls.every((c) => c.auth === 'Bearer secret' && !c.url.includes('secret'))).toBe(true);
    expect(sessionStorage.length + localStorage.length).toBe(0);
    expect(document.cookie).toBe('');
    const rows = [...document.querySelectorAll('table[data-table="summary"] tbody tr')];
    const cells = rows.map((r) =>
      ['channel', 'receiving', 'screenings'].map(
        (key) => r.querySelector(`[data-key="${key}"]`)?.textContent,
      ),
    );
    expect(cells).toEqual([
      ['Aan de balie', 'Nee', '12'],
      ['Zelf (website)', 'Ja', nl.suppressed],
    ]);
    // No total or share of the two cells: the only shares are those the API publishes.
    const summary = document.querySelector('table[data-table="summary"]');
    expect(summary?.textContent).not.toMatch(/%| tot /);
    const shares = document.querySelector('table[data-table="shares"] tbody tr');
    expect(
      ['share', 'interval', 'n', 'unanswered'].map(
        (key) => shares?.querySelector(`[data-key="${key}"]`)?.textContent,
      ),
    ).toEqual(['38%', '20% – 60%', '33–41', nl.shares.fewerThan10]);
    expect(document.querySelector('svg[data-chart="shares"] [data-bar-text]')?.textContent).toBe(
      '38% (20% – 60%), n = 33–41',
    );
    expect(screen.getByText(nl.caveat[0] ?? '')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe(nl.period.shown('november 2026'));
  });

  it('offers declared periods only: choosing a quarter asks for its three months', async () => {
    stubApi('secret');
    render(<DashboardApp now={now} />);
    signIn('secret');
    await screen.findByRole('heading', { name: nl.summary.title });
    const which = () => screen.getByLabelText(nl.period.which) as HTMLSelectElement;
    expect(which().options).toHaveLength(12 + 11);
    expect(which().value).toBe('2026-11');
    fireEvent.change(screen.getByLabelText(nl.period.kind), { target: { value: 'quarter' } });
    expect([...which().options].map((o) => o.value)).toEqual([
      '2026-Q4',
      '2026-Q3',
      '2026-Q2',
      '2026-Q1',
      '2025-Q4',
      '2025-Q3',
      '2025-Q2',
      '2025-Q1',
    ]);
    fireEvent.change(which(), { target: { value: '2026-Q2' } });
    calls.length = 0;
    fireEvent.submit(which().closest('form') as HTMLFormElement);
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe(nl.period.shown(nl.period.quarter(2, '2026'))),
    );
    expect(calls.map((c) => c.url)).toEqual([
      '/api/stats?from=2026-04&to=2026-06',
      '/api/stats?from=2026-04&to=2026-06&groupBy=reason',
      '/api/stats?from=2026-04&to=2026-06&groupBy=ageBand',
      '/api/stats/shares?from=2026-04&to=2026-06',
    ]);
    expect(document.querySelector('table[data-table="summary"] tbody [data-key="period"]')?.textContent).toBe(
      '2e kwartaal 2026',
    );
  });

  it('fetches another breakdown only when chosen', async () => {
    stubApi('secret');
    render(<DashboardApp now={now} />);
    signIn('secret');
    await screen.findByRole('heading', { name: nl.summary.title });
    fireEvent.change(screen.getByLabelText(nl.breakdown.by), { target: { value: 'region' } });
    await waitFor(() => expect(calls.at(-1)?.url).toBe('/api/stats?from=2026-11&to=2026-11&groupBy=region'));
    await waitFor(() => expect(document.querySelector('table[data-table="breakdown-region"]')).toBeTruthy());
    expect(document.querySelectorAll('table[data-table="breakdown-region"] tbody tr')).toHaveLength(20);
    expect(calls).toHaveLength(5);
  });

  it('signing out forgets the data and the token', async () => {
    stubApi('secret');
    render(<DashboardApp now={now} />);
    signIn('secret');
    await screen.findByRole('heading', { name: nl.summary.title });
    fireEvent.click(screen.getByRole('button', { name: nl.signIn.signOut }));
    expect(document.querySelector('table')).toBeNull();
    expect((screen.getByLabelText(nl.signIn.token) as HTMLInputElement).value).toBe('');
  });
});
