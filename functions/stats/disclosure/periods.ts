/**
 * The declared statistics periods: a calendar month, quarter, half-year or year. Publishing only
 * these (never an arbitrary from–to) keeps the set of tables fixed, so protection can be computed
 * over all of them together (docs/adr/0009-statistics-disclosure-control.md).
 */
export const PERIOD_KINDS = ['month', 'quarter', 'half', 'year'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

const MONTHS_PER: Record<PeriodKind, number> = { month: 1, quarter: 3, half: 6, year: 12 };
const SUFFIX: Record<PeriodKind, string> = { month: '', quarter: 'Q', half: 'H', year: '' };

export interface DeclaredPeriod {
  kind: PeriodKind;
  /** `2026-11`, `2026-Q1`, `2026-H2` or `2026`. */
  id: string;
  year: string;
  months: string[];
}

const monthNumber = (month: string) => Number(month.slice(5, 7));

/** The id of the period of this kind that holds `month` (`YYYY-MM`). */
export function periodId(kind: PeriodKind, month: string): string {
  const year = month.slice(0, 4);
  if (kind === 'month') return month;
  if (kind === 'year') return year;
  return `${year}-${SUFFIX[kind]}${Math.ceil(monthNumber(month) / MONTHS_PER[kind])}`;
}

/** The declared period spanned by `from`–`to` exactly, or null when they span anything else. */
export function declaredPeriod(from: string, to: string): DeclaredPeriod | null {
  const year = from.slice(0, 4);
  if (to.slice(0, 4) !== year) return null;
  const first = monthNumber(from);
  const length = monthNumber(to) - first + 1;
  const kind = PERIOD_KINDS.find((k) => MONTHS_PER[k] === length && (first - 1) % length === 0);
  if (!kind) return null;
  const months = Array.from({ length }, (_, i) => `${year}-${String(first + i).padStart(2, '0')}`);
  return { kind, id: periodId(kind, from), year, months };
}

/** The next coarser kind, whose period two months must share to cancel out there. */
export function parentKind(kind: PeriodKind): PeriodKind | null {
  return PERIOD_KINDS[PERIOD_KINDS.indexOf(kind) + 1] ?? null;
}
