// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Answers } from '../../../functions/rules/index';
import { en } from '../../../web/src/content/en';
import { nl } from '../../../web/src/content/nl';
import { formatMoney } from '../../../web/src/lib/money';
import { WorkMoreSection } from '../../../web/src/pages/results/work-more';

afterEach(cleanup);

const PEILDATUM = '2026-09-01';
const renter: Answers = {
  age: 30,
  partner: false,
  children: [],
  housing: 'rent',
  rent: 60_000,
  selfContainedHome: true,
  assets: 0,
  residence: 'dutch',
  livesInNetherlands: true,
  healthInsuranceNL: true,
  studentFinance: false,
  selfEmployed: false,
  coResidents27Plus: 0,
};

describe('"What if I earn more?"', () => {
  it('works it out only on request, without a request to the server, one table per raise', () => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    render(
      <WorkMoreSection
        answers={{ ...renter, netIncomeMonthly: 220_000, grossIncomeYearly: 3_200_000 }}
        peildatum={PEILDATUM}
        content={nl}
      />,
    );
    const section = within(screen.getByRole('region', { name: nl.results.workMore.title }));
    expect(section.queryByRole('table')).toBeNull();
    fireEvent.click(section.getByRole('button', { name: nl.results.workMore.button }));
    const tables = section.getAllByRole('table');
    expect(tables.map((table) => table.querySelector('caption')?.textContent)).toEqual(
      [10_000, 25_000, 50_000].map((step) => nl.results.workMore.caption(formatMoney(step, nl.locale))),
    );
    // Zorgtoeslag and huurtoeslag fall (Wzt art. 2 lid 3, Wht); bijstand was not there to fall.
    const first = within(tables[0] as HTMLElement);
    expect(first.getByRole('rowheader', { name: nl.results.regulations.zorgtoeslag })).toBeTruthy();
    expect(first.getByRole('rowheader', { name: nl.results.regulations.huurtoeslag })).toBeTruthy();
    expect(section.getByText(nl.results.workMore.grossNote)).toBeTruthy();
    expect(section.queryByText(nl.results.workMore.bijstandNote)).toBeNull();
    expect(fetch).not.toHaveBeenCalled();
    vi.unstubAllGlobals();
  });

  it('says plainly that bijstand takes every euro, and that work may be partly left out', () => {
    render(
      <WorkMoreSection
        answers={{ ...renter, netIncomeMonthly: 20_000, grossIncomeYearly: 300_000 }}
        peildatum={PEILDATUM}
        content={en}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: en.results.workMore.button }));
    const money = (cents: number) => formatMoney(cents, en.locale);
    expect(screen.getAllByText(en.results.workMore.kept(money(0), money(10_000)))).toHaveLength(1);
    expect(screen.getByText(en.results.workMore.bijstandNote)).toBeTruthy();
  });

  it('is not offered without a net income, and leaves the toeslagen alone without a yearly one', () => {
    const { unmount } = render(<WorkMoreSection answers={renter} peildatum={PEILDATUM} content={nl} />);
    expect(screen.queryByRole('region', { name: nl.results.workMore.title })).toBeNull();
    unmount();
    render(
      <WorkMoreSection
        answers={{ ...renter, netIncomeMonthly: 20_000 }}
        peildatum={PEILDATUM}
        content={nl}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: nl.results.workMore.button }));
    expect(screen.getByText(nl.results.workMore.noGross)).toBeTruthy();
  });
});
