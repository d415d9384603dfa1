import type { RegulationId } from '../../../../functions/contract/regulations';

/**
 * The latest official non-take-up estimates (docs/domain/rules-params-2026.md §8), with the year
 * they describe and where they were published. Bijzondere bijstand and kinderopvangtoeslag have
 * none that is recent (§8: UNKNOWN).
 */
export interface OfficialEstimate {
  /** Percent of those entitled who do not use it: one figure, or a low–high range. */
  percent: readonly [number] | readonly [number, number];
  qualifier?: 'about' | 'justOver';
  /** The year the estimate describes. */
  year: number;
  source: { title: string; url: string };
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
  zorgtoeslag: { percent: [12], qualifier: 'justOver', year: 2021, source: CPB_2025 },
  huurtoeslag: { percent: [12], year: 2021, source: CPB_2025 },
  'kindgebonden-budget': { percent: [8.5], year: 2021, source: CPB_2025 },
  kinderopvangtoeslag: null,
};
