import type { Answers } from '../../../contract/answers';
import type { Estimate, SourceRef } from '../../../contract/result';
import type { Assessment } from '../../engine/assessment';
import { aowStatus } from '../../engine/household';
import { mulDivRound } from '../../engine/money';
import { lawSource } from '../../engine/sources';
import { PW } from '../../params/define';
import * as m from '../../params/participatiewet-middelen';
import type { Norm } from './norm';

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
  // Art. 11 lid 2 excludes "de gevallen, bedoeld in artikel 24, tweede lid, van Richtlijn 2004/38/EG":
  // the first three months of residence and EU citizens who came to look for work.
  if (residence === 'eu')
    x.uncertain('eu-citizen-residence-right', [pwSource(x, '11', '2'), DIRECTIVE_2004_38]);
  const livesHere = x.need('livesInNetherlands', a.livesInNetherlands);
  if (livesHere === false) x.fail('lives-abroad', [pwSource(x, '11'), pwSource(x, '13', '1')]);
  if (livesHere === true && age !== undefined && age >= 18) {
    // Art. 13 lid 1 e and lid 4: no right for whoever spends more than four weeks abroad in a
    // calendar year (thirteen at AOW age). Decided when `weeksAbroadThisYear` is given; else said,
    // unless another condition already shuts the person out.
    const weeks = aowStatus(age, x.ctx) === 'yes' ? 13 : 4;
    const sources = [pwSource(x, '13', '1'), pwSource(x, '13', '4')];
    if (a.weeksAbroadThisYear !== undefined && a.weeksAbroadThisYear > weeks) {
      x.fail('abroad-over-limit', sources, { weeks, abroad: a.weeksAbroadThisYear });
    } else if (a.weeksAbroadThisYear === undefined && !x.failed)
      x.note('abroad-weeks-limit', sources, { weeks });
  }
}

const DIRECTIVE_2004_38: SourceRef = {
  title: 'Richtlijn 2004/38/EG, artikel 24, lid 2',
  url: 'https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=CELEX:32004L0038',
  kind: 'law',
};

/** What the income test leaves for the estimate: the sure amount and, where the answers leave it open, the most. */
export interface IncomeTestResult {
  /** Cents per month that are sure (norm − income, not below zero). */
  amount: number;
  /** Cents per month at most, where a higher norm or a disregard may apply. */
  max?: number;
}

/**
 * Art. 19: the income test. Records the threshold and returns the estimate (norm − income).
 * `disregardMax` is income the law may leave out of account that the answers cannot separate
 * (the AIO disregards of art. 33 lid 5 and 34a lid 1 c): above the norm by less than that is `possibly`.
 */
export function checkIncomeAgainstNorm(
  x: Assessment,
  a: Answers,
  norm: Norm | undefined,
  { disregardMax = 0 }: { disregardMax?: number } = {},
): IncomeTestResult | undefined {
  const income = x.need('netIncomeMonthly', a.netIncomeMonthly);
  if (income === undefined || norm === undefined) return undefined;
  const incomeUnknown = a.dontKnow?.includes('netIncomeMonthly') === true;
  const highest = (norm.max ?? norm.amount) + disregardMax;
  x.threshold('netIncomeMonthly', norm.amount, income, 'below');
  const sources = [pwSource(x, '19', '1'), ...norm.sources];
  const upTo = highest > norm.amount ? highest - income : undefined;
  if (income >= highest) {
    x.fail('income-not-below-norm', sources, { income, norm: norm.amount });
    return undefined;
  }
  if (income >= norm.amount) {
    // Only a higher norm (recorded by the norm) or a disregard can bring it under.
    if (disregardMax > 0) {
      x.uncertain('aio-disregards-may-apply', [...sources, ...x.ctx.sourcesOf(m.earningsDisregardAowMax)], {
        income,
        norm: norm.amount,
        disregard: disregardMax,
      });
    }
    return { amount: 0, max: upTo };
  }
  if (incomeUnknown) x.pass('income-unknown-assumed', sources, { norm: norm.amount });
  else x.pass('income-below-norm', sources, { income, norm: norm.amount });
  checkHolidayPayMargin(x, a, norm.amount, income);
  return { amount: norm.amount - income, max: upTo };
}

/**
 * The norms include vakantietoeslag (art. 19 lid 3), but the monthly net pay people know usually
 * excludes their holiday pay (8 %). For income from work within that margin of the norm, `possibly`.
 */
function checkHolidayPayMargin(x: Assessment, a: Answers, norm: number, income: number): void {
  const fromWork = a.working?.applicant === true || (a.partner === true && a.working?.partner === true);
  if (!fromWork || income <= 0) return;
  const pct = x.ctx.param(m.holidayPayPct);
  const margin = mulDivRound(income, pct, 100);
  if (norm - income <= margin) {
    x.uncertain('holiday-pay-margin', [pwSource(x, '19', '3'), ...x.ctx.sourcesOf(m.holidayPayPct)], {
      margin,
      pct,
    });
  }
}

/** The estimate of an income test: the sure amount in `monthly`, the highest in `range.max`. */
export function incomeTestEstimate(r: IncomeTestResult | undefined): Estimate | null {
  if (r === undefined) return null;
  const estimate: Estimate = { monthly: r.amount, yearly: r.amount * 12 };
  if (r.max !== undefined && r.max > r.amount) estimate.range = { min: r.amount, max: r.max };
  return estimate;
}
