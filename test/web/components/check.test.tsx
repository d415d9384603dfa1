// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Answers } from '../../../functions/rules/index';
import { nl } from '../../../web/src/content/nl';
import { flowState } from '../../../web/src/flow/path';
import { questionCopy } from '../../../web/src/flow/wording';
import { CheckPage } from '../../../web/src/pages/check-page';
import { QuestionPage } from '../../../web/src/pages/question-page';

const PEILDATUM = '2026-11-24';
const person: Answers = {
  age: 72,
  partner: false,
  children: [],
  livesInNetherlands: true,
  residence: 'dutch',
  housing: 'rent',
  coResidents27Plus: 0,
  netIncomeMonthly: 115_050,
  assets: 300_000,
  grossIncomeYearly: 1_700_000,
  rent: 60_000,
  selfContainedHome: true,
  healthInsuranceNL: true,
  specialCosts: false,
};

beforeEach(() => {
  sessionStorage.clear();
  sessionStorage.setItem('sw.answers', JSON.stringify(person));
});
afterEach(cleanup);

describe('check your answers', () => {
  it('lists every answer on the path in words, each with a change link, then the way to the result', () => {
    render(<CheckPage content={nl} peildatum={PEILDATUM} />);
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    const { asked } = flowState(person, PEILDATUM);
    for (const question of asked) {
      const label = questionCopy(nl, question.id, person, PEILDATUM).label;
      expect(screen.getByRole('link', { name: nl.check.change(label) }).getAttribute('href')).toBe(
        `#/change/${question.id}`,
      );
    }
    expect(screen.getByText(/€\s1\.150,50 per maand/)).toBeTruthy();
    expect(screen.getByText(nl.questions.housing.options?.rent ?? '')).toBeTruthy();
    expect(screen.getByText('72 jaar')).toBeTruthy();
    // At AOW age the income question reads "ontvangt", not "verdient" (rules: incomeWording).
    expect(screen.getByText('Hoeveel ontvangt u dit jaar bruto?')).toBeTruthy();
    expect(screen.getByText(nl.check.childrenAnswer([]))).toBeTruthy();
    expect(screen.getByRole('link', { name: nl.check.submit }).getAttribute('href')).toBe('#/results');
  });

  it('a page of two questions is two rows, both changed on that page', () => {
    render(<CheckPage content={nl} peildatum={PEILDATUM} />);
    const residence = nl.check.change(nl.questions.residence.label);
    expect(screen.getByRole('link', { name: residence }).getAttribute('href')).toBe(
      '#/change/livesInNetherlands',
    );
    expect(screen.getByText(nl.questions.residence.options?.dutch ?? '')).toBeTruthy();
  });

  it('childcare reads back per child the hours a month the rules count (a week × 52 ÷ 12, rounded up)', () => {
    const family: Answers = {
      ...person,
      age: 34,
      partner: true,
      partnerAge: 33,
      children: [{ age: 1 }, { age: 6 }],
      netIncomeMonthly: 180_000,
      assets: 200_000,
      grossIncomeYearly: 2_600_000,
      rent: 85_000,
      studentFinance: false,
      selfEmployed: false,
      partnerSelfEmployed: true,
      working: { applicant: true, partner: true },
      childcare: [
        { child: 1, type: 'bso', hoursPerWeek: 12.5, hourlyRate: 950 },
        { child: 0, type: 'dagopvang', daysPerWeek: 3, hoursPerDay: 10.5, hourlyRate: 1050 },
      ],
      receivesKinderbijslag: true,
    };
    sessionStorage.setItem('sw.answers', JSON.stringify(family));
    render(<CheckPage content={nl} peildatum={PEILDATUM} />);
    // 12,5 h a week → 54,17 → 55 h; 3 × 10,5 = 31,5 h a week → 136,5 → 137 h.
    expect(screen.getByText('Kind 2: 55 uur per maand; Kind 1: 137 uur per maand')).toBeTruthy();
    expect(screen.getByText(nl.questions.partnerSelfEmployed.label)).toBeTruthy();
  });

  it('an answer changed from the check page goes back to it, keeping the other answers', () => {
    window.location.hash = '#/change/rent';
    render(<QuestionPage content={nl} peildatum={PEILDATUM} id="rent" fromCheck />);
    const input = screen.getByLabelText(nl.questions.rent.label) as HTMLInputElement;
    expect(input.value).toBe('600'); // prefilled
    fireEvent.input(input, { target: { value: '625,00' } });
    fireEvent.click(screen.getByRole('button', { name: nl.common.next }));
    expect(window.location.hash).toBe('#/check');
    const stored = JSON.parse(sessionStorage.getItem('sw.answers') ?? '{}') as Answers;
    expect(stored).toEqual({ ...person, rent: 62_500 });
  });

  it('Back on a changed answer returns to the check page', () => {
    window.location.hash = '#/change/age';
    render(<QuestionPage content={nl} peildatum={PEILDATUM} id="age" fromCheck />);
    fireEvent.click(screen.getByRole('button', { name: /Terug/ }));
    expect(window.location.hash).toBe('#/check');
  });
});
