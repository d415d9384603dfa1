/**
 * The bounds of the answers' amounts, zod-free: the schema (answers.ts) is built from them, and the
 * citizen app's money question checks an amount with `moneyAnswerValid` without loading zod.
 * The upper bound keeps arithmetic within safe integers; it is far above any real household.
 */
export const MAX_MONEY = 100_000_000_00; // € 100 million, in cents

/** Money answers that may be below zero: a debt, a mortgage above the home's value. */
export const SIGNED_MONEY_FIELDS: readonly string[] = ['homeEquity', 'assets'];

/** Whether `cents` is an amount the contract accepts for the money answer `field`. */
export function moneyAnswerValid(field: string, cents: number): boolean {
  const min = SIGNED_MONEY_FIELDS.includes(field) ? -MAX_MONEY : 0;
  return Number.isInteger(cents) && cents >= min && cents <= MAX_MONEY;
}
