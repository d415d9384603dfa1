// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Answers, QUESTIONS } from '../../../functions/rules/index';
import { en } from '../../../web/src/content/en';
import { nl } from '../../../web/src/content/nl';
import { flowState } from '../../../web/src/flow/path';
import { QuestionPage } from '../../../web/src/pages/question-page';
import { renter as adult, answerPage, workingParents as parents } from '../../support/flow-people';

const PEILDATUM = '2026-11-24';
const stored = (): Answers => JSON.parse(sessionStorage.getItem('sw.answers') ?? '{}');

/** A person's answers up to the moment the engine asks question `id`. */
function reach(person: Answers, id: string): Answers {
  let answers: Answers = {};
  for (let step = 0; step < 30; step++) {
    const { current } = flowState(answers, PEILDATUM);
    if (!current) break;
    if (current.id === id) return answers;
    answers = answerPage(answers, current, person);
  }
  throw new Error(`the flow never asks ${id} for this person`);
}

const youngAdult: Answers = { ...adult, age: 19 };

const visit = (person: Answers, id: string, content = nl) => {
  sessionStorage.setItem('sw.answers', JSON.stringify(reach(person, id)));
  window.location.hash = `#/question/${id}`;
  return render(<QuestionPage content={content} peildatum={PEILDATUM} id={id} fromCheck={false} />);
};
const next = () => fireEvent.click(screen.getByRole('button', { name: nl.common.next }));
/** The message is shown at its field and linked from the error summary. */
const shownError = (message: string) => {
  const atField = [...document.querySelectorAll('.utrecht-form-field-error-message')].map(
    (e) => e.textContent,
  );
  const linked = [...document.querySelectorAll('.sw-error-summary a')].map((a) => a.textContent);
  return atField.includes(message) && linked.includes(message);
};

beforeEach(() => {
  sessionStorage.clear();
  // jsdom has no layout: the summary's links scroll the field's label into view.
  Element.prototype.scrollIntoView = () => {};
});
afterEach(cleanup);

