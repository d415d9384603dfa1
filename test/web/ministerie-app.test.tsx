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
    if (url.searchParams.get('groupBy') === 'region') {
      const regions = Array.from({ length: 20 }, (_, i) => ({
        month: to,
        regulation: 'huurtoeslag',
        channel: 'citizen',
        verdict: 'likely',
        receiving: 'no',
        region: `GM${String(i + 1).padStart(4, '0')}`,
        screenings: 10 + i,
        suppressed: false,
      }));
      return Response.json({ from, to, minCellSize: 10, rows: regions });
    }
    const rows = [
      {
        month: to,
        regulation: 'huurtoeslag',
        channel: 'counter',
        verdict: 'likely',
        receiving: 'no',
        screenings: 12,
        suppressed: false,
      },
      {
        month: to,
        regulation: 'huurtoeslag',
        channel: 'citizen',
        verdict: 'likely',
        receiving: 'yes',
        screenings: null,
        suppressed: true,
      },
    ];
    return Response.json({ from, to, minCellSize: 10, rows });
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

  it('signs in with the token in the Authorization header only, then shows tables, suppression as "fewer than 10"', async () => {
    stubApi('secret');
    render(<DashboardApp now={now} />);
    signIn('secret');
    await screen.findByRole('heading', { name: nl.summary.title });
    expect(calls.map((c) => c.url)).toEqual([
      '/api/stats?from=2026-06&to=2026-11',
      '/api/stats?from=2026-06&to=2026-11&groupBy=reason',
    ]);
    expect(calls.every((c) => c.auth === 'Bearer secret' && !c.url.includes('secret'))).toBe(true);
    expect(sessionStorage.length + localStorage.length).toBe(0);
    expect(document.cookie).toBe('');
    const rows = [
      ...document.querySelectorAll('table[data-table="breakdown-channel"] tr[data-regulation="huurtoeslag"]'),
    ];
    const cell = (channel: string) =>
      rows
        .find((r) => r.querySelector(`[data-key="group"][data-csv="${channel}"]`))
        ?.querySelector('[data-key="screenings"]');
    expect(cell('citizen')?.textContent).toBe('minder dan 10');
    expect(cell('counter')?.textContent).toBe('12');
    expect(screen.getByText(nl.caveat[0] ?? '')).toBeTruthy();
    expect(screen.getAllByRole('img').length).toBeGreaterThanOrEqual(7);
  });

  it('fetches a breakdown only when chosen, and checks the period', async () => {
    stubApi('secret');
    render(<DashboardApp now={now} />);
    signIn('secret');
    await screen.findByRole('heading', { name: nl.summary.title });
    fireEvent.change(screen.getByLabelText(nl.breakdown.by), { target: { value: 'region' } });
    await waitFor(() => expect(calls.at(-1)?.url).toBe('/api/stats?from=2026-06&to=2026-11&groupBy=region'));
    await waitFor(() => expect(document.querySelector('table[data-table="breakdown-region"]')).toBeTruthy());
    expect(document.querySelectorAll('table[data-table="breakdown-region"] tbody tr')).toHaveLength(20);
    const chart = document.querySelector('#breakdown-region-huurtoeslag-title')?.closest('svg');
    expect(chart?.querySelectorAll('rect')).toHaveLength(12); // the 12 largest; the table has all 20
    expect(chart?.textContent).toContain('GM0020');
    expect(chart?.textContent).not.toContain('GM0001 ');
    fireEvent.input(screen.getByLabelText(nl.period.from), { target: { value: '2023-01' } });
    fireEvent.submit(screen.getByLabelText(nl.period.from).closest('form') as HTMLFormElement);
    expect(screen.getByRole('alert').textContent).toBe(nl.period.tooLong(36));
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
