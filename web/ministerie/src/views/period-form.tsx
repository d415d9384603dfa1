import { useState } from 'preact/hooks';
import type { DashboardContent } from '../content';
import { isMonth, monthsBetween } from '../lib/months';

export const MAX_MONTHS = 36;

export interface Period {
  from: string;
  to: string;
}

/** From and to month (inclusive), within the API's 36 months. */
export function PeriodForm({
  copy,
  period,
  onChange,
}: {
  copy: DashboardContent;
  period: Period;
  onChange: (period: Period) => void;
}) {
  const [from, setFrom] = useState(period.from);
  const [to, setTo] = useState(period.to);
  const [error, setError] = useState<string | null>(null);
  return (
    <section class="period" aria-labelledby="period-title">
      <h2 id="period-title">{copy.period.title}</h2>
      <form
        class="period__form"
        onSubmit={(event) => {
          event.preventDefault();
          if (!isMonth(from) || !isMonth(to) || from > to) return setError(copy.period.invalid);
          if (monthsBetween(from, to).length > MAX_MONTHS) return setError(copy.period.tooLong(MAX_MONTHS));
          setError(null);
          onChange({ from, to });
        }}
      >
        <label for="period-from">{copy.period.from}</label>
        <input
          id="period-from"
          type="month"
          value={from}
          aria-describedby={error ? 'period-error' : undefined}
          onInput={(event) => setFrom(event.currentTarget.value)}
        />
        <label for="period-to">{copy.period.to}</label>
        <input
          id="period-to"
          type="month"
          value={to}
          aria-describedby={error ? 'period-error' : undefined}
          onInput={(event) => setTo(event.currentTarget.value)}
        />
        <button type="submit" class="button">
          {copy.period.show}
        </button>
      </form>
      {error && (
        <p id="period-error" class="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