describe('question pages', () => {
  it('integer: the label is the one h1; a wrong age is an error next to the field; a right one is stored', () => {
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
    expect(shownError(nl.errors.required)).toBe(true);
    fireEvent.click(screen.getByLabelText(nl.common.no));
    next();
    expect(stored().partner).toBe(false);
  });

  it('"I don\'t know" is one and the same button on every question that allows it, and only there', () => {
    const owner: Answers = { ...adult, housing: 'own', homeEquity: 5_000_000 };
    const cases: [Answers, string][] = [
      [adult, 'coResidents27Plus'],
      [adult, 'netIncomeMonthly'],
      [adult, 'assets'],
      [adult, 'grossIncomeYearly'],
      [adult, 'rent'],
      [adult, 'selfContainedHome'],
      [adult, 'specialCosts'],
      [owner, 'homeEquity'],
      [youngAdult, 'parentsCannotSupport'],
    ];
    // receivesKinderbijslag allows it too, but no regulation needs it yet, so the flow never asks it.
    const allowing = QUESTIONS.filter(
      (question) => question.dontKnow && question.id !== 'receivesKinderbijslag',
    ).map((question) => question.id);
    expect(cases.map(([, id]) => id).sort()).toEqual([...allowing].sort());
    expect(allowing).toEqual(expect.arrayContaining(['specialCosts', 'selfContainedHome']));
    for (const [person, id] of cases) {
      visit(person, id);
      const buttons = screen.getAllByRole('button', { name: nl.flow.dontKnowButton });
      expect(buttons, id).toHaveLength(1);
      expect(buttons[0]?.className, id).toBe('utrecht-button utrecht-button--secondary-action sw-dont-know');
      expect(buttons[0]?.getAttribute('type'), id).toBe('button');
      // Right after Next, in the same place on every kind.
      const submit = screen.getByRole('button', { name: nl.common.next });
      expect(submit.parentElement, id).toBe(buttons[0]?.parentElement ?? null);
      expect(screen.queryByRole('radio', { name: /weet/i }), id).toBeNull();
      fireEvent.click(buttons[0] as HTMLElement);
      expect(stored().dontKnow, id).toEqual([id]);
      expect((stored() as Record<string, unknown>)[id], id).toBeUndefined();
      cleanup();
      // Back on the question, the earlier "I don't know" is said, next to the button.
      render(<QuestionPage content={nl} peildatum={PEILDATUM} id={id} fromCheck={false} />);
      expect(screen.getByText(nl.flow.dontKnowChosen), id).toBeTruthy();
      expect(
        screen.getByRole('button', { name: nl.flow.dontKnowButton }).getAttribute('aria-describedby'),
      ).toBe('sw-dont-know-chosen');
      cleanup();
      sessionStorage.clear();
    }
  });

  it('questions that do not allow "I don\'t know" have no such button', () => {
    for (const id of ['age', 'partner', 'housing', 'children']) {
      visit(adult, id);
      expect(screen.queryByRole('button', { name: nl.flow.dontKnowButton }), id).toBeNull();
      cleanup();
    }
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
    expect(shownError(nl.errors.money)).toBe(true);
    fireEvent.input(input, { target: { value: '-5' } });
    next();
    expect(shownError(nl.errors.moneyNegative)).toBe(true);
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
    expect(shownError(nl.errors.age(0, 30))).toBe(true); // second child has no age
    fireEvent.input(screen.getByLabelText(nl.flow.childAge(2)), { target: { value: '9' } });
    next();
    expect(stored().children).toEqual([{ age: 4 }, { age: 9 }]);
  });

  it('childcare: per child which child (a real select), the type, days or hours a week, and the price', () => {
    visit({ ...parents, children: [{ age: 2 }, { age: 6 }] }, 'childcare');
    fireEvent.input(screen.getByLabelText(nl.questions.childcare.label), { target: { value: '2' } });
    next();
    expect(shownError(nl.errors.childcareChild)).toBe(true);
    expect(shownError(nl.errors.childcareType)).toBe(true);
    expect(shownError(nl.errors.childcareUnit)).toBe(true);
    const which = screen.getAllByLabelText(nl.flow.childcareWhich) as HTMLSelectElement[];
    expect(which.map((select) => select.tagName)).toEqual(['SELECT', 'SELECT']);
    expect([...(which[0] as HTMLSelectElement).options].map((option) => option.text)).toEqual([
      '—',
      'Kind 1 (2 jaar)',
      'Kind 2 (6 jaar)',
    ]);
    const types = screen.getAllByLabelText(nl.flow.childcareType);
    const rates = () => screen.getAllByLabelText(nl.flow.childcareRate);
    // The first childcare: child 1, day care, 4 days of 10,5 hours.
    fireEvent.change(which[0] as HTMLElement, { target: { value: '0' } });
    fireEvent.change(types[0] as HTMLElement, { target: { value: 'dagopvang' } });
    fireEvent.click(document.getElementById('q-care-0-unit-days') as HTMLElement);
    fireEvent.input(screen.getByLabelText(nl.flow.childcareDays), { target: { value: '4' } });
    fireEvent.input(screen.getByLabelText(nl.flow.childcarePerDay), { target: { value: '10,5' } });
    fireEvent.input(rates()[0] as HTMLElement, { target: { value: '10,25' } });
    // The second: the same child by mistake, then child 2, after-school care, 12,5 hours a week.
    fireEvent.change(which[1] as HTMLElement, { target: { value: '0' } });
    fireEvent.change(types[1] as HTMLElement, { target: { value: 'bso' } });
    fireEvent.click(document.getElementById('q-care-1-unit-hours') as HTMLElement);
    fireEvent.input(screen.getByLabelText(nl.flow.childcareWeekHours), { target: { value: '12,3' } });
    fireEvent.input(rates()[1] as HTMLElement, { target: { value: '9,50' } });
    next();
    expect(shownError(nl.errors.childcareChildTwice)).toBe(true);
    expect(shownError(nl.errors.halfHours(0, 168))).toBe(true);
    fireEvent.change(which[1] as HTMLElement, { target: { value: '1' } });
    fireEvent.input(screen.getByLabelText(nl.flow.childcareWeekHours), { target: { value: '12,5' } });
    next();
    expect(stored().childcare).toEqual([
      { child: 0, type: 'dagopvang', daysPerWeek: 4, hoursPerDay: 10.5, hourlyRate: 1025 },
      { child: 1, type: 'bso', hoursPerWeek: 12.5, hourlyRate: 950 },
    ]);
  });

  it('gross income: "Hoeveel verdient u" below AOW age, "Hoeveel ontvangt u" at it (rules: incomeWording)', () => {
    visit(adult, 'grossIncomeYearly');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(nl.questions.grossIncomeYearly.label);
    cleanup();
    visit({ ...adult, age: 70 }, 'grossIncomeYearly');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Hoeveel ontvangt u dit jaar bruto?');
    cleanup();
    visit({ ...adult, age: 70 }, 'grossIncomeYearly', en);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(
      'How much do you receive this year before tax?',
    );
  });

  it('income hints say what the one household figure is: both partners together, net a month, gross a year', () => {
    expect(nl.questions.netIncomeMonthly.hint).toMatch(/Netto per maand.*u en uw partner samen.*bijstand/);
    expect(nl.questions.grossIncomeYearly.hint).toMatch(/Bruto per jaar.*u en uw partner samen.*toeslagen/);
    expect(en.questions.netIncomeMonthly.hint).toMatch(/Net per month.*you and your partner together/);
    expect(en.questions.grossIncomeYearly.hint).toMatch(/Gross per year.*you and your partner together/);
  });

  it('partnerSelfEmployed: asked of a couple where bijstand is open, a yes/no whose legend is the h1', () => {
    const couple: Answers = {
      ...adult,
      partner: true,
      partnerAge: 40,
      working: { applicant: false, partner: false },
    };
    visit(couple, 'partnerSelfEmployed');
    expect(screen.getByRole('group', { name: nl.questions.partnerSelfEmployed.label }).tagName).toBe(
      'FIELDSET',
    );
    fireEvent.click(screen.getByLabelText(nl.common.yes));
    next();
    expect(stored().partnerSelfEmployed).toBe(true);
    expect(stored().selfEmployed).toBe(false);
  });

  it('working: asks about the partner only when there is one', () => {
    visit(parents, 'working');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(nl.questions.working.label);
    fireEvent.click(screen.getAllByLabelText(nl.common.yes)[0] as HTMLElement);
    next();
    expect(shownError(nl.errors.required)).toBe(true);
    fireEvent.click(screen.getAllByLabelText(nl.common.no)[1] as HTMLElement);
    next();
    expect(stored().working).toEqual({ applicant: true, partner: false });
    cleanup();
    visit({ ...parents, partner: false }, 'working');
    expect(screen.getAllByRole('group')).toHaveLength(1);
  });

  it('pair: two questions on one page, the first legend the one h1; both must be answered, both stored', () => {
    visit(adult, 'livesInNetherlands');
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(nl.questions.livesInNetherlands.label);
    const residence = screen.getByRole('group', { name: nl.questions.residence.label });
    expect(residence.tagName).toBe('FIELDSET');
    fireEvent.click(document.getElementById('q-livesInNetherlands-true') as HTMLElement);
    next();
    // Only the unanswered group is in error; the summary links to its first option.
    expect([...document.querySelectorAll('.sw-error-summary a')].map((a) => a.getAttribute('href'))).toEqual([
      '#q-residence-dutch',
    ]);
    fireEvent.click(screen.getByLabelText(nl.questions.residence.options?.permit ?? ''));
    next();
    expect(stored().livesInNetherlands).toBe(true);
    expect(stored().residence).toBe('permit');
  });

  it('error summary (GOV.UK): on a failed submit a box on top links each error to its field and takes focus', () => {
    visit(parents, 'children');
    expect(document.querySelector('.sw-error-summary')).toBeNull();
    expect(document.title).toBe(nl.common.pageTitle(nl.questions.children.label));
    fireEvent.input(screen.getByLabelText(nl.questions.children.label), { target: { value: '2' } });
    next();
    const summary = document.querySelector<HTMLElement>('.sw-error-summary');
    expect(summary?.querySelector('h2')?.textContent).toBe('Er is een probleem');
    expect(nl.errors.summaryTitle).toBe('Er is een probleem');
    expect(document.activeElement).toBe(summary);
    expect(document.title).toBe(`Fout: ${nl.questions.children.label} - Steunwijzer`);
    // Above the h1, one link per error, in the order of the fields.
    const h1 = screen.getByRole('heading', { level: 1 });
    expect(summary?.compareDocumentPosition(h1)).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
    const links = [...(summary?.querySelectorAll('a') ?? [])];
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['#q-child-0', '#q-child-1']);
    expect(links.map((a) => a.textContent)).toEqual([nl.errors.age(0, 30), nl.errors.age(0, 30)]);
    fireEvent.click(links[1] as HTMLElement);
    expect(document.activeElement).toBe(screen.getByLabelText(nl.flow.childAge(2)));
    expect(window.location.hash).toBe('#/question/children'); // the router's hash is left alone

    // Fixed and submitted again: no summary, the title without "Fout: ".
    fireEvent.input(screen.getByLabelText(nl.flow.childAge(1)), { target: { value: '3' } });
    next();
    expect([...document.querySelectorAll('.sw-error-summary a')].map((a) => a.getAttribute('href'))).toEqual([
      '#q-child-1',
    ]);
    expect(document.activeElement).toBe(document.querySelector('.sw-error-summary'));
  });

  it('error summary in English: "There is a problem" and "Error: " before the title', () => {
    visit(adult, 'netIncomeMonthly', en);
    fireEvent.click(screen.getByRole('button', { name: en.common.next }));
    expect(document.querySelector('.sw-error-summary h2')?.textContent).toBe('There is a problem');
    expect(document.title).toBe(`Error: ${en.questions.netIncomeMonthly.label} - Steunwijzer`);
    expect(shownError(en.errors.money)).toBe(true);
  });

  it('field errors say what to do; money errors show an amount in the field’s format', () => {
    for (const content of [nl, en]) {
      for (const message of [
        content.errors.required,
        content.errors.childcareType,
        content.errors.wholeNumber(0, 20),
        content.errors.age(0, 120),
      ])
        expect(message).toMatch(/^(Kies|Vul|Choose|Fill)/);
      for (const message of [content.errors.money, content.errors.moneyNegative, content.errors.moneyTooHigh])
        expect(message).toMatch(/1250 (of|or) 1[.,]250[.,]50/);
    }
    expect(nl.errors.money).toBe('Vul een bedrag in euro in, zoals 1250 of 1.250,50.');
    // An empty amount or age says what to fill in, not "choose".
    visit(adult, 'netIncomeMonthly');
    next();
    expect(shownError(nl.errors.money)).toBe(true);
    cleanup();
    visit(adult, 'age');
    next();
    expect(shownError(nl.errors.age(0, 120))).toBe(true);
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
