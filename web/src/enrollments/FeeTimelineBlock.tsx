import { formatDate } from '../i18n/format.ts';
import { useLanguage } from '../i18n/language.tsx';
import { type ChartMarker, FeeTimelineChart } from '../terms/FeeTimelineChart.tsx';
import { TimelineTable } from '../terms/TimelineTable.tsx';
import type { TimelineRange } from '../terms/types.ts';

/**
 * The cancellation fee over time, as the terms page draws it: the step chart with "today" and
 * "start" marked, and the same ranges as a table with today's row highlighted. Shown before the user
 * accepts terms or confirms a change, so the cost of a later change is known up front.
 */
export function FeeTimelineBlock({
  ranges,
  priceCents,
  today,
  startDay,
  heading,
}: {
  ranges: TimelineRange[];
  priceCents: number;
  today: string;
  startDay: string | null;
  /** A caption above the chart, e.g. the part of a package it is about. */
  heading?: string;
}) {
  const { t, locale } = useLanguage();
  if (ranges.length === 0) return null;
  const markers: ChartMarker[] = [
    {
      kind: 'today',
      date: today,
      label: `${t('terms.timeline.today')} ${formatDate(today, locale, 'dayMonth')}`,
    },
    ...(startDay
      ? [
          {
            kind: 'start' as const,
            date: startDay,
            label: `${t('terms.timeline.start')} ${formatDate(startDay, locale, 'dayMonth')}`,
          },
        ]
      : []),
  ];
  return (
    <div className="fee-timeline">
      {heading ? <h3>{heading}</h3> : null}
      <FeeTimelineChart ranges={ranges} price={priceCents} markers={markers} />
      <TimelineTable ranges={ranges} requestDate={today} requestLabel={t('terms.timeline.today')} />
    </div>
  );
}
