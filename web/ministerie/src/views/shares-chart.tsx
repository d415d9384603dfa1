import type { DashboardContent } from '../content';
import type { SharesResponse } from '../lib/stats-client';

const ROW = 36;
const LABEL = 190; // LABEL + BAR + TEXT = 780, the CSS width of .chart
const BAR = 360;
const TEXT = 230;
/** Chart text never below 12 px (14 here): readable, and scaled with the page. */
const FONT = 14;

const pct = (copy: DashboardContent, value: number) =>
  copy.percent(new Intl.NumberFormat(copy.locale, { maximumFractionDigits: 0 }).format(value * 100));

/**
 * Horizontal bars of the national shares, each with its 95 % interval as a line and the share,
 * interval and n written beside it (the same numbers as the table beside the chart). A regulation
 * without a share has no bar, only its text.
 */
export function SharesChart({
  data,
  copy,
  period,
}: {
  data: SharesResponse;
  copy: DashboardContent;
  period: string;
}) {
  const height = data.shares.length * ROW + 8;
  const x = (value: number) => LABEL + value * BAR;
  return (
    <svg
      class="chart"
      role="img"
      aria-label={copy.shares.chartLabel(period)}
      viewBox={`0 0 ${LABEL + BAR + TEXT} ${height}`}
      font-size={FONT}
      data-chart="shares"
    >
      {data.shares.map((row, i) => {
        const y = 4 + i * ROW;
        const n =
          row.nLow === null || row.nHigh === null
            ? '?'
            : row.nLow === row.nHigh
              ? String(row.nLow)
              : `${row.nLow}–${row.nHigh}`;
        const text =
          row.share === null || row.low === null || row.high === null
            ? copy.shares.noShare
            : copy.shares.barText(pct(copy, row.share), pct(copy, row.low), pct(copy, row.high), n);
        return (
          <g key={row.regulation} data-regulation={row.regulation}>
            <text
              x={LABEL - 8}
              y={y + ROW / 2}
              text-anchor="end"
              dominant-baseline="middle"
              fill="currentColor"
            >
              {(copy.regulations as Record<string, string>)[row.regulation] ?? row.regulation}
            </text>
            {row.share !== null && (
              <rect x={LABEL} y={y + 8} width={row.share * BAR} height={ROW - 16} class="chart__bar" />
            )}
            {row.low !== null && row.high !== null && (
              <line
                x1={x(row.low)}
                x2={x(row.high)}
                y1={y + ROW / 2}
                y2={y + ROW / 2}
                class="chart__interval"
                stroke-width={2}
              />
            )}
            <text
              x={LABEL + BAR + 8}
              y={y + ROW / 2}
              dominant-baseline="middle"
              fill="currentColor"
              data-bar-text
            >
              {text}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
