/**
 * Source registry: every id a parameter or reason cites, with where it can be read.
 * Ids and verification levels come from docs/domain/rules-params-2026.md §0 (copied from
 * ../shared/domain) and rules-params-2026-h2.md ("Sources").
 */
export type Verification = 'OFF' | 'OFF-copy' | 'SEC' | 'DER';

/**
 * What a source is to the person reading it, whatever our verification of the value was:
 * - `law`: the text of a law or regulation, on an official host (wetten.overheid.nl, CVDR, EUR-Lex);
 * - `official`: a page or document of the body that carries the regulation out (Rijksoverheid,
 *   Dienst Toeslagen, SVB, government.nl, officielebekendmakingen, the gemeente's own site);
 * - `secondary`: anyone else reporting it (news, trade bodies, another municipality): shown, if at
 *   all, as "also reported by", never as the law or rule;
 * - `derived`: worked out by Steunwijzer from the law (the parameter's `law` is the rule itself).
 */
export type SourceKind = 'law' | 'official' | 'secondary' | 'derived';

export interface Source {
  /** Public: shown to people as the link text. */
  title: string;
  /** Public: for `law` and `official`, on an official host. */
  url: string;
  publisher: string;
  kind: SourceKind;
  verification: Verification;
  /** Internal: how the value was read. Never published (not in GET /api/rules, not in reasons). */
  note?: string;
  /** Internal: the copy the official text was read in, where that is not `url`. Never published. */
  readIn?: string;
}

