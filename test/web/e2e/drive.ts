import type { Page } from 'playwright-core';
import type { Answers } from '../../../functions/rules/index';
import { PAGES } from '../../../functions/rules/index';
import { settled } from './harness';

/**
 * A person going through the flow: for each question the app shows, the answer they would
 * give, typed or tapped the way they would (money in their own format). Throws when the app
 * asks something the person has no answer for, so an unexpected question fails the test.
 */
export interface Person {
  answers: Answers;
  /** How they type money, per answer path; default Dutch "1.401,50". */
  money?: Record<string, string>;
  /** Questions they answer with "I don't know". */
  dontKnow?: string[];
}

export type Input = 'touch' | 'mouse';

const get = (answers: Answers, path: string): unknown =>
  path
    .split('.')
    .reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], answers);

const dutchMoney = (cents: number) => {
  const euros = Math.floor(Math.abs(cents) / 100).toLocaleString('nl-NL');
  const rest = Math.abs(cents) % 100;
  return `${cents < 0 ? '-' : ''}${euros}${rest ? `,${String(rest).padStart(2, '0')}` : ''}`;
};

/**
 * A childcare entry as the page asks it: which child, and the care a week (days × hours a day, or hours
 * a week). The page cannot take hours a month (contract v1.0), so such an entry fails the test.
 */
function weekly(entry: NonNullable<Answers['childcare']>[number], index: number) {
  const half = (hours: number) => String(hours).replace('.', ',');
  const child = entry.child ?? index;
  if (entry.daysPerWeek !== undefined && entry.hoursPerDay !== undefined)
    return {
      child,
      unit: 'days',
      fields: [
        ['days', String(entry.daysPerWeek)],
        ['perday', half(entry.hoursPerDay)],
      ],
    };
  if (entry.hoursPerWeek !== undefined)
    return { child, unit: 'hours', fields: [['weekhours', half(entry.hoursPerWeek)]] };
  throw new Error(
    'the childcare page asks the care a week: give hoursPerWeek or daysPerWeek with hoursPerDay',
  );
}

/** The optional gemeente question the start link opens, before the first question. */
export const MUNICIPALITY = '#/municipality';

/**
 * The optional gemeente question: skipped, or the gemeente's name typed and Next (the browser's
 * suggestion list closed with Escape first, as a person would dismiss it).
 */
export async function answerMunicipality(
  page: Page,
  input: Input = 'mouse',
  gemeente?: string,
): Promise<void> {
  await page.waitForFunction((wanted) => window.location.hash === wanted, MUNICIPALITY);
  await settled(page);
  if (gemeente) {
    await type(page, 'q-municipality', gemeente, input);
    await page.keyboard.press('Escape');
    await submit(page, input);
  } else {
    const skip = page.locator('main button.sw-municipality__skip');
    if (input === 'touch') await skip.tap();
    else await skip.click();
  }
  await page.waitForFunction((before) => window.location.hash !== before, MUNICIPALITY);
}

/** From the start page to the first question: the start link, then the gemeente question. */
export async function startCheck(page: Page, input: Input = 'mouse', gemeente?: string): Promise<void> {
  const start = page.locator('a.sw-start');
  if (input === 'touch') await start.tap();
  else await start.click();
  await answerMunicipality(page, input, gemeente);
}

/** Walks from the first page to the check page; returns the page ids in asking order. */
export async function answerAll(page: Page, person: Person, input: Input = 'touch'): Promise<string[]> {
  const asked: string[] = [];
  for (let step = 0; step < 30; step++) {
    const hash = await settled(page);
    if (hash === '#/check') return asked;
    const id = hash.split('/')[2] ?? '';
    const question = PAGES.find((candidate) => candidate.id === id);
    if (!question) throw new Error(`unexpected page ${hash}`);
    asked.push(id);
    await answerOne(page, person, id, input);
    await page.waitForFunction((before) => window.location.hash !== before, hash);
  }
  throw new Error(`the flow did not end: ${asked.join(', ')}`);
}

async function choose(page: Page, inputId: string, input: Input) {
  const label = page.locator(`label[for="${inputId}"]`);
  if (input === 'touch') await label.tap();
  else await label.click();
}

async function type(page: Page, inputId: string, text: string, input: Input) {
  const field = page.locator(`#${inputId}`);
  if (input === 'touch') await field.tap();
  else await field.click();
  await field.fill(text);
}

async function submit(page: Page, input: Input) {
  const button = page.locator('main form button[type="submit"]');
  if (input === 'touch') await button.tap();
  else await button.click();
}

