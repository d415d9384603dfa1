// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Answers } from '../../../functions/rules/index';
import { en } from '../../../web/src/content/en';
import { nl } from '../../../web/src/content/nl';
import { flowState, withAnswer } from '../../../web/src/flow/path';
import { QuestionPage } from '../../../web/src/pages/question-page';

const PEILDATUM = '2026-11-24';
const stored = (): Answers => JSON.parse(sessionStorage.getItem('sw.answers') ?? '{}');

/** A person's answers up to the moment the engine asks question `id`. */
function reach(person: Answers, id: string): Answers {
  let answers: Answers = {};
  for (let step = 0; step < 30; step++) {
    const { current } = flowState(answers, PEILDATUM);
    if (!current) break;
    if (current.id === id) return answers;
    const values = Object.fromEntries(
      current.fields.map((path) => [
        path,
        path.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], person),
      ]),
    );
    answers = withAnswer(answers, current, values);
  }
  throw new Error(`the flow never asks ${id} for this person`);
}

const adult: Answers = {
  age: 35,
  partner: false,
  children: [],
  livesInNetherlands: true,
  residence: 'dutch',
  housing: 'rent',
  coResidents27Plus: 0,
  netIncomeMonthly: 90_000,
  assets: 100_000,
  grossIncomeYearly: 1_200_000,
  rent: 60_000,
  selfContainedHome: true,
  healthInsuranceNL: true,
  studentFinance: false,
  selfEmployed: false,
  specialCosts: true,
};
const youngAdult: Answers = { ...adult, age: 19 };
const parents: Answers = {
  ...adult,
  partner: true,
  partnerAge: 36,
  children: [{ age: 2 }],
  working: { applicant: true, partner: true },
  netIncomeMonthly: 300_000,
  grossIncomeYearly: 5_000_000,
};

const visit = (person: Answers, id: string, content = nl) => {
  sessionStorage.setItem('sw.answers', JSON.stringify(reach(person, id)));
  window.location.hash = `#/question/${id}`;
  return render(<QuestionPage content={content} peildatum={PEILDATUM} id={id} fromCheck={false} />);
};
const next = () => fireEvent.click(screen.getByRole('button', { name: nl.common.next }));
const frame = () => new Promise((done) => requestAnimationFrame(() => done(null)));

beforeEach(() => sessionStorage.clear());
afterEach(cleanup);

