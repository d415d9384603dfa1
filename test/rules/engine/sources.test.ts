import { describe, expect, it } from 'vitest';
import { lawUrl } from '../../../functions/rules/engine/sources';
import { evaluate } from '../../../functions/rules/index';
import { AWIR } from '../../../functions/rules/params/define';
import { rulesRegistry } from '../../../functions/rules/registry';
import { adult, screen } from '../../support/screen';

describe('law links: one builder, the text in force on the peildatum', () => {
  it('builds https://wetten.overheid.nl/<BWB>/<date>#Artikel<n>, or the full path where given', () => {
    // Art. 14: the corpus gives no chapter path, so the short fragment.
    expect(lawUrl(AWIR('14', '5'), '2026-03-01')).toBe(
      'https://wetten.overheid.nl/BWBR0018472/2026-03-01#Artikel14',
    );
    expect(lawUrl({ bwb: 'BWBR0018472', article: '7', path: 'Hoofdstuk1_Paragraaf3' }, '2026-03-01')).toBe(
      'https://wetten.overheid.nl/BWBR0018472/2026-03-01#Hoofdstuk1_Paragraaf3_Artikel7',
    );
  });

  it('never links to a text older than the rules (a value in force since 2006 links to 2026)', () => {
    const minimum = rulesRegistry().parameters.find((p) => p.id === 'awir.minimum-tegemoetkoming');
    expect(minimum?.law?.url).toBe('https://wetten.overheid.nl/BWBR0018472/2026-01-01#Artikel14');
    const kgbAge = rulesRegistry().parameters.find((p) => p.id === 'kindgebonden-budget.leeftijdsgrens-kind');
    expect(kgbAge?.law?.url).toBe('https://wetten.overheid.nl/BWBR0022751/2026-01-01#Artikel2');
  });

  it('reasons link the law as in force on the peildatum, also in 2027 (no year in code)', () => {
    for (const peildatum of ['2026-03-01', '2027-02-01']) {
      const urls = evaluate(adult, { peildatum }).results.flatMap((r) =>
        r.reasons.flatMap((reason) => reason.sources.map((s) => s.url)),
      );
      const lawLinks = urls.filter((url) => url.startsWith('https://wetten.overheid.nl/'));
      expect(lawLinks.length).toBeGreaterThan(0);
      for (const url of lawLinks)
        expect(url).toMatch(new RegExp(`^https://wetten\\.overheid\\.nl/BWBR\\d{7}/${peildatum}#`));
    }
    expect(screen('zorgtoeslag', adult).reasons.flatMap((r) => r.sources.map((s) => s.url))).toContain(
      'https://wetten.overheid.nl/BWBR0018472/2026-03-01#Artikel14',
    );
  });

  it('GET /api/rules gives each value the article as in force on its first day', () => {
    const norm = rulesRegistry().parameters.find((p) => p.id === 'participatiewet.norm.alleenstaande');
    expect(norm?.values.map((v) => v.law?.url)).toEqual([
      'https://wetten.overheid.nl/BWBR0015703/2026-01-01#Artikel21',
      'https://wetten.overheid.nl/BWBR0015703/2026-07-01#Artikel21',
    ]);
  });
});

describe('law links into laws with chapters', () => {
  it('use the full element id where the regelrecht corpus gives the article its chapter and paragraph', () => {
    const urls = screen('huurtoeslag', { ...adult, coResidents27Plus: 1 }).reasons.flatMap((r) =>
      r.sources.map((s) => s.url),
    );
    expect(urls).toContain(
      'https://wetten.overheid.nl/BWBR0008659/2026-03-01#Hoofdstuk2_Paragraaf1_Artikel7',
    );
    expect(urls).toContain(
      'https://wetten.overheid.nl/BWBR0018472/2026-03-01#Hoofdstuk1_Paragraaf3_Artikel7',
    );
  });
});