export const SOURCES = {
  'SZW-NB-2026': {
    title: 'Normenbrief 1 januari 2026 (gecorrigeerd 9 december)',
    url: 'https://www.rijksoverheid.nl/onderwerpen/bijstand',
    publisher: 'Ministerie van SZW',
    kind: 'official',
    verification: 'OFF-copy',
    note: 'Cited by test oracles only. The letter was read in a copy (readIn); url is Rijksoverheid’s bijstand topic, not the letter itself: its own official address was not found.',
    readIn:
      'https://github.com/MinBZK/regelrecht/blob/32718bd4ef4c0e61494a47ba4f9c6fc166bc4ba7/doc/experimenten/test1/bronnen/Normenbrief%201%20januari%202026%20_gecorrigeerd%209%20dec.pdf',
  },
  'PW-2026': {
    title: 'Participatiewet, geldend vanaf 1 januari 2026',
    url: 'https://wetten.overheid.nl/BWBR0015703/2026-01-01',
    publisher: 'wetten.overheid.nl',
    kind: 'law',
    verification: 'OFF-copy',
  },
  'PW-2026-07': {
    title: 'Participatiewet, geldend vanaf 1 juli 2026',
    url: 'https://wetten.overheid.nl/BWBR0015703/2026-07-01',
    publisher: 'wetten.overheid.nl',
    kind: 'law',
    verification: 'OFF-copy',
    note: 'Amounts as in the Normenbrief 1 juli 2026, read in the CPRMV extraction sgort/ttl-editor examples/organizations/szw/output_0.4.1_1jul2026.json @ 9a87c87; the Normenbrief 1 juli 2026 PDF itself was not found.',
  },
  'WZT-2025': {
    title: 'Wet op de zorgtoeslag',
    url: 'https://wetten.overheid.nl/BWBR0018451/2025-01-01',
    publisher: 'wetten.overheid.nl',
    kind: 'law',
    verification: 'OFF-copy',
  },
  'AWIR-2026': {
    title: 'Algemene wet inkomensafhankelijke regelingen',
    url: 'https://wetten.overheid.nl/BWBR0018472/2026-01-01',
    publisher: 'wetten.overheid.nl',
    kind: 'law',
    verification: 'OFF-copy',
  },
  'WKB-2025': {
    title: 'Wet op het kindgebonden budget',
    url: 'https://wetten.overheid.nl/BWBR0022751/2025-01-01',
    publisher: 'wetten.overheid.nl',
    kind: 'law',
    verification: 'OFF-copy',
  },
  'WZT-2026': {
    title: 'Wet op de zorgtoeslag, geldend vanaf 1 januari 2026',
    url: 'https://wetten.overheid.nl/BWBR0018451/2026-01-01',
    publisher: 'wetten.overheid.nl',
    kind: 'law',
    verification: 'OFF-copy',
    note: 'Read in the MinBZK regelrecht corpus, MinBZK/regelrecht-corpus regulation/nl/wet/wet_op_de_zorgtoeslag/2026-01-01.yaml.',
  },
  'WHT-2026': {
    title: 'Wet op de huurtoeslag, geldend vanaf 1 januari 2026',
    url: 'https://wetten.overheid.nl/BWBR0008659/2026-01-01',
    publisher: 'wetten.overheid.nl',
    kind: 'law',
    verification: 'OFF-copy',
    note: 'Read in the MinBZK regelrecht corpus, MinBZK/regelrecht-corpus regulation/nl/wet/wet_op_de_huurtoeslag/2026-01-01.yaml.',
  },
  'WKB-2026': {
    title: 'Wet op het kindgebonden budget, geldend vanaf 1 januari 2026',
    url: 'https://wetten.overheid.nl/BWBR0022751/2026-01-01',
    publisher: 'wetten.overheid.nl',
    kind: 'law',
    verification: 'OFF-copy',
    note: 'Read in the MinBZK regelrecht corpus, MinBZK/regelrecht-corpus regulation/nl/wet/wet_op_het_kindgebonden_budget/2026-01-01.yaml.',
  },
  'WKB-2026-07': {
    title: 'Wet op het kindgebonden budget, geldend vanaf 1 juli 2026',
    url: 'https://wetten.overheid.nl/BWBR0022751/2026-07-01',
    publisher: 'wetten.overheid.nl',
    kind: 'law',
    verification: 'OFF-copy',
    note: 'Read in MinBZK/regelrecht-corpus regulation/nl/wet/wet_op_het_kindgebonden_budget/2026-07-01.yaml @ 05826d758945b4001f5b0084482de4cf83fa62ae; art. 1–3 amounts equal those of 1 January 2026.',
  },
  'BD-ZT-INKOMEN': {
    title: 'Hoe hoog mag mijn inkomen zijn voor zorgtoeslag?',
    url: 'https://www.belastingdienst.nl/wps/wcm/connect/nl/zorgtoeslag/content/maximaal-inkomen-voor-zorgtoeslag',
    publisher: 'Belastingdienst / Dienst Toeslagen',
    kind: 'official',
    verification: 'OFF',
  },
  'TAXLIVE-SP2026': {
    title: 'Standaardpremie en bestuursrechtelijke premies 2026 vastgesteld (Regeling BWBR0051838)',
    url: 'https://www.taxlive.nl/nl/documenten/vn-vandaag/standaardpremie-en-bestuursrechtelijke-premies-2026-vastgesteld',
    publisher: 'VN Vandaag',
    kind: 'secondary',
    verification: 'SEC',
  },
  'BD-ZT-BEREKENING-2026': {
    title: 'Berekening zorgtoeslag 2026 (stap 3)',
    url: 'https://download.belastingdienst.nl/toeslagen/docs/berekening_zorgtoeslag_tg0821z61fd.pdf',
    publisher: 'Dienst Toeslagen',
    kind: 'official',
    verification: 'SEC',
    note: 'Values as transcribed in public code; PDF not opened here; they reproduce the official 2026 zorgtoeslag tables exactly.',
  },
  'BD-HT-BEREKENING-2026': {
    title: 'Berekening huurtoeslag 2026 (stap 1–7)',
    url: 'https://download.belastingdienst.nl/toeslagen/docs/berekening_huurtoeslag_tg0831z62fd.pdf',
    publisher: 'Dienst Toeslagen',
    kind: 'official',
    verification: 'SEC',
    note: 'As transcribed in public code; PDF not opened here; the three official examples in it reproduce exactly.',
  },
  'BD-KGB-BEREKENING-2026': {
    title: 'Berekening kindgebonden budget 2026 (stap 1–5)',
    url: 'https://download.belastingdienst.nl/toeslagen/docs/berekening_kindgebonden_budget_tg0811z61fd.pdf',
    publisher: 'Dienst Toeslagen',
    kind: 'official',
    verification: 'SEC',
    note: 'As transcribed in public code; PDF not opened here; two independent transcriptions agree and the official examples reproduce exactly.',
  },
  'BD-KOT-BEREKENING-2026': {
    title: 'Berekening kinderopvangtoeslag 2026',
    url: 'https://download.belastingdienst.nl/toeslagen/docs/berekening_kinderopvangtoeslag_tg0801z61fd.pdf',
    publisher: 'Dienst Toeslagen',
    kind: 'official',
    verification: 'SEC',
    note: 'As transcribed in public code; PDF not opened here; the four official examples reproduce exactly.',
  },
  'RO-HT-2026': {
    title:
      'Indexering inkomensgrenzen woningcorporaties, maximale huurprijsgrenzen en huurtoeslagparameters 2026',
    url: 'https://www.rijksoverheid.nl/actueel/nieuws/2025/11/25/indexering-inkomensgrenzen-woningcorporaties-maximale-huurprijsgrenzen-en-huurtoeslagparameters-2026',
    publisher: 'Rijksoverheid',
    kind: 'official',
    verification: 'OFF',
  },
  'RO-HT-WETTEN': {
    title: 'Eerste Kamer stemt in met nieuwe huurtoeslagwetten',
    url: 'https://www.rijksoverheid.nl/actueel/nieuws/2024/12/17/eerste-kamer-stemt-in-met-nieuwe-huurtoeslagwetten',
    publisher: 'Rijksoverheid',
    kind: 'official',
    verification: 'OFF',
  },
  'THIUS-HT': {
    title: 'Huurtoeslag verandert vanaf 2026',
    url: 'https://www.thius.nl/over-thius/onze-organisatie/nieuws-en-publicaties/huurtoeslag-verandert-vanaf-2026',
    publisher: 'Thius',
    kind: 'secondary',
    verification: 'SEC',
  },
  'METRO-ZT': {
    title: 'Dit inkomen heb je in 2026 nodig voor maximale zorgtoeslag',
    url: 'https://www.metronieuws.nl/geld-carriere/toeslagen/2025/11/dit-inkomen-2026-maximale-zorgtoeslag-br/',
    publisher: 'Metro',
    note: 'Published 24 November 2025; its table cites Rijksoverheid.',
    kind: 'secondary',
    verification: 'SEC',
  },
  'METRO-HT': {
    title: 'Meer mensen kunnen huurtoeslag krijgen in 2026',
    url: 'https://www.metronieuws.nl/geld-carriere/toeslagen/2025/11/meer-mensen-kunnen-huurtoeslag-krijgen-in-2026-zo-zit-dat-en-zoveel-is-het-ongeveer/',
    publisher: 'Metro',
    kind: 'secondary',
    verification: 'SEC',
  },
  'KINDEROPVANG-NL': {
    title: 'Definitief Besluit kinderopvangtoeslag 2026 gepubliceerd',
    url: 'https://kinderopvang.nl/nieuws/definitief-besluit-kinderopvangtoeslag-2026-gepubliceerd',
    publisher: 'Branchevereniging Kinderopvang',
    kind: 'secondary',
    verification: 'SEC',
  },
  'KOT-KGU': {
    title: 'Kinderopvangtoeslag niet meer afhankelijk van aantal gewerkte uren',
    url: 'https://stichtingpeuterwerk.nl/nieuws/kinderopvangtoeslag-niet-meer-afhankelijk-van-aantal-gewerkte-uren',
    publisher: 'Stichting Peuterwerk',
    kind: 'secondary',
    verification: 'SEC',
  },
  'AOW-2028': {
    title: 'AOW-leeftijd in 2028 met drie maanden omhoog',
    url: 'https://www.blikopnieuws.nl/nieuws/296350/aow-leeftijd-in-2028-met-drie-maanden-omhoog.html',
    publisher: 'Blik op nieuws',
    note: 'Report of the Kamerbrief on the AOW age.',
    kind: 'secondary',
    verification: 'SEC',
  },
  'AOW-2030': {
    title: 'AOW-leeftijd blijft in 2030 67 jaar en drie maanden',
    url: 'https://inhetnieuws.nl/nieuws/binnenland/aow-leeftijd-blijft-in-2030-65-jaar-en-drie-maanden/13884134',
    publisher: 'In het nieuws',
    note: 'Report of the Kamerbrief on the AOW age.',
    kind: 'secondary',
    verification: 'SEC',
  },
  'SVB-AIO-CHECK': {
    title: 'Kijk of u een AIO-aanvulling krijgt',
    url: 'https://www.svb.nl/nl/aio/kijk-of-u-een-aio-aanvulling-krijgt',
    publisher: 'SVB',
    kind: 'official',
    verification: 'OFF',
  },
  'SVB-AIO-INK': {
    title: 'Hoeveel AIO-aanvulling krijgt u: uw inkomsten en vermogen',
    url: 'https://www.svb.nl/nl/aio/hoeveel-aio-aanvulling-krijgt-u/uw-inkomsten-en-vermogen',
    publisher: 'SVB',
    kind: 'official',
    verification: 'OFF',
  },
  'RDAM-BB': {
    title: 'Beleidsregels bijzondere bijstand Rotterdam (CVDR719087), artikel 10.3',
    url: 'https://lokaleregelgeving.overheid.nl/CVDR719087',
    publisher: 'Gemeente Rotterdam',
    kind: 'secondary',
    verification: 'OFF-copy',
  },
  'RO-BIJSTAND': {
    title: 'Regels voor bijstand',
    url: 'https://www.rijksoverheid.nl/onderwerpen/bijstand/regels-voor-bijstand',
    publisher: 'Rijksoverheid',
    kind: 'official',
    verification: 'OFF',
  },
  'BD-TOESLAG-AANVRAGEN': {
    title: 'Ik wil een toeslag aanvragen',
    url: 'https://www.belastingdienst.nl/wps/wcm/connect/bldcontentnl/belastingdienst/prive/toeslagen/aanvragen/ik_wil_een_toeslag_aanvragen/ik-wil-een-toeslag-aanvragen',
    publisher: 'Dienst Toeslagen',
    kind: 'official',
    verification: 'OFF',
  },
  'PW-RR-2026-01': {
    title: 'Participatiewet, geldend vanaf 1 januari 2026',
    url: 'https://wetten.overheid.nl/BWBR0015703/2026-01-01',
    publisher: 'wetten.overheid.nl',
    readIn:
      'https://github.com/MinBZK/regelrecht-corpus/blob/0dc72c8f0fb3a0f9b8a0834d1f8230c541ac84b7/regulation/nl/wet/participatiewet/2026-01-01.yaml',
    kind: 'law',
    verification: 'OFF-copy',
  },
  'PW-RR-2026-07': {
    title: 'Participatiewet, geldend vanaf 1 juli 2026',
    url: 'https://wetten.overheid.nl/BWBR0015703/2026-07-01',
    publisher: 'wetten.overheid.nl',
    readIn:
      'https://github.com/MinBZK/regelrecht-corpus/blob/0708b6e9dffc4351e2f8099cc354ed878fc1b71d/regulation/nl/wet/participatiewet/2026-07-01.yaml',
    kind: 'law',
    verification: 'OFF-copy',
  },
  'WML-VAKANTIEBIJSLAG': {
    title: 'Wet minimumloon en minimumvakantiebijslag, artikel 15 (minimumvakantiebijslag)',
    url: 'https://wetten.overheid.nl/BWBR0002638/2026-01-01#Artikel15',
    publisher: 'wetten.overheid.nl',
    kind: 'law',
    verification: 'SEC',
    note: 'The 8 % is the statutory minimum holiday pay; the article text was not read in an official copy here.',
  },
  'KST-33801-3': {
    title: 'Kamerstukken II 2013/14, 33 801, nr. 3 (memorie van toelichting, Wet maatregelen WWB)',
    url: 'https://zoek.officielebekendmakingen.nl/kst-33801-3.html',
    publisher: 'Tweede Kamer',
    kind: 'official',
    verification: 'SEC',
    note: 'Introduced the kostendelersnorm (art. 22a). Cited for the reading of "in een vergelijkbare situatie" in art. 20 lid 4; not quoted, the text was not read here.',
  },
  DERIVED: {
    title: 'Berekend door Steunwijzer uit de bedragen in de wet',
    url: 'https://wetten.overheid.nl/BWBR0015703/2026-07-01#Artikel22',
    publisher: 'Steunwijzer',
    kind: 'derived',
    verification: 'DER',
  },
} as const satisfies Record<string, Source>;

export type SourceId = keyof typeof SOURCES;
