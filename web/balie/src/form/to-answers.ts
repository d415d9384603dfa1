import type { Answers, DontKnowPath } from '../../../../functions/contract/answers';
import { QUESTIONS, type Question } from '../../../../functions/rules/index';
import { parseMoney } from '../../../src/lib/money';
import type { Drafts } from './drafts';

/** A field's problem, as data; the copy for it lives in content. */
export type FieldError =
  | { code: 'wholeNumber'; min: number; max: number }
  | { code: 'money' }
  | { code: 'moneyNegative' }
  | { code: 'moneyTooHigh' };

export interface FormResult {
  answers: Answers;
  errors: Record<string, FieldError>;
}

// Bounds of the contract's answers (docs/screening-api.md); kept here as the form's input limits.
const MAX_MONEY = 100_000_000_00;
const MAX_HOURLY_RATE = 100_000;
const SIGNED_MONEY = new Set(['assets', 'homeEquity']);

type Parsed<T> = { value?: T; error?: FieldError };

function parseInteger(raw: string | undefined, min: number, max: number): Parsed<number> {
  const text = raw?.trim() ?? '';
  if (text === '') return {};
  if (!/^\d+$/.test(text) || Number(text) < min || Number(text) > max) {
    return { error: { code: 'wholeNumber', min, max } };
  }
  return { value: Number(text) };
}

function parseCents(raw: string | undefined, signed: boolean, max = MAX_MONEY): Parsed<number> {
  const text = raw?.trim() ?? '';
  if (text === '') return {};
  const cents = parseMoney(text);
  if (cents === null) return { error: { code: 'money' } };
  if (cents < 0 && !signed) return { error: { code: 'moneyNegative' } };
  if (Math.abs(cents) > max) return { error: { code: 'moneyTooHigh' } };
  return { value: cents };
}

function parseBoolean(raw: string | undefined): boolean | undefined {
  return raw === 'true' ? true : raw === 'false' ? false : undefined;
}

/** Turns the typed drafts into the contract's answers; a field with an error is left out. */
export function toAnswers(drafts: Drafts): FormResult {
  const answers: Record<string, unknown> = {};
  const errors: Record<string, FieldError> = {};
  const take = <T>(path: string, parsed: Parsed<T>): T | undefined => {
    if (parsed.error) errors[path] = parsed.error;
    return parsed.value;
  };

  for (const question of QUESTIONS) {
    if (question.dontKnow && drafts.dontKnow.includes(question.dontKnow)) continue;
    const value = parseQuestion(question, drafts, take);
    if (value !== undefined) answers[question.id] = value;
  }
  const dontKnow = QUESTIONS.flatMap((q) =>
    q.dontKnow && drafts.dontKnow.includes(q.dontKnow) ? [q.dontKnow] : [],
  );
  if (dontKnow.length > 0) answers.dontKnow = dontKnow satisfies DontKnowPath[];
  return { answers: answers as Answers, errors };
}

function parseQuestion(
  question: Question,
  drafts: Drafts,
  take: <T>(path: string, parsed: Parsed<T>) => T | undefined,
): unknown {
  const values = drafts.values;
  const id = question.id;
  switch (question.kind) {
    case 'integer':
      return take(id, parseInteger(values[id], question.min ?? 0, question.max ?? 120));
    case 'boolean':
      return parseBoolean(values[id]);
    case 'choice':
      return question.options?.includes(values[id] ?? '') ? values[id] : undefined;
    case 'money':
      return take(id, parseCents(values[id], SIGNED_MONEY.has(id)));
    case 'working': {
      const applicant = parseBoolean(values['working.applicant']);
      const partner = parseBoolean(values['working.partner']);
      if (applicant === undefined && partner === undefined) return undefined;
      return { ...(applicant !== undefined && { applicant }), ...(partner !== undefined && { partner }) };
    }
    case 'children': {
      const count = take(id, parseInteger(values[id], 0, 20));
      if (count === undefined) return undefined;
      const children = Array.from({ length: count }, (_, i) =>
        take(`${id}.${i}.age`, parseInteger(values[`${id}.${i}.age`], 0, 30)),
      );
      // Only a complete list is an answer: a missing age leaves the question open.
      return children.every((age) => age !== undefined) ? children.map((age) => ({ age })) : undefined;
    }
    case 'childcare': {
      const count = take(id, parseInteger(values[id], 0, 20));
      if (count === undefined) return undefined;
      const entries = Array.from({ length: count }, (_, i) => {
        const type = values[`${id}.${i}.type`];
        const hoursPerMonth = take(
          `${id}.${i}.hoursPerMonth`,
          parseInteger(values[`${id}.${i}.hoursPerMonth`], 0, 744),
        );
        const hourlyRate = take(
          `${id}.${i}.hourlyRate`,
          parseCents(values[`${id}.${i}.hourlyRate`], false, MAX_HOURLY_RATE),
        );
        if ((type !== 'dagopvang' && type !== 'bso' && type !== 'gastouder') || hoursPerMonth === undefined)
          return null;
        return hourlyRate === undefined ? null : { type, hoursPerMonth, hourlyRate };
      });
      return entries.every((entry) => entry !== null) ? entries : undefined;
    }
  }
}
