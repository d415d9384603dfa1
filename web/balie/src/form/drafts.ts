/**
 * What the counter form holds: the text as typed, keyed by answer path ("age", "children.0.age",
 * "childcare.1.hourlyRate"), and the paths answered "don't know". Answers are derived from it.
 */
export interface Drafts {
  values: Record<string, string>;
  dontKnow: string[];
}

export const EMPTY_DRAFTS: Drafts = { values: {}, dontKnow: [] };

/** How many repeated entries (children, childcare) the count field asks for, capped as the contract caps. */
export function entryCount(drafts: Drafts, id: string): number {
  const raw = drafts.values[id]?.trim() ?? '';
  if (!/^\d{1,2}$/.test(raw)) return 0;
  return Math.min(Number(raw), 20);
}
