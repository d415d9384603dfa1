import { useState } from 'preact/hooks';
import type { DashboardContent } from '../content';
import {
  isPeriodKind,
  PERIOD_KINDS,
  type Period,
  type PeriodKind,
  periodLabel,
  periodOf,
  periodsOffered,
} from '../lib/periods';

/**
 * A declared period: its kind, then which one of the current or the previous year. The API
 * publishes only these, so there is no free range to choose.
 */
export function PeriodForm({
  copy,
  period,
  month,
  onChange,
}: {
  copy: DashboardContent;
  period: Period;
  /** This month (Europe/Amsterdam): the newest period offered holds it. */
  month: string;
  onChange: (period: Period) => void;
}) {
  const [kind, setKind] = useState<PeriodKind>(period.kind);
  const [id, setId] = useState(period.id);
  const offered = periodsOffered(kind, month);
  return (
    <section class="period" aria-labelledby="period-title">
      <h2 id="period-title">{copy.period.title}</h2>
      <form
        class="period__form"
        onSubmit={(event) => {
          event.preventDefault();
          onChange({ kind, id });
        }}
      >
        <label for="period-kind">{copy.period.kind}</label>
        <select
          id="period-kind"
          value={kind}
          onChange={(event) => {
            const next = event.currentTarget.value;
            if (!isPeriodKind(next)) return;
            setKind(next);
            setId(periodOf(next, month).id);
          }}
        >
          {PERIOD_KINDS.map((k) => (
            <option key={k} value={k}>
              {copy.period.kinds[k]}
            </option>
          ))}
        </select>
        <label for="period-id">{copy.period.which}</label>
        <select id="period-id" value={id} onChange={(event) => setId(event.currentTarget.value)}>
          {offered.map((p) => (
            <option key={p.id} value={p.id}>
              {periodLabel(p, copy)}
            </option>
          ))}
        </select>
        <button type="submit" class="button" id="period-show">
          {copy.period.show}
        </button>
      </form>
    </section>
  );
}
