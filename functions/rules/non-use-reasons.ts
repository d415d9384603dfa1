/**
 * Why someone who is likely entitled does not receive it: the fixed list of the statistics
 * extension (docs/screening-api.md). In a module of its own, without zod, so the counter and the
 * dashboard bundles can import it.
 */
export const NON_USE_REASONS = [
  'did-not-know',
  'thought-not-entitled',
  'fear-of-repayment',
  'too-complicated',
  'shame',
  'not-worth-it',
  'applied-refused',
  'other',
] as const;
export type NonUseReason = (typeof NON_USE_REASONS)[number];
