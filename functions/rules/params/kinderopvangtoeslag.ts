import { defineParam, YEAR_2026 } from './define';

/** Kinderopvangtoeslag 2026 (rules-params-2026.md §7). */
const WKO = (article: string) => ({ bwb: 'BWBR0017017', law: 'Wet kinderopvang', article });
const besluit = (value: number, quote: string) =>
  ({ ...YEAR_2026, value, source: 'KINDEROPVANG-NL', verification: 'SEC', quote }) as const;

export const maxRateDagopvang = defineParam({
  id: 'kinderopvangtoeslag.maximum-uurprijs.dagopvang',
  description: 'Maximum uurprijs dagopvang',
  unit: 'cents-per-hour',
  law: WKO('1.7'),
  values: [besluit(1123, 'Dagopvang | 11,23 | Buitenschoolse opvang | 9,98 | Gastouderopvang | 8,49')],
});

export const maxRateBso = defineParam({
  id: 'kinderopvangtoeslag.maximum-uurprijs.bso',
  description: 'Maximum uurprijs buitenschoolse opvang',
  unit: 'cents-per-hour',
  law: WKO('1.7'),
  values: [besluit(998, 'Dagopvang | 11,23 | Buitenschoolse opvang | 9,98 | Gastouderopvang | 8,49')],
});

export const maxRateGastouder = defineParam({
  id: 'kinderopvangtoeslag.maximum-uurprijs.gastouder',
  description: 'Maximum uurprijs gastouderopvang',
  unit: 'cents-per-hour',
  law: WKO('1.7'),
  values: [besluit(849, 'Dagopvang | 11,23 | Buitenschoolse opvang | 9,98 | Gastouderopvang | 8,49')],
});

export const maxHours = defineParam({
  id: 'kinderopvangtoeslag.maximum-uren',
  description: 'Maximum aantal uren per kind per maand (in maanden waarin de ouders werken)',
  unit: 'hours-per-month',
  law: WKO('1.7'),
  values: [
    {
      validFrom: '2023-01-01',
      knownUntil: '2026-12-31',
      value: 230,
      source: 'KOT-KGU',
      verification: 'SEC',
      quote:
        'Per kind is dit 230 uren per kalendermaand vermenigvuldigd met het aantal maanden waarin de ouder(s) werken.',
    },
  ],
});

/** [income from, income to (null: no upper end), per mille 1st child, per mille next child]; whole euros per year. */
export type KotBand = readonly [number, number | null, number, number];

export const percentageTable = defineParam<readonly KotBand[]>({
  id: 'kinderopvangtoeslag.tabel',
  description: 'Vergoedingspercentages (in promille) naar toetsingsinkomen: eerste kind en volgende kinderen',
  unit: 'table',
  law: WKO('1.7'),
  values: [
    {
      ...YEAR_2026,
      source: 'BD-KOT-BEREKENING-2026',
      verification: 'SEC',
      note: 'All 69 bands as in "Berekening kinderopvangtoeslag 2026" (Dienst Toeslagen), copied by others and not checked against the document itself; the endpoints agree with what the Branchevereniging Kinderopvang reported (96% up to 56.412, vaste voet 36,5%).',
      value: [
        [0, 24149, 960, 960],
        [24150, 25756, 960, 960],
        [25757, 27363, 960, 960],
        [27364, 28973, 960, 960],
        [28974, 30579, 960, 960],
        [30580, 32189, 960, 960],
        [32190, 33795, 960, 960],
        [33796, 35400, 960, 960],
        [35401, 37129, 960, 960],
        [37130, 38855, 960, 960],
        [38856, 40586, 960, 960],
        [40587, 42313, 960, 960],
        [42314, 44046, 960, 960],
        [44047, 45776, 960, 960],
        [45777, 47546, 960, 960],
        [47547, 49318, 960, 960],
        [49319, 51092, 960, 960],
        [51093, 52864, 960, 960],
        [52865, 54641, 960, 960],
        [54642, 56412, 960, 960],
        [56413, 58184, 955, 956],
        [58185, 59957, 948, 956],
        [59958, 61895, 939, 956],
        [61896, 65695, 924, 956],
        [65696, 69492, 916, 952],
        [69493, 73292, 905, 946],
        [73293, 77094, 882, 942],
        [77095, 80891, 859, 939],
        [80892, 84693, 837, 932],
        [84694, 88491, 812, 927],
        [88492, 92291, 789, 922],
        [92292, 96091, 767, 915],
        [96092, 99889, 743, 909],
        [99890, 103694, 721, 905],
        [103695, 107492, 696, 902],
        [107493, 111290, 673, 895],
        [111291, 115090, 651, 891],
        [115091, 118963, 627, 886],
        [118964, 122857, 606, 879],
        [122858, 126747, 585, 874],
        [126748, 130638, 564, 870],
        [130639, 134527, 542, 867],
        [134528, 138420, 523, 860],
        [138421, 142312, 504, 854],
        [142313, 146205, 485, 850],
        [146206, 150092, 465, 844],
        [150093, 153982, 445, 840],
        [153983, 157877, 425, 833],
        [157878, 161766, 405, 827],
        [161767, 165657, 385, 817],
        [165658, 169547, 365, 814],
        [169548, 173440, 365, 806],
        [173441, 177335, 365, 797],
        [177336, 181223, 365, 791],
        [181224, 185114, 365, 782],
        [185115, 189002, 365, 777],
        [189003, 192896, 365, 769],
        [192897, 196789, 365, 762],
        [196790, 200681, 365, 755],
        [200682, 204571, 365, 745],
        [204572, 208458, 365, 740],
        [208459, 212353, 365, 733],
        [212354, 216242, 365, 725],
        [216243, 220134, 365, 718],
        [220135, 224026, 365, 712],
        [224027, 227915, 365, 704],
        [227916, 231807, 365, 696],
        [231808, 235697, 365, 691],
        [235698, null, 365, 682],
      ],
    },
  ],
});
