/** A small trend line in plain SVG: shares (0–1) per month, gaps where a share cannot be known. */
export interface LinePoint {
  label: string;
  value: number | null;
  text: string;
}

const W = 300;
const H = 150;
const PAD = { left: 36, right: 10, top: 10, bottom: 28 };

export function LineChart({ id, title, points }: { id: string; title: string; points: LinePoint[] }) {
  const innerW = W - PAD.left - PAD.right;
  const innerH = H - PAD.top - PAD.bottom;
  const x = (i: number) => PAD.left + (points.length <= 1 ? innerW / 2 : (i * innerW) / (points.length - 1));
  const y = (value: number) => PAD.top + innerH - value * innerH;
  // Consecutive known points form one segment; an unknown point breaks the line.
  const segments: { i: number; value: number }[][] = [];
  let current: { i: number; value: number }[] = [];
  points.forEach((point, i) => {
    if (point.value === null) {
      if (current.length) segments.push(current);
      current = [];
    } else current.push({ i, value: point.value });
  });
  if (current.length) segments.push(current);
  const first = points[0];
  const last = points[points.length - 1];
  return (
    <svg class="chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${id}-title`}>
      <title id={`${id}-title`}>
        {title}: {points.map((p) => `${p.label} ${p.text}`).join('; ')}
      </title>
      {[0, 0.5, 1].map((tick) => (
        <g key={tick}>
          <line x1={PAD.left} x2={W - PAD.right} y1={y(tick)} y2={y(tick)} class="chart__grid" />
          <text x={PAD.left - 4} y={y(tick) + 4} text-anchor="end" class="chart__label">
            {Math.round(tick * 100)}%
          </text>
        </g>
      ))}
      {segments.map((segment) => (
        <polyline
          key={segment[0]?.i}
          class="chart__line"
          points={segment.map((p) => `${x(p.i)},${y(p.value)}`).join(' ')}
        />
      ))}
      {segments.flat().map((p) => (
        <circle key={p.i} cx={x(p.i)} cy={y(p.value)} r={3.5} class="chart__dot" />
      ))}
      {first && (
        <text x={x(0)} y={H - 8} text-anchor={points.length > 1 ? 'start' : 'middle'} class="chart__label">
          {first.label}
        </text>
      )}
      {last && points.length > 1 && (
        <text x={x(points.length - 1)} y={H - 8} text-anchor="end" class="chart__label">
          {last.label}
        </text>
      )}
    </svg>
  );
}
