/** Horizontal bars in plain SVG; a bar whose value cannot be known is drawn as its text only. */
export interface Bar {
  label: string;
  value: number | null;
  text: string;
}

const W = 360;
const ROW = 24;
const LABEL_W = 130;
const VALUE_W = 80;

export function BarChart({ id, title, bars, max }: { id: string; title: string; bars: Bar[]; max: number }) {
  const height = bars.length * ROW + 8;
  const barW = W - LABEL_W - VALUE_W;
  const scale = max > 0 ? barW / max : 0;
  return (
    <svg class="chart" viewBox={`0 0 ${W} ${height}`} role="img" aria-labelledby={`${id}-title`}>
      <title id={`${id}-title`}>
        {title}: {bars.map((b) => `${b.label} ${b.text}`).join('; ')}
      </title>
      {bars.map((bar, i) => {
        const top = 4 + i * ROW;
        const width = bar.value === null ? 0 : Math.max(bar.value * scale, bar.value > 0 ? 1 : 0);
        return (
          <g key={bar.label}>
            <text x={LABEL_W - 6} y={top + ROW / 2 + 4} text-anchor="end" class="chart__label">
              {bar.label.length > 22 ? `${bar.label.slice(0, 21)}…` : bar.label}
            </text>
            <rect x={LABEL_W} y={top + 4} width={width} height={ROW - 8} class="chart__bar" />
            <text x={LABEL_W + width + 4} y={top + ROW / 2 + 4} class="chart__label">
              {bar.text}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