describe('question pages', () => {
  it('integer: the label is the one h1; a wrong age is an error next to the field; a right one is stored', async () => {
    visit(adult, 'age');
    const headings = screen.getAllByRole('heading', { level: 1 });
    expect(headings).toHaveLength(1);
    expect(headings[0]?.textContent).toBe(nl.questions.age.label);
    const input = screen.getByLabelText(nl.questions.age.label);
    fireEvent.input(input, { target: { value: '130' } });
    next();
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const error = document.getElementById(input.getAttribute('aria-describedby')?.split(' ').pop() ?? '');
    expect(error?.textContent).toBe(nl.errors.age(0, 120));
    expect(error?.getAttribute('aria-live')).toBe('assertive');
    await frame();
    expect(document.activeElement).toBe(input);
    fireEvent.input(input, { target: { value: '67' } });
    next();
    expect(stored().age).toBe(67);
    expect(window.location.hash).toMatch(/^#\/question\/\w+/);
  });

  it('boolean: yes/no radios in a fieldset whose legend is the h1; nothing chosen is an error', () => {
    visit(adult, 'partner');
    const group = screen.getByRole('group', { name: nl.questions.partner.label });
    expect(group.tagName).toBe('FIELDSET');
    next();
    expect(screen.getByText(nl.errors.required)).toBeTruthy();
    fireEvent.click(screen.getByLabelText(nl.common.no));
    next();
    expect(stored().partner).toBe(false);
  });

  it('boolean with "I don\'t know": the third option records answers.dontKnow', () => {
    visit(youngAdult, 'parentsCannotSupport');
    fireEvent.click(screen.getByLabelText(nl.common.dontKnow));
    next();
    expect(stored().dontKnow).toEqual(['parentsCannotSupport']);
    expect(stored().parentsCannotSupport).toBeUndefined();
  });

  it('choice: every option has its own words', () => {
    visit(adult, 'housing');
    for (const label of Object.values(nl.questions.housing.options ?? {}))
      expect(screen.getByLabelText(label)).toBeTruthy();
    fireEvent.click(screen.getByLabelText(nl.questions.housing.options?.rent ?? ''));
    next();
    expect(stored().housing).toBe('rent');
  });

  it('money: accepts 1.401,50 and stores cents; rejects text and negative income', () => {
    visit(adult, 'netIncomeMonthly');
    const input = screen.getByLabelText(nl.questions.netIncomeMonthly.label);
    fireEvent.input(input, { target: { value: 'veel' } });
    next();
    expect(screen.getByText(nl.errors.money)).toBeTruthy();
    fireEvent.input(input, { target: { value: '-5' } });
    next();
    expect(screen.getByText(nl.errors.moneyNegative)).toBeTruthy();
    fireEvent.input(input, { target: { value: '1.401,50' } });
    next();
    expect(stored().netIncomeMonthly).toBe(140150);
  });

  it('money: assets may be negative, and "I don\'t know" is a button', () => {
    visit(adult, 'assets');
    const input = screen.getByLabelText(nl.questions.assets.label);
    fireEvent.input(input, { target: { value: '-500' } });
    next();
    expect(stored().assets).toBe(-50000);
    cleanup();
    visit(adult, 'assets');
    fireEvent.click(screen.getByRole('button', { name: nl.flow.dontKnowButton }));
    expect(stored().dontKnow).toEqual(['assets']);
  });

  it('money: help for the hard term says where to find the number', () => {
    visit(adult, 'rent');
    const help = screen.getByText(nl.questions.rent.help?.title ?? '');
    expect(help.closest('details')).toBeTruthy();
    expect(screen.getByText(/huurcontract/)).toBeTruthy();
  });

  it('children: a count, then one age field per child', () => {
    visit(adult, 'children');
    fireEvent.input(screen.getByLabelText(nl.questions.children.label), { target: { value: '2' } });
    const first = screen.getByLabelText(nl.flow.childAge(1));
    fireEvent.input(first, { target: { value: '4' } });
    next();
    expect(screen.getByText(nl.errors.age(0, 30))).toBeTruthy(); // second child has no age
    fireEvent.input(screen.getByLabelText(nl.flow.childAge(2)), { target: { value: '9' } });
    next();
    expect(stored().children).toEqual([{ age: 4 }, { age: 9 }]);
  });

  it('childcare: per child the type, hours and hourly price', () => {
    visit(parents, 'childcare');
    fireEvent.input(screen.getByLabelText(nl.questions.childcare.label), { target: { value: '1' } });
    next();
    expect(screen.getByText(nl.errors.chooseOne)).toBeTruthy();
    fireEvent.change(screen.getByLabelText(nl.flow.childcareType), { target: { value: 'dagopvang' } });
    fireEvent.input(screen.getByLabelText(nl.flow.childcareHours), { target: { value: '80' } });
    fireEvent.input(screen.getByLabelText(nl.flow.childcareRate), { target: { value: '10,25' } });
    next();
    expect(stored().childcare).toEqual([{ type: 'dagopvang', hoursPerMonth: 80, hourlyRate: 1025 }]);
  });

  it('working: asks about the partner only when there is one', () => {
    visit(parents, 'working');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(nl.questions.working.label);
    fireEvent.click(screen.getAllByLabelText(nl.common.yes)[0] as HTMLElement);
    next();
    expect(screen.getByText(nl.errors.required)).toBeTruthy();
    fireEvent.click(screen.getAllByLabelText(nl.common.no)[1] as HTMLElement);
    next();
    expect(stored().working).toEqual({ applicant: true, partner: false });
    cleanup();
    visit({ ...parents, partner: false }, 'working');
    expect(screen.getAllByRole('group')).toHaveLength(1);
  });

  it('pair: two questions on one page, the first legend the one h1; both must be answered, both stored', async () => {
    visit(adult, 'livesInNetherlands');
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(nl.questions.livesInNetherlands.label);
    const residence = screen.getByRole('group', { name: nl.questions.residence.label });
    expect(residence.tagName).toBe('FIELDSET');
    fireEvent.click(document.getElementById('q-livesInNetherlands-true') as HTMLElement);
    next();
    expect(screen.getAllByText(nl.errors.required)).toHaveLength(1);
    await frame();
    expect(document.activeElement?.id).toBe('q-residence-dutch');
    fireEvent.click(screen.getByLabelText(nl.questions.residence.options?.permit ?? ''));
    next();
    expect(stored().livesInNetherlands).toBe(true);
    expect(stored().residence).toBe('permit');
  });

  it('shows progress and a back button that goes to the previous question', () => {
    visit(adult, 'age');
    expect(screen.getByText(/^Vraag 2 van ongeveer \d+$/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /Terug/ }));
    expect(window.location.hash).toMatch(/^#\/question\/\w+$/);
    expect(window.location.hash).not.toBe('#/question/age');
  });

  it('speaks English when the content is English', () => {
    visit(adult, 'age', en);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('How old are you?');
    expect(screen.getByRole('button', { name: 'Next' })).toBeTruthy();
  });
});
