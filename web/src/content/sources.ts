import { lawUrl } from '../../../functions/contract/law-url';
import { todayInAmsterdam } from '../lib/peildatum';
import type { Link } from './types';

/**
 * The public pages and law texts behind the next steps, from docs/domain/next-steps.md.
 * Only rows marked FOUND there are used; law links are built by the engine's one law-link builder
 * for today's peildatum (the app's), so they show the text in force on the day the person checks.
 * Titles stay in the publisher's language, so both languages share them.
 */
/** A page of the body that carries the regulation out (an official host). */
const link = (title: string, url: string): Link => ({ title, url, kind: 'official' });
/** Anyone else who reported it (news, a library, a housing corporation, another municipality). */
const reported = (title: string, url: string): Link => ({ title, url, kind: 'secondary' });
const PEILDATUM = todayInAmsterdam();
const law = (title: string, bwb: string, article: string): Link => ({
  title,
  url: lawUrl({ bwb, article }, PEILDATUM),
  kind: 'law',
});

export const SRC = {
  roBijstand: link(
    'Rijksoverheid: regels voor bijstand',
    'https://www.rijksoverheid.nl/onderwerpen/bijstand/regels-voor-bijstand',
  ),
  pwArt41: law('Participatiewet, artikel 41', 'BWBR0015703', '41'),
  pwArt44: law('Participatiewet, artikel 44', 'BWBR0015703', '44'),
  pwArt52: law('Participatiewet, artikel 52', 'BWBR0015703', '52'),
  pwArt53a: law('Participatiewet, artikel 53a', 'BWBR0015703', '53a'),
  pwArt51: law('Participatiewet, artikel 51', 'BWBR0015703', '51'),
  pwArt9: law('Participatiewet, artikel 9', 'BWBR0015703', '9'),
  pwArt9a: law('Participatiewet, artikel 9a', 'BWBR0015703', '9a'),
  pwArt17: law('Participatiewet, artikel 17', 'BWBR0015703', '17'),
  awbArt46: law('Algemene wet bestuursrecht, artikel 4:6', 'BWBR0005537', '4:6'),
  awbArt67: law('Algemene wet bestuursrecht, artikel 6:7', 'BWBR0005537', '6:7'),
  // A gemeente's own page about its own practice: for anyone elsewhere, a report.
  utrechtNoSearchPeriod: reported(
    'Gemeente Utrecht: bijstand aanvragen',
    'https://loket.digitaal.utrecht.nl/nl/products/bijstand-aanvragen',
  ),
  awbArt21: law('Algemene wet bestuursrecht, artikel 2:1', 'BWBR0005537', '2:1'),
  wmoArt232: {
    title: 'Wmo 2015, artikel 2.3.2',
    url: lawUrl({ bwb: 'BWBR0035362', article: '2.3.2', path: 'Hoofdstuk2_Paragraaf2.3' }, PEILDATUM),
    kind: 'law',
  },
  awbArt413: law('Algemene wet bestuursrecht, artikel 4:13', 'BWBR0005537', '4:13'),
  orionisDocs: reported(
    'Orionis Walcheren: bewijsstukken inleveren',
    'https://www.orioniswalcheren.nl/uitkering/uitkering-aanvragen/ik-ben-27-jaar-of-ouder/bewijsstukken-inleveren.html',
  ),
  kampenBb: reported(
    'Gemeente Kampen: bijzondere bijstand',
    'https://www.kampen.nl/bijstand/bijzondere-bijstand',
  ),
  roAio: link(
    'Rijksoverheid: AIO',
    'https://www.rijksoverheid.nl/wetten-en-regelingen/productbeschrijvingen/aanvullende-inkomensvoorziening-ouderen-aio',
  ),
  svbAioCheck: link(
    'SVB: kijk of u een AIO-aanvulling krijgt',
    'https://www.svb.nl/nl/aio/kijk-of-u-een-aio-aanvulling-krijgt',
  ),
  govAio: link(
    'Government.nl: applying for AIO',
    'https://www.government.nl/themes/work/state-pension-aow/applying-for-supplementary-income-provision-for-the-elderly',
  ),
  svbSb1309: link('SVB beleidsregel SB1309', 'https://puc.overheid.nl/svb/doc/PUC_1309_20/3/'),
  pwArt47b: law('Participatiewet, artikel 47b', 'BWBR0015703', '47b'),
  bdAanvragen: link(
    'Belastingdienst: toeslag aanvragen',
    'https://www.belastingdienst.nl/wps/wcm/connect/bldcontentnl/belastingdienst/prive/toeslagen/aanvragen/',
  ),
  bdWijzigingen: link(
    'Belastingdienst: kan ik toeslag krijgen?',
    'https://belastingdienst.nl/wps/wcm/connect/bldcontentnl/belastingdienst/prive/toeslagen/hoe_werken_toeslagen/kan_ik_toeslag_krijgen',
  ),
  bdKot: link(
    'Belastingdienst: ik wil een toeslag aanvragen',
    'https://www.belastingdienst.nl/wps/wcm/connect/bldcontentnl/belastingdienst/prive/toeslagen/aanvragen/ik_wil_een_toeslag_aanvragen/ik-wil-een-toeslag-aanvragen',
  ),
  bdLrk: link(
    'Belastingdienst: voor welke opvang kinderopvangtoeslag',
    'https://www.belastingdienst.nl/wps/wcm/connect/bldcontentnl/belastingdienst/prive/toeslagen/kinderopvangtoeslag/kan-ik-kinderopvangtoeslag-krijgen/geregistreerde-kinderopvang/voor-welke-opvang-kinderopvangtoeslag',
  ),
  awirArt15: law('Awir, artikel 15', 'BWBR0018472', '15'),
  awirArt16: law('Awir, artikel 16', 'BWBR0018472', '16'),
  awirArt26a: law('Awir, artikel 26a', 'BWBR0018472', '26a'),
  awirArt28: law('Awir, artikel 28', 'BWBR0018472', '28'),
  svbKgb: link(
    'SVB: kindgebonden budget',
    'https://www.svb.nl/int/nl/kinderbijslag/kinderbijslag_voor_kind/kindgebonden_budget/',
  ),
  bdTerugbetalen: link(
    'Belastingdienst: toeslag terugbetalen na definitieve berekening',
    'https://www.belastingdienst.nl/wps/wcm/connect/nl/toeslagen/content/toeslag-terugbetalen-na-definitieve-berekening',
  ),
  bdVoorschot: link(
    'Belastingdienst: wat is een voorschotbeschikking?',
    'https://www.belastingdienst.nl/wps/wcm/connect/bldcontentnl/belastingdienst/prive/toeslagen/hoe_werken_toeslagen/uitbetaling_toeslagen/berekening/wat_is_een_voorschotbeschikking',
  ),
  kbIdo: reported(
    'KB: Informatiepunt Digitale Overheid in de bibliotheek',
    'https://www.kb.nl/nieuws/samenwerking-tussen-bibliotheken-belastingdienst-en-dienst-toeslagen-met-4-jaar-verlengd',
  ),
  belastingTelefoon: reported(
    'Gemeente Geldrop-Mierlo: kinderopvang',
    'https://www.geldrop-mierlo.nl/kinderopvang',
  ),
  juridischLoket: reported(
    'Juridisch Loket: werkwijze',
    'https://www.juridischloket.nl/over-het-juridisch-loket/werkwijze',
  ),
  geldfit: link(
    'Rijksoverheid: campagne Geldfit',
    'https://www.rijksoverheid.nl/actueel/nieuws/2022/11/07/overheid-start-campagne-om-mensen-met-geldzorgen-te-wijzen-op-hulp',
  ),
  wmoLoket: reported(
    'Ik woon leef zorg: het Wmo-loket',
    'https://www.ikwoonleefzorg.nl/hulp-en-zorg/het-wmo-loket-wat-is-dat',
  ),
  inlichtingenbureau: reported(
    'Inlichtingenbureau: AIO',
    'https://www.inlichtingenbureau.nl/Beleidsterreinen/Werk-en-Bestaanszekerheid/Aanvullende-inkomensvoorziening-ouderen',
  ),
  svbPrivacyAio: link(
    'SVB: privacyregister AIO',
    'https://www.svb.nl/nl/privacy/register/aanvullende-inkomensvoorziening-ouderen-aio',
  ),
  bdBsn: link(
    'Belastingdienst: toeslag aanvragen (BSN)',
    'https://www.belastingdienst.nl/wps/wcm/connect/bldcontentnl/belastingdienst/prive/toeslagen/aanvragen_en_wijzigen/aanvragen/toeslag_2013_aanvragen',
  ),
  actiumHt: reported('Actium Wonen: huurtoeslag', 'https://actiumwonen.nl/ik-huur/huurbetaling/huurtoeslag/'),
  kotChecklist: reported(
    'Checklist kinderopvangtoeslag aanvragen',
    'https://kinderservicehotels.nl/informatie/checklist-kinderopvangtoeslag-aanvragen/',
  ),
  telegraafBt: reported(
    'De Telegraaf: betaal niet voor de BelastingTelefoon',
    'https://www.telegraaf.nl/financieel/337534652/fiscus-waarschuwt-betaal-niet-voor-de-belastingtelefoon',
  ),
  ikwoonleefzorgTerug: reported(
    'Ik woon leef zorg: te veel toeslag gekregen',
    'https://www.ikwoonleefzorg.nl/financien/te-veel-toeslag-gekregen-wat-nu',
  ),
  streekgidsToeslagen: reported(
    'Streekgids: check je toeslagen',
    'https://www.streekgids.nl/landelijk/check-je-toeslagen-als-er-iets-verandert-in-je-leven/',
  ),
  bdBetalingsregeling: link(
    'Belastingdienst: toeslag terugbetalen',
    'https://www.belastingdienst.nl/wps/wcm/connect/bldcontentnl/belastingdienst/prive/toeslagen/informatie_over_toeslagen/hoe_werken_toeslagen/toeslag_terugbetalen/',
  ),
  ndGeldfit: reported(
    'Nederlands Dagblad: gratis nummer voor hulp bij geldzorgen',
    'https://www.nd.nl/nieuws/nederland/994765/gratis-nummer-voor-hulp-bij-geldzorgen',
  ),
  nieuwsIdoToeslagen: reported(
    'Nieuws.nl: informatiepunten in bibliotheken voor toeslagen',
    'https://nieuws.nl/algemeen/20231204/extra-informatiepunten-in-bibliotheken-voor-vragen-over-toeslagen/',
  ),
} as const;
