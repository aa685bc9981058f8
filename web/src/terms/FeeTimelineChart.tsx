import { useId } from 'react';
import { formatDate, formatEuros, formatPercent } from '../i18n/format.ts';
import { useLanguage } from '../i18n/language.tsx';
import type { TimelineRange } from './types.ts';
import { epochDay } from './zoned-time.ts';

export interface ChartMarker {
  /** 'YYYY-MM-DD' */
  date: string;
  label: string;
  kind: 'request' | 'today' | 'start';
}

const WIDTH = 760;
const HEIGHT = 300;
const MARGIN = { top: 56, right: 52, bottom: 44, left: 84 };
const PLOT_W = WIDTH - MARGIN.left - MARGIN.right;
const PLOT_H = HEIGHT - MARGIN.top - MARGIN.bottom;
/** Date labels closer than this (in chart units) to the previous one are left out, not overlapped. */
const MIN_LABEL_GAP = 64;

/**
 * The cancellation fee over time as a step chart: dates on the x axis (each range of days with one
 * fee is a step), the fee in euros on the y axis, and vertical markers for the request day, today
 * and the start. The same data follows as a table, for screen readers and for exact reading.
 */
export function FeeTimelineChart({
  ranges,
  price,
  markers,
}: {
  ranges: TimelineRange[];
  price: number;
  markers: ChartMarker[];
}) {
  const { t, language, locale } = useLanguage();
  const titleId = useId();
  const descId = useId();
  const first = ranges[0];
  const last = ranges[ranges.length - 1];
  if (!first || !last) return null;

  const firstDay = epochDay(first.from);
  const days = epochDay(last.to) - firstDay + 1;
  const x = (isoDate: string) => MARGIN.left + ((epochDay(isoDate) - firstDay) / days) * PLOT_W;
  const xEnd = (isoDate: string) => MARGIN.left + ((epochDay(isoDate) - firstDay + 1) / days) * PLOT_W;
  const maxFee = Math.max(price, ...ranges.map((r) => r.fee), 1);
  const y = (cents: number) => MARGIN.top + PLOT_H - (cents / maxFee) * PLOT_H;
  const baseline = MARGIN.top + PLOT_H;

  // One path through every step: across each range at its fee, then up or down to the next.
  let line = '';
  for (const [i, r] of ranges.entries()) {
    line += `${i === 0 ? 'M' : 'L'}${x(r.from).toFixed(1)},${y(r.fee).toFixed(1)} H${xEnd(r.to).toFixed(1)} `;
  }
  const yTicks = [0, 0.25, 0.5, 0.75, 1].map((f) => Math.round(maxFee * f));
  // Fees are usually a share of the price (plusport-cursusvoorwaarden 15.5: 50 %, 100 %): when the
  // axis tops out at the price, the right-hand side reads the same lines as percentages.
  const showPercent = maxFee === price && price > 0;

  const dateTicks: { x: number; label: string }[] = [];
  // A tick where each range begins; the first carries the year, the rest only day and month.
  for (const [i, r] of ranges.entries()) {
    const at = x(r.from);
    if (i === 0 || at - (dateTicks.at(-1)?.x ?? Number.NEGATIVE_INFINITY) >= MIN_LABEL_GAP) {
      dateTicks.push({ x: at, label: formatDate(r.from, locale, i === 0 ? 'short' : 'dayMonth') });
    }
  }
  const lastDayX = x(last.to);
  if (lastDayX - (dateTicks.at(-1)?.x ?? 0) >= MIN_LABEL_GAP) {
    dateTicks.push({ x: lastDayX, label: formatDate(last.to, locale, 'dayMonth') });
  }

  const visibleMarkers = markers.filter(
    (m) => epochDay(m.date) >= firstDay && epochDay(m.date) < firstDay + days,
  );
  const description = ranges
    .map(
      (r) =>
        `${formatDate(r.from, locale)} – ${formatDate(r.to, locale)}: ${formatEuros(r.fee, locale)} (${r.label[language]})`,
    )
    .join('; ');

  return (
    <figure className="chart">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-labelledby={titleId}
        aria-describedby={descId}
        className="fee-chart"
      >
        <title id={titleId}>{t('terms.timeline')}</title>
        <desc id={descId}>{description}</desc>
        {yTicks.map((tick) => (
          <g key={tick}>
            <line className="grid" x1={MARGIN.left} x2={MARGIN.left + PLOT_W} y1={y(tick)} y2={y(tick)} />
            <text className="axis-label" x={MARGIN.left - 8} y={y(tick)} dy="0.32em" textAnchor="end">
              {formatEuros(tick, locale)}
            </text>
            {showPercent ? (
              <text className="axis-label" x={MARGIN.left + PLOT_W + 8} y={y(tick)} dy="0.32em">
                {formatPercent(tick / price, locale)}
              </text>
            ) : null}
          </g>
        ))}
        {ranges.map((r) => (
          <rect
            key={`${r.from}-area`}
            className={`step-area${r.fee === 0 ? ' free' : ''}`}
            x={x(r.from)}
            y={y(r.fee)}
            width={Math.max(0, xEnd(r.to) - x(r.from))}
            height={baseline - y(r.fee)}
          />
        ))}
        <path className="step-line" d={line} />
        <line className="axis" x1={MARGIN.left} x2={MARGIN.left + PLOT_W} y1={baseline} y2={baseline} />
        {dateTicks.map((tick) => (
          <g key={tick.x}>
            <line className="axis" x1={tick.x} x2={tick.x} y1={baseline} y2={baseline + 5} />
            <text
              className="axis-label"
              x={tick.x}
              y={baseline + 20}
              textAnchor={tick.x === MARGIN.left ? 'start' : 'middle'}
            >
              {tick.label}
            </text>
          </g>
        ))}
        {visibleMarkers.map((m, i) => {
          const at = x(m.date) + PLOT_W / days / 2;
          const labelY = 14 + i * 15;
          return (
            <g key={m.kind} className={`marker marker-${m.kind}`} data-marker={m.kind}>
              <line x1={at} x2={at} y1={labelY + 4} y2={baseline} />
              <text x={at} y={labelY} textAnchor={at > WIDTH - 120 ? 'end' : at < 160 ? 'start' : 'middle'}>
                {m.label}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
