import { defineParam } from './define';

export const minimumToeslag = defineParam({
  id: 'awir.minimum-tegemoetkoming',
  description: 'Een toeslag onder dit jaarbedrag wordt niet toegekend',
  unit: 'cents-per-year',
  law: { bwb: 'BWBR0018472', law: 'Awir', article: '14', lid: '4' },
  values: [
    {
      validFrom: '2006-01-01',
      knownUntil: '2026-12-31',
      value: 2400,
      source: 'AWIR-2026',
      verification: 'OFF-copy',
      quote: 'Een tegemoetkoming wordt niet toegekend indien deze minder dan € 24 zou bedragen.',
    },
    {
      validFrom: '2027-01-01',
      knownUntil: '2027-12-31',
      value: 2400,
      source: 'AWIR-2026',
      verification: 'OFF-copy',
      quote: 'Een tegemoetkoming wordt niet toegekend indien deze minder dan € 24 zou bedragen.',
      note: 'A fixed amount since 2006: the Awir has no indexation clause for it, and the text in force announces no change for 2027.',
    },
  ],
});
