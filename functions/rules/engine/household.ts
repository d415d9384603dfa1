import type { Answers } from '../../contract/answers';
import { aowAgeMonths } from '../params/aow';
import type { EvalContext } from './context';

/** Whether someone of `age` whole years has reached the AOW age on the peildatum. */
export type AowStatus = 'yes' | 'no' | 'uncertain';

export function aowStatus(age: number, ctx: EvalContext): AowStatus {
  const months = ctx.param(aowAgeMonths);
  const years = Math.floor(months / 12);
  if (age > years || (age === years && months % 12 === 0)) return 'yes';
  // With whole years only, someone aged exactly 67 when the AOW age is 67 and 3 months may be either.
  if (age === years) return 'uncertain';
  return 'no';
}

export function aowAgeText(ctx: EvalContext): { years: number; months: number } {
  const months = ctx.param(aowAgeMonths);
  return { years: Math.floor(months / 12), months: months % 12 };
}

/** Children under 18 living at home: ten laste komende kinderen, and the children kinderbijslag is for. */
export function youngChildren(answers: Answers): number | undefined {
  return answers.children?.filter((child) => child.age < 18).length;
}
