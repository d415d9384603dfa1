import { formatMonth } from './months';

/**
 * The declared periods the API publishes: a calendar month, quarter, half-year or year. The page
 * offers only these, never a free from–to range, which the API would refuse.
 */
export const PERIOD_KINDS = ['month', 'quarter', 'half', 'year'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export interface Period {
  kind: PeriodKind;
  /** `2026-11`, `2026-Q2`, `2026-H1` or `2026`, as the API names it. */
  id: string;
}

const LENGTH: Record<PeriodKind, number> = { month: 1, quarter: 3, half: 6, year: 12 };
const pad = (n: number) => String(n).padStart(2, '0');

export const isPeriodKind = (value: string): value is PeriodKind =>
  (PERIOD_KINDS as readonly string[]).includes(value);

/** The period of this kind that holds `month` (`YYYY-MM`). */
export function periodOf(kind: PeriodKind, month: string): Period {
  const year = month.slice(0, 4);
  const index = Math.ceil(Number(month.slice(5, 7)) / LENGTH[kind]);
  const id = { month, quarter: `${year}-Q${index}`, half: `${year}-H${index}`, year }[kind];
  return { kind, id };
}

/** The first and last month of a period, as the API's `from` and `to`. */
export function periodRange({ kind, id }: Period): { from: string; to: string } {
  if (kind === 'month') return { from: id, to: id };
  const year = id.slice(0, 4);
  const index = kind === 'year' ? 1 : Number(id.slice(6));
  const first = (index - 1) * LENGTH[kind] + 1;
  return { from: `${year}-${pad(first)}`, to: `${year}-${pad(first + LENGTH[kind] - 1)}` };
}

/**
 * The periods of one kind in the current and the previous year, up to the one holding
 * `month`, newest first: later ones have no screenings yet.
 */
export function periodsOffered(kind: PeriodKind, month: string): Period[] {
  const year = Number(month.slice(0, 4));
  const out: Period[] = [];
  for (const y of [year - 1, year]) {
    for (let m = 1; m <= 12; m += LENGTH[kind]) {
      const first = `${y}-${pad(m)}`;
      if (first > month) break;
      out.push(periodOf(kind, first));
    }
  }
  return out.reverse();
}

export function periodLabel(
  period: Period,
  copy: {
    locale: string;
    period: { quarter: (n: number, year: string) => string; half: (n: number, year: string) => string };
  },
): string {
  const year = period.id.slice(0, 4);
  if (period.kind === 'month') return formatMonth(period.id, copy.locale);
  if (period.kind === 'year') return year;
  return copy.period[period.kind](Number(period.id.slice(6)), year);
}
