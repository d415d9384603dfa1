import { REGULATION_IDS } from '../../../../functions/rules/regulations';
import { BarChart } from '../charts/bar-chart';
import { LineChart } from '../charts/line-chart';
import type { DashboardContent } from '../content';
import type { TableModel } from '../lib/views';

/**
 * Small multiples, one chart per regulation, drawn from the same table model as the table shown
 * below them (so a chart never says anything the table does not).
 */
export function TrendCharts({ model, copy }: { model: TableModel; copy: DashboardContent }) {
  return (
    <div class="multiples">
      {REGULATION_IDS.map((id) => {
        const rows = model.rows.filter((row) => row.regulation === id);
        return (
          <figure key={id} class="multiple">
            <figcaption>{copy.regulations[id]}</figcaption>
            <LineChart
              id={`trend-${id}`}
              title={copy.trend.chartLabel(copy.regulations[id])}
              points={rows.map((row) => ({
                label: row.cells.month?.text ?? '',
                value: row.cells.share?.value ?? null,
                text: row.cells.share?.text ?? '',
              }))}
            />
          </figure>
        );
      })}
    </div>
  );
}

export function BarCharts({
  model,
  copy,
  labelKey,
  valueKey,
  title,
  rows: include = () => true,
  limit,
}: {
  model: TableModel;
  copy: DashboardContent;
  labelKey: 'group' | 'reason';
  valueKey: 'share' | 'count';
  title: (regulation: string) => string;
  /** Which rows of the table the chart draws (all by default). */
  rows?: (row: TableModel['rows'][number]) => boolean;
  /** At most this many bars per chart: the groups with the most screenings (the table keeps all). */
  limit?: number;
}) {
  const drawn = model.rows.filter(include);
  const values = drawn.map((row) => row.cells[valueKey]?.value ?? 0);
  const max = valueKey === 'share' ? 1 : Math.max(1, ...values.map((v) => v ?? 0));
  return (
    <div class="multiples">
      {REGULATION_IDS.map((id) => {
        const all = drawn.filter((row) => row.regulation === id);
        if (all.length === 0) return null;
        const size = (row: TableModel['rows'][number]) => row.cells.screenings?.value ?? 0;
        const rows =
          limit && all.length > limit ? [...all].sort((a, b) => size(b) - size(a)).slice(0, limit) : all;
        return (
          <figure key={id} class="multiple">
            <figcaption>
              {copy.regulations[id]}
              {limit && all.length > limit ? ` (${copy.breakdown.largest(limit)})` : ''}
            </figcaption>
            <BarChart
              id={`${model.id}-${id}`}
              title={`${title(copy.regulations[id])}${limit && all.length > limit ? ` (${copy.breakdown.largest(limit)})` : ''}`}
              max={max}
              bars={rows.map((row) => ({
                label: row.cells[labelKey]?.text ?? '',
                value: row.cells[valueKey]?.value ?? null,
                text: row.cells[valueKey]?.text ?? '',
              }))}
            />
          </figure>
        );
      })}
    </div>
  );
}
