import type { Answers } from '../../answers';
import type { Assessment } from '../../engine/assessment';
import { lawSource } from '../../engine/sources';
import { PW } from '../../params/define';
import type { SourceRef } from '../../result';

/** Link to a Participatiewet article in the version in force on the peildatum. */
export function pwSource(x: Assessment, article: string, lid?: string): SourceRef {
  return lawSource(PW(article, lid), x.ctx.peildatum);
}

/** Art. 11 and 13: lawful residence and living in the Netherlands; at least 18 years old. */
export function checkBasicRight(x: Assessment, a: Answers): void {
  const age = x.need('age', a.age);
  if (age !== undefined && age < 18) x.fail('under-18', [pwSource(x, '13', '1')], { age });
  const residence = x.need('residence', a.residence);
  if (residence === 'none') x.fail('no-lawful-residence', [pwSource(x, '11')]);
  const livesHere = x.need('livesInNetherlands', a.livesInNetherlands);
  if (livesHere === false) x.fail('lives-abroad', [pwSource(x, '11'), pwSource(x, '13', '1')]);
}

/** Art. 19: the income test. Records the threshold and returns the estimate (norm − income). */
export function checkIncomeAgainstNorm(
  x: Assessment,
  a: Answers,
  norm: { amount: number; sources: SourceRef[] } | undefined,
): number | undefined {
  const income = x.need('netIncomeMonthly', a.netIncomeMonthly);
  if (income === undefined || norm === undefined) return undefined;
  x.threshold('netIncomeMonthly', norm.amount, income, 'below');
  const sources = [pwSource(x, '19', '1'), ...norm.sources];
  if (income >= norm.amount) {
    x.fail('income-not-below-norm', sources, { income, norm: norm.amount });
    return undefined;
  }
  x.pass('income-below-norm', sources, { income, norm: norm.amount });
  return norm.amount - income;
}
