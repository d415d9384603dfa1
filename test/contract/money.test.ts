import { describe, expect, it } from 'vitest';
import { answersSchema } from '../../functions/contract/answers';
import { MAX_MONEY, moneyAnswerValid } from '../../functions/contract/money';
import { QUESTIONS } from '../../functions/rules/index';

describe('moneyAnswerValid (the money question, without zod)', () => {
  const money = QUESTIONS.filter((question) => question.kind === 'money').map((question) => question.id);

  it('covers the money questions', () => {
    expect(money).toEqual(
      expect.arrayContaining(['netIncomeMonthly', 'grossIncomeYearly', 'assets', 'rent']),
    );
  });

  it('agrees with the answers schema at every bound, for every money question', () => {
    const amounts = [0, 1, 150_075, MAX_MONEY, MAX_MONEY + 1, -1, -MAX_MONEY, -MAX_MONEY - 1, 0.5, -0.5];
    for (const field of money)
      for (const cents of amounts)
        expect(moneyAnswerValid(field, cents), `${field} ${cents}`).toBe(
          answersSchema.safeParse({ [field]: cents }).success,
        );
  });

  it('takes debts where the contract does (vermogen, home equity) and nowhere else', () => {
    expect(moneyAnswerValid('assets', -50_000)).toBe(true);
    expect(moneyAnswerValid('homeEquity', -50_000)).toBe(true);
    expect(moneyAnswerValid('rent', -1)).toBe(false);
    expect(moneyAnswerValid('netIncomeMonthly', -1)).toBe(false);
  });
});