export async function answerOne(
  page: Page,
  person: Person,
  id: string,
  input: Input = 'mouse',
): Promise<void> {
  const question = PAGES.find((candidate) => candidate.id === id);
  if (!question) throw new Error(id);
  if (person.dontKnow?.includes(id)) {
    // The one "I don't know" (components/dont-know), the same on every kind that allows it.
    const button = page.locator('main form button.sw-dont-know');
    if (input === 'touch') await button.tap();
    else await button.click();
    return;
  }
  const value = get(person.answers, id);
  if (value === undefined && question.kind !== 'working' && question.kind !== 'pair')
    throw new Error(`the person has no answer for ${id}`);
  switch (question.kind) {
    case 'pair':
      // Two questions on one page: a radio group each, by the part's id.
      for (const part of question.parts ?? []) {
        const answer = get(person.answers, part.id);
        if (answer === undefined) throw new Error(`the person has no answer for ${part.id}`);
        await choose(page, `q-${part.id}-${String(answer)}`, input);
      }
      break;
    case 'boolean':
    case 'choice':
      await choose(page, `q-${id}-${String(value)}`, input);
      break;
    case 'integer':
      await type(page, `q-${id}`, String(value), input);
      break;
    case 'money':
      await type(page, `q-${id}`, person.money?.[id] ?? dutchMoney(value as number), input);
      break;
    case 'children': {
      const children = value as { age: number }[];
      await type(page, 'q-children', String(children.length), input);
      for (const [index, child] of children.entries())
        await type(page, `q-child-${index}`, String(child.age), input);
      break;
    }
    case 'childcare': {
      const entries = value as NonNullable<Answers['childcare']>;
      await type(page, 'q-childcare', String(entries.length), input);
      for (const [index, entry] of entries.entries()) {
        const care = weekly(entry, index);
        await page.locator(`#q-care-${index}-child`).selectOption(String(care.child));
        await page.locator(`#q-care-${index}-type`).selectOption(entry.type);
        await choose(page, `q-care-${index}-unit-${care.unit}`, input);
        for (const [field, text] of care.fields)
          await type(page, `q-care-${index}-${field}`, text as string, input);
        await type(page, `q-care-${index}-rate`, dutchMoney(entry.hourlyRate), input);
      }
      break;
    }
    case 'working': {
      const working = person.answers.working ?? {};
      if (working.applicant === undefined) throw new Error('the person has no answer for working.applicant');
      await choose(page, `q-working-applicant-${working.applicant}`, input);
      if (person.answers.partner) await choose(page, `q-working-partner-${working.partner}`, input);
      break;
    }
  }
  await submit(page, input);
}

/** Presses Tab until the focused element matches the selector; every stop must show its focus. */
export async function tabTo(page: Page, selector: string, limit = 60): Promise<void> {
  for (let press = 0; press < limit; press++) {
    await page.keyboard.press('Tab');
    const state = await page.evaluate((wanted) => {
      const element = document.activeElement;
      if (!element || element === document.body) return { matched: false, visible: true, what: 'body' };
      const style = getComputedStyle(element);
      const visible =
        (style.outlineStyle !== 'none' && style.outlineWidth !== '0px') || style.boxShadow !== 'none';
      return { matched: element.matches(wanted), visible, what: element.outerHTML.slice(0, 100) };
    }, selector);
    if (!state.visible) throw new Error(`no visible focus on ${state.what}`);
    if (state.matched) return;
  }
  throw new Error(`could not reach ${selector} with Tab`);
}

/** Answers the question on screen with Tab, typing, arrow keys, Space and Enter only. */
export async function answerByKeyboard(page: Page, person: Person, id: string): Promise<void> {
  const question = PAGES.find((candidate) => candidate.id === id);
  if (!question) throw new Error(id);
  const value = get(person.answers, id);
  const typeInto = async (inputId: string, text: string) => {
    await tabTo(page, `#${inputId}`);
    await page.keyboard.type(text);
  };
  const chooseRadio = async (name: string, target: string) => {
    await tabTo(page, `input[name="${name}"]`);
    for (let press = 0; press < 10; press++) {
      const focused = await page.evaluate(() => {
        const element = document.activeElement as HTMLInputElement | null;
        return { value: element?.value, checked: element?.checked };
      });
      if (focused.value === target && focused.checked) return;
      await page.keyboard.press(focused.value === target ? 'Space' : 'ArrowDown');
    }
    throw new Error(`could not choose ${target} in ${name}`);
  };
  const euros = (cents: number) => String(cents / 100).replace('.', ',');

  switch (question.kind) {
    case 'pair':
      for (const part of question.parts ?? []) {
        await chooseRadio(`q-${part.id}`, String(get(person.answers, part.id)));
      }
      break;
    case 'boolean':
    case 'choice':
      await chooseRadio(`q-${id}`, String(value));
      break;
    case 'integer':
      await typeInto(`q-${id}`, String(value));
      break;
    case 'money':
      await typeInto(`q-${id}`, euros(value as number));
      break;
    case 'children': {
      const children = value as { age: number }[];
      await typeInto('q-children', String(children.length));
      for (const [index, child] of children.entries()) await typeInto(`q-child-${index}`, String(child.age));
      break;
    }
    case 'childcare': {
      const entries = value as NonNullable<Answers['childcare']>;
      await typeInto('q-childcare', String(entries.length));
      for (const [index, entry] of entries.entries()) {
        const care = weekly(entry, index);
        // A closed select changes with the arrow keys: the options are "—", then the children (or the
        // types) in order.
        await tabTo(page, `#q-care-${index}-child`);
        for (let press = 0; press <= care.child; press++) await page.keyboard.press('ArrowDown');
        await tabTo(page, `#q-care-${index}-type`);
        const steps = ['dagopvang', 'bso', 'gastouder'].indexOf(entry.type) + 1;
        for (let press = 0; press < steps; press++) await page.keyboard.press('ArrowDown');
        await chooseRadio(`q-care-${index}-unit`, care.unit);
        for (const [field, text] of care.fields) await typeInto(`q-care-${index}-${field}`, text as string);
        await typeInto(`q-care-${index}-rate`, euros(entry.hourlyRate));
      }
      break;
    }
    case 'working': {
      const working = person.answers.working ?? {};
      await chooseRadio('q-working-applicant', String(working.applicant));
      if (person.answers.partner) await chooseRadio('q-working-partner', String(working.partner));
      break;
    }
  }
  await tabTo(page, 'main form button[type="submit"]');
  await page.keyboard.press('Enter');
}
