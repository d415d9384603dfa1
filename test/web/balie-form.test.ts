import { describe, expect, it } from 'vitest';
import { answersSchema } from '../../functions/contract/answers';
import { evaluate, QUESTIONS } from '../../functions/rules/index';
import { en } from '../../web/balie/src/content/en';
import { nl } from '../../web/balie/src/content/nl';
import { GROUP_ORDER } from '../../web/balie/src/form/counter-form';
import { toAnswers } from '../../web/balie/src/form/to-answers';
import { asksReceiving, withReceiving } from '../../web/balie/src/results/receiving';
import { QUESTION_IDS } from '../../web/src/content/types';
import { adult } from '../support/screen';

const drafts = (values: Record<string, string>, dontKnow: string[] = []) => ({ values, dontKnow });

describe('counter form → answers', () => {
  it('reads typed numbers, Dutch and English money, and selects', () => {
    const { answers, errors } = toAnswers(
      drafts({
        age: '34',
        partner: 'false',
        housing: 'rent',
        rent: '650,50',
        netIncomeMonthly: '1.100',
        grossIncomeYearly: '15,000.00',
        assets: '-250',
        'working.applicant': 'true',
      }),
    );
    expect(errors).toEqual({});
    expect(answers).toEqual({
      age: 34,
      partner: false,
      housing: 'rent',
      rent: 65_050,
      netIncomeMonthly: 110_000,
      grossIncomeYearly: 1_500_000,
      assets: -25_000,
      working: { applicant: true },
    });
    expect(answersSchema.safeParse(answers).success).toBe(true);
  });

  it('leaves out a field it cannot read and says why, as data', () => {
    const { answers, errors } = toAnswers(
      drafts({ age: '150', rent: '-5', netIncomeMonthly: 'abc', partnerAge: '3.5' }),
    );
    expect(answers).toEqual({});
    expect(errors).toEqual({
      age: { code: 'wholeNumber', min: 0, max: 120 },
      partnerAge: { code: 'wholeNumber', min: 0, max: 120 },
      rent: { code: 'moneyNegative' },
      netIncomeMonthly: { code: 'money' },
    });
  });

  it('children count only once every age is there; none is an empty list', () => {
    expect(toAnswers(drafts({ children: '0' })).answers).toEqual({ children: [] });
    expect(toAnswers(drafts({ children: '2', 'children.0.age': '4' })).answers).toEqual({});
    expect(
      toAnswers(drafts({ children: '2', 'children.0.age': '4', 'children.1.age': '9' })).answers,
    ).toEqual({
      children: [{ age: 4 }, { age: 9 }],
    });
    expect(toAnswers(drafts({ children: '1', 'children.0.age': '31' })).errors).toHaveProperty(
      'children.0.age',
    );
  });

  it('childcare entries need type, hours and rate', () => {
    const partial = drafts({ childcare: '1', 'childcare.0.type': 'bso', 'childcare.0.hoursPerMonth': '80' });
    expect(toAnswers(partial).answers).toEqual({});
    partial.values['childcare.0.hourlyRate'] = '10,25';
    expect(toAnswers(partial).answers).toEqual({
      childcare: [{ type: 'bso', hoursPerMonth: 80, hourlyRate: 1025 }],
    });
  });

  it('"don\'t know" replaces the value and is listed in answers.dontKnow', () => {
    const { answers } = toAnswers(drafts({ assets: '500', rent: '600' }, ['assets']));
    expect(answers).toEqual({ rent: 60_000, dontKnow: ['assets'] });
    expect(answersSchema.safeParse(answers).success).toBe(true);
  });
});

describe('counter receiving questions', () => {
  const results = evaluate(adult, { peildatum: '2026-11-24' }).results;

  it('asks only where an entitlement is likely or possible, as the citizen app does', () => {
    const asked = results.filter(asksReceiving).map((r) => r.regulation);
    expect(asked).toContain('huurtoeslag');
    expect(asked).not.toContain('aio');
  });

  it('sends the receiving answer only for those, and a reason only after a no', () => {
    const answers = withReceiving(
      {},
      results,
      { huurtoeslag: false, aio: false, zorgtoeslag: true },
      {
        huurtoeslag: 'fear-of-repayment',
        zorgtoeslag: 'shame',
        aio: 'other',
      },
    );
    expect(answers).toEqual({
      receiving: { huurtoeslag: false, zorgtoeslag: true },
      nonUseReasons: { huurtoeslag: 'fear-of-repayment' },
    });
    expect(answersSchema.safeParse(answers).success).toBe(true);
  });
});

describe('counter content', () => {
  it('has a label for every catalogue question and a heading for every group, in each language', () => {
    for (const copy of [nl, en]) {
      for (const id of QUESTION_IDS) expect(copy.questions[id].label).toBeTruthy();
      for (const question of QUESTIONS) {
        expect(GROUP_ORDER).toContain(question.group);
        for (const option of question.options ?? []) {
          expect(copy.questions[question.id as keyof typeof copy.questions].options?.[option]).toBeTruthy();
        }
      }
    }
  });
});
