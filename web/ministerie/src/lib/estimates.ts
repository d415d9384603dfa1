import type { RegulationId } from '../../../../functions/contract/regulations';

/**
 * The latest official non-take-up estimates (docs/domain/rules-params-2026.md §8), with the year
 * they describe, where they were published, and the earlier figures of the same series. Bijzondere
 * bijstand and kinderopvangtoeslag have none that is recent (§8: UNKNOWN). Algemene bijstand and
 * AIO have one measurement each (Inspectie SZW 2021 for 1 January 2018; Algemene Rekenkamer 2019,
 * seed 000 l.257): no trend. The CBS/SVB AIO count for 2019 (§8) uses another method and is not
 * set beside the Rekenkamer range.
 */
export interface OfficialEstimate {
  /** Percent of those entitled who do not use it: one figure, or a low–high range. */
  percent: readonly [number] | readonly [number, number];
  qualifier?: 'about' | 'justOver';
  /** The year the estimate describes. */
  year: number;
  source: { title: string; url: string };
  /**
   * Earlier estimates by the same method (same source series), oldest first: the trend is what
   * may be set beside the checker's signal, never the level (its users are self-selected).
   */
  earlier?: readonly { percent: readonly [number]; qualifier?: 'about' | 'almost'; year: number }[];
}

export type Trend = 'rising' | 'falling' | 'flat';

/**
 * The direction of the official series: from the earliest comparable estimate to the latest.
 * Null with only one estimate. A change of less than one percentage point is `flat`.
 */
export function officialTrend(estimate: OfficialEstimate | null): Trend | null {
  const first = estimate?.earlier?.[0];
  if (!estimate || !first) return null;
  const mid = (percent: readonly number[]) => percent.reduce((a, b) => a + b, 0) / percent.length;
  const change = mid(estimate.percent) - mid(first.percent);
  return Math.abs(change) < 1 ? 'flat' : change > 0 ? 'rising' : 'falling';
}

const CPB_2025 = {
  title: 'CPB, niet-gebruik toeslagen 2016–2021 (bericht Gemeente.nu, 2025)',
  url: 'https://www.gemeente.nu/sociaal/bijstand/cpb-ruim-1-miljard-aan-toeslagen-onbenut/',
};

export const OFFICIAL_ESTIMATES: Record<RegulationId, OfficialEstimate | null> = {
  'algemene-bijstand': {
    percent: [35],
    qualifier: 'about',
    year: 2018,
    source: {
      title: 'Inspectie SZW, Niet-gebruik van de algemene bijstand (2021)',
      url: 'https://openresearch.amsterdam/nl/page/75219/niet-gebruik-van-de-algemene-bijstand',
    },
  },
  aio: {
    percent: [48, 56],
    year: 2018,
    source: {
      title: 'Algemene Rekenkamer, Ouderdomsregelingen ontleed (2019)',
      url: 'https://www.rekenkamer.nl/publicaties/rapporten/2019/11/13/ouderdomsregelingen-ontleed',
    },
  },
  'bijzondere-bijstand': null,
  // CPB 2025: "Voor zorgtoeslag liep het niet-gebruik op van bijna 11 naar ruim 12 procent" (2018–2021).
  zorgtoeslag: {
    percent: [12],
    qualifier: 'justOver',
    year: 2021,
    source: CPB_2025,
    earlier: [{ percent: [11], qualifier: 'almost', year: 2018 }],
  },
  // CPB 2025: "Voor de huurtoeslag steeg het niet-gebruik over de periode 2018-2021 van 10 naar 12 procent".
  huurtoeslag: { percent: [12], year: 2021, source: CPB_2025, earlier: [{ percent: [10], year: 2018 }] },
  // CPB 2025: "Bij het kindgebonden budget is het niet-gebruik in de periode 2016-2021 afgenomen van bijna 15 naar 8,5 procent."
  'kindgebonden-budget': {
    percent: [8.5],
    year: 2021,
    source: CPB_2025,
    earlier: [{ percent: [15], qualifier: 'almost', year: 2016 }],
  },
  kinderopvangtoeslag: null,
};
