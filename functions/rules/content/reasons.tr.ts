import type { reasonsNl } from './reasons.nl';
import type { Format, ReasonValues, ThresholdWords } from './types';

type V = ReasonValues;
type F = Format;

/**
 * Reason texts in Turkish, B1: short sentences. Legal names stay Dutch with a short gloss in
 * brackets the first time, as in docs/glossary/tr.md, so a person can say the word at the counter.
 */
export const reasonsTr: Record<keyof typeof reasonsNl, (v: V, f: F) => string> = {
  'under-18': () => '18 yaşından küçüksünüz. Bu yaşta bijstand (geçim için sosyal yardım) alamazsınız.',
  'no-lawful-residence': () =>
    'Geçerli bir oturma izniniz yoksa bijstand alamazsınız. Bir sosyal danışmana veya Juridisch Loket’e (ücretsiz hukuk danışma bürosu) danışın.',
  'lives-abroad': () => 'Hollanda’da yaşamıyorsunuz. Bijstand sadece Hollanda’da yaşayan insanlar içindir.',
  'income-not-below-norm': (v, f) =>
    `Geliriniz (ayda ${f.euro(v.income)}), durumunuz için geçerli bijstand normundan (ayda ${f.euro(v.norm)}) düşük değil.`,
  'income-below-norm': (v, f) =>
    `Geliriniz (ayda ${f.euro(v.income)}), durumunuz için geçerli bijstand normundan (tatil parası dahil ayda ${f.euro(v.norm)}) düşük. Bijstand aradaki farkı tamamlar.`,
  'aow-age-see-aio': () =>
    'AOW (devlet emekli maaşı) yaşındasınız. Bu durumda belediyeden genel bijstand almazsınız, ama SVB’den AIO (AOW’ye ek gelir desteği) alabilirsiniz.',
  'partner-aow-age-see-aio': () =>
    'Partneriniz AOW yaşında. O zaman belediyeden bijstand değil, SVB’den birlikte AIO istersiniz.',
  'aow-age-uncertain': () =>
    'Yaşınız tam AOW yaşı civarında. Belediyeye mi yoksa SVB’ye mi gideceğiniz doğum tarihinize bağlıdır.',
  'student-finance-under-27': () =>
    '27 yaşından küçüksünüz ve öğrenim kredisi (studiefinanciering) alabilirsiniz. O zaman bijstand hakkınız yoktur.',
  'self-employed-bbz': () =>
    'Serbest çalışıyorsunuz (kendi işiniz var). Belediyenin girişimciler için ayrı bir düzenlemesi vardır (Bbz). Belediye işinizin ayakta kalıp kalamayacağına bakar.',
  'partner-self-employed-bbz': () =>
    'Partneriniz serbest çalışıyor. Kendi işi olan bir çift için belediye, o işten gelen gelire ve girişimciler için olan ayrı düzenlemeye (Bbz) bakar.',
  'homeless-briefadres': () =>
    'Sabit bir yaşam yeriniz yok. Yine de bir posta adresiyle (briefadres) bijstand alabilirsiniz. Konut masrafınız yoksa belediye daha düşük bir norm kullanabilir.',
  'institution-norm': () =>
    'Bir kurumda (inrichting) yaşıyorsunuz. Orada başka, daha düşük normlar geçerlidir. Belediye durumunuza bakar.',
  'kostendelersnorm-applied': (v) =>
    `Sizinle birlikte 27 yaşında veya daha büyük ${v.kostendelers} başka yetişkin yaşıyor. O zaman masrafları paylaşırsınız. Bu yüzden normunuz daha düşüktür (kostendelersnorm).`,
  'income-not-counted': (v, f) =>
    `Toeslagen (devlet ödenekleri), kinderbijslag (çocuk parası) ve yılda ${f.euro(v.gifts)} tutarına kadar hediyeler gelir sayılmaz.`,
  'earnings-exemption': (v, f) =>
    `Bijstand alırken (daha fazla) çalışmaya mı başlıyorsunuz? O zaman kazandığınızın bir kısmını tutabilirsiniz: altı ay boyunca kazancınızın %25’i, ayda en fazla ${f.euro(v.max)}. Bu, yukarıdaki tutarda yoktur.`,
  'under-27-rules': () =>
    '27 yaşından küçüksünüz. Başvurudan önce, kaydınızdan sonra 4 hafta boyunca kendiniz iş veya okul aramalısınız.',
  'assets-above-limit': (v, f) =>
    `Birikiminiz ve mal varlığınız (${f.euro(v.assets)}), ${f.euro(v.limit)} sınırından yüksek. Önce bu parayı kullanırsınız.`,
  'assets-within-limit': (v, f) =>
    `Birikiminiz ve mal varlığınız (${f.euro(v.assets)}), ${f.euro(v.limit)} sınırından yüksek değil.`,
  'home-equity-above-exemption': (v, f) =>
    `Evinizde ${f.euro(v.exemption)} tutarından fazla kendi paranız var (overwaarde). Yine de çoğu zaman bijstand alabilirsiniz, ama eviniz teminat olarak bir borç şeklinde.`,
  'below-aow-age': (v) =>
    `AIO, AOW yaşındaki (${v.years} yaş${Number(v.months) ? ` ${v.months} ay` : ''}) insanlar veya onların partnerleri içindir. Genel bijstand’a bakın.`,
  'aio-split-between-partners': () => 'Çiftlerde her partner AIO ekinin yarısını alır.',
  'aow-counts-as-income': (v, f) =>
    `AOW’niz gelir sayılır. Küçük bir emekli maaşının ayda ${f.euro(v.disregard)} tutarı sayılmaz. Huurtoeslag (kira ödeneği) ve zorgtoeslag (sağlık sigortası ödeneği) sayılmaz.`,
  'aio-apply-now': () =>
    'AIO’yu hemen isteyin. AIO geriye dönük ödenmez: sadece SVB’ye başvurduğunuz günden itibaren alırsınız.',
  'no-special-costs': () =>
    'Ödeyemediğiniz ek masraflarınız yok. Bijzondere bijstand (ek masraflar için yardım) sadece bu tür masraflar içindir.',
  'income-well-above-norm': (v, f) =>
    `Geliriniz (ayda ${f.euro(v.income)}), bijstand normunun %${v.factor}’inden (${f.euro(v.limit)}) yüksek. Birçok belediye o zaman masrafları kendiniz ödeyebileceğinizi düşünür, masraflar çok yüksek değilse.`,
  'income-low-for-special-costs': (v, f) =>
    `Geliriniz (ayda ${f.euro(v.income)}), bijstand normundan (${f.euro(v.norm)}) çok yüksek değil. O zaman belediye gerekli ek masraflarda çoğu zaman yardım eder.`,
  'municipal-policy-decides': () =>
    'Her belediyenin bijzondere bijstand için kendi kuralları vardır. Alıp almayacağınıza ve ne kadar alacağınıza belediyeniz karar verir.',
  'special-costs-threshold': (v, f) =>
    `Masraflar 12 ayda toplam ${f.euro(v.threshold)} tutarından az mı? O zaman belediye hayır diyebilir.`,
  'youth-supplement-capped': (v, f) =>
    `Anne babası katkıda bulunamayan gençler için artış, aynı durumdaki 21 yaşında birinin aldığından yüksek değildir${Number(v.kostendelers) ? ` (27 yaşında veya daha büyük ${v.kostendelers} ev arkadaşıyla bu kostendelersnorm’dur)` : ''}: ayda ${f.euro(v.cap)}.`,
  'youth-parents-unanswered': (v, f) =>
    `18, 19 veya 20 yaşındasınız. Ayda ${f.euro(v.norm)} tutarındaki gençlik normu kesindir. Anne babanız size bakamıyor mu? O zaman belediye normu ayda ${f.euro(v.max)} tutarına kadar yükseltir. Bu anne babanıza bağlıdır; bunu henüz bilmiyoruz.`,
  'institution-one-spouse': (v, f) =>
    `Sadece biriniz mi kurumda yaşıyor? O zaman belediye, her birinizin bekâr olarak alacağı normları toplar: ayda ${f.euro(v.norm)} yerine en fazla ${f.euro(v.max)}.`,
  'institution-under-21': () =>
    '18, 19 veya 20 yaşındasınız ve bir kurumda (inrichting) yaşıyorsunuz. O zaman genel bijstand almazsınız. Bijzondere bijstand alabilirsiniz.',
  'student-finance-27-plus': () =>
    '27 yaşında veya daha büyüksünüz ve öğrenim kredisi (studiefinanciering) alabilirsiniz. Belediye öğrenim kredisini genellikle önce gelen düzenleme olarak görür. O zaman çoğu zaman bijstand almazsınız. Belediye karar verir.',
  'eu-citizen-residence-right': () =>
    'Başka bir AB ülkesinden geliyorsunuz. İlk 3 ayda veya burada sadece iş arıyorsanız bijstand almazsınız. Sonra çoğu zaman alırsınız, ama bijstand oturma hakkınızı etkileyebilir. Bunu belediyeye veya Juridisch Loket’e sorun.',
  'abroad-weeks-limit': (v) =>
    `Bu takvim yılında ${v.weeks} haftadan uzun (veya arka arkaya ${v.weeks} haftadan uzun) yurt dışında mısınız? O zaman o süre için bijstand hakkınız yoktur.`,
  'abroad-over-limit': (v) =>
    `Bu yıl ${v.abroad} hafta yurt dışındasınız. Bu ${v.weeks} haftadan uzun. O süre için bijstand hakkınız yoktur.`,
  'aio-disregards-may-apply': (v, f) =>
    `Geliriniz (ayda ${f.euro(v.income)}), normdan (${f.euro(v.norm)}) biraz yüksek. Küçük bir emekli maaşının ve işten kazandığınızın bir kısmı sayılmaz, toplam ayda ${f.euro(v.disregard)} tutarına kadar. Belki o zaman yine normun altında kalırsınız.`,
  'aio-earnings-disregard': (v, f) =>
    `AOW yaşında çalışıyor musunuz? O zaman işten kazandığınızın %${v.pct}’i sayılmaz, ayda en fazla ${f.euro(v.max)}.`,
  'income-unknown-assumed': (v, f) =>
    `Gelirinizi bilmiyordunuz. Durumunuz için bijstand normu tatil parası dahil ayda ${f.euro(v.norm)}. Bijstand, norm eksi gelirinizdir; yukarıdaki tutar hiç geliriniz yoksa geçerlidir.`,
  'holiday-pay-margin': (v, f) =>
    `Geliriniz norma yakın. Norm tatil parasını sayar, ama aylık net maaşınız genellikle saymaz (çoğu zaman %${v.pct} ek, sizde ayda yaklaşık ${f.euro(v.margin)}). Tatil parasıyla birlikte geliriniz fazla yüksek olabilir. Belediye hesaplar.`,
  'income-above-norm-draagkracht': (v, f) =>
    `Geliriniz (ayda ${f.euro(v.income)}), bijstand normundan (${f.euro(v.norm)}) yüksek. Bu hayır için bir neden değildir: belediye o zaman farkın (ayda ${f.euro(v.excess)}) bir kısmını masraflara kendinizin ödemesini ister (draagkracht, ödeme gücü).`,
  'assets-far-above-limit': (v, f) =>
    `Birikiminiz ve mal varlığınız (${f.euro(v.assets)}), ${f.euro(v.limit)} sınırından çok yüksek (${f.euro(v.cutoff)} tutarından fazla). O zaman ek masrafları genellikle kendiniz ödeyebilirsiniz.`,
  'assets-draagkracht': (v, f) =>
    `Birikiminiz ve mal varlığınız (${f.euro(v.assets)}), ${f.euro(v.limit)} sınırından yüksek. Bu hayır için bir neden değildir: belediye o zaman bir kısmını kendinizin ödemesini ister (draagkracht, ödeme gücü).`,
  'assets-unknown-assumed': (v, f) =>
    `Varlığınızı (vermogen) bilmiyordunuz. ${f.euro(v.limit)} tutarından yüksek olmamalı; yukarıdaki tutar daha düşükse geçerlidir.`,
  'no-lawful-residence-toeslag': () =>
    'Toeslagen (devlet ödenekleri) için Hollanda vatandaşı olmanız veya geçerli bir oturma izniniz olması gerekir.',
  'assets-above-toeslag-limit': (v, f) =>
    `Varlığınız (${f.euro(v.assets)}), bu toeslag için ${f.euro(v.limit)} sınırından yüksek.`,
  'assets-within-toeslag-limit': (v, f) =>
    `Varlığınız (${f.euro(v.assets)}), ${f.euro(v.limit)} sınırından yüksek değil.`,
  'toeslag-repayment-risk': () =>
    'Toeslag’ı avans olarak alırsınız. Bildirdiğinizden fazla kazanırsanız, sonra geri ödemeniz gerekir. Bu yüzden gelirinizi olabildiğince doğru bildirin ve değişiklikleri 4 hafta içinde Mijn toeslagen’de bildirin.',
  'under-18-toeslag': () => '18 yaşından küçüksünüz. Bu toeslag 18 yaşından itibaren insanlar içindir.',
  'no-dutch-health-insurance': () =>
    'Zorgtoeslag sadece Hollanda sağlık sigortası (basisverzekering, temel sigorta) olan insanlar içindir.',
  'income-above-toeslag-limit': (v, f) =>
    `Geliriniz (yılda ${f.euro(v.income)}) çok yüksek. Yılda yaklaşık ${f.euro(v.limit)} tutarının altında bu toeslag’ı alırdınız.`,
  'zorgtoeslag-calculated': (v, f) =>
    `Yılda ${f.euro(v.income)} gelirle zorgtoeslag’ınız yılda ${f.euro(v.yearly)}. Bunu aylık alırsınız.`,
  'self-employed-income-estimate': () =>
    'Girişimci olarak gelirinizi çoğu zaman sonradan öğrenirsiniz. Gelirinizi düşük değil, biraz yüksek tahmin edin.',
  'not-renting': () => 'Huurtoeslag sadece kendi kira sözleşmesiyle bir ev kiralayan insanlar içindir.',
  'not-self-contained': () =>
    'Huurtoeslag genellikle sadece bağımsız bir ev içindir (kendi giriş kapısı, mutfağı ve tuvaleti olan). İstisnalar vardır; BelastingTelefoon’a sorun.',
  'rent-below-basishuur': (v, f) =>
    `Kale huur’unuz (hizmet masrafları hariç kira, ayda ${f.euro(v.rent)}) çok düşük. Sadece ${f.euro(v.basishuur)} tutarındaki temel kiranın (basishuur) üstündeki kısım sayılır ve bu yılda € 24’ten az eder.`,
  'huurtoeslag-calculated': (v, f) =>
    `Ayda ${f.euro(v.rent)} kale huur ve ${v.persons} ev sakini ile hesapladık.`,
  'huurtoeslag-young-rent-limit': (v, f) =>
    `Evinizdeki herkes 21 yaşından küçük. O zaman kiranız ayda ${f.euro(v.cap)} tutarına kadar sayılır.`,
  'rent-above-max': (v, f) =>
    `Kiranız ${f.euro(v.max)} tutarından yüksek. Yine de huurtoeslag alırsınız, ama bu tutarın üstündeki kısım için değil.`,
  'co-resident-income-counts': () =>
    'Sizinle başka yetişkinler yaşıyor. Onların geliri (ve varlığı) da huurtoeslag için sayılır. Bunu bilmiyoruz, bu yüzden tutar en fazla burada yazan kadardır.',
  'no-child-under-18': () =>
    'Kindgebonden budget (çocuk bütçesi), 18 yaşından küçük bir çocuğu olan anne babalar içindir.',
  'kindgebonden-budget-calculated': (v, f) =>
    `Kindgebonden budget’ınız yılda ${f.euro(v.yearly)}. Bunu aylık alırsınız.`,
  'kgb-usually-automatic': () =>
    'Kinderbijslag ve başka bir toeslag alıyor musunuz? O zaman kindgebonden budget’ı genellikle kendiliğinden alırsınız. Almazsanız, kendiniz isteyin.',
  'huurtoeslag-not-main-residence': () =>
    'Hollanda’da yaşamıyorsunuz. Huurtoeslag sadece Hollanda’da, çoğunlukla kendinizin yaşadığı ve kayıtlı olduğunuz bir kiralık ev içindir.',
  'under-18-huurtoeslag': () =>
    '18 yaşından küçüksünüz. Huurtoeslag yetişkinler içindir. Çocuğu olan bir reşit olmayan kişi yetişkin sayılır; anne ve babası ölmüş bir reşit olmayan kişi de öyle.',
  'minor-with-child-counts-as-adult': () =>
    '18 yaşından küçüksünüz, ama bir çocuğunuz var. Toeslagen için o zaman yetişkin sayılırsınız.',
  'huurtoeslag-calculated-rent-assumed': (v, f) =>
    `Kiranızı bilmiyorsunuz. En yüksek tutar ayda ${f.euro(v.max)} veya daha fazla kale huur ile geçerlidir; daha düşük kirada daha az alırsınız. ${v.persons} ev sakini ile hesapladık.`,
  'adult-child-income-counts': (v) =>
    `Sizinle ${v.age} yaşında veya daha büyük bir çocuk yaşıyor. Bu çocuğun gelirinin tamamı huurtoeslag için sayılır. Bunu bilmiyoruz, bu yüzden tutar en fazla burada yazan kadardır.`,
  'young-adult-child-income-counts': (v, f) =>
    `Sizinle 18 ile ${v.age} yaş arasında bir çocuk yaşıyor. Yılda ${f.euro(v.exemption)} tutarından fazla kazanıyorsa, bunun üstündeki kısım huurtoeslag için sayılır. O zaman tutar burada yazandan düşüktür.`,
  'co-residents-unknown-huurtoeslag': () =>
    'Sizinle kaç yetişkinin yaşadığını bilmiyorsunuz. Kimse yaşamıyor diye hesapladık. Başkaları yaşıyorsa, onların geliri sayılır ve tutar daha düşüktür.',
  'assets-unknown-toeslag': (v, f) =>
    `Varlığınızı bilmiyorsunuz. ${f.euro(v.limit)} sınırından yüksek olmadığını varsaydık. Daha yüksekse bu toeslag’ı almazsınız.`,
  'zorgtoeslag-calculated-income-assumed': (v, f) =>
    `Gelirinizi bilmiyorsunuz. Düşük gelirle zorgtoeslag’ınız yılda ${f.euro(v.yearly)}; geliriniz ne kadar yüksekse, o kadar az alırsınız.`,
  'kindgebonden-budget-calculated-income-assumed': (v, f) =>
    `Gelirinizi bilmiyorsunuz. Düşük gelirle kindgebonden budget’ınız yılda ${f.euro(v.yearly)}; yılda ${f.euro(v.drempel)} tutarının üstünde azalır.`,
  'kgb-kinderbijslag-decides': () =>
    'Kindgebonden budget’ı sadece kinderbijslag’ı alan ebeveyn alır. Kinderbijslag’ı diğer ebeveyn alıyorsa (örneğin ortak velayette), siz almazsınız.',
  'kgb-no-kinderbijslag': () =>
    'Siz ve toeslagpartner’ınız (ödenekte birlikte sayılan partneriniz) bu çocuklar için kinderbijslag almıyorsunuz. Kindgebonden budget’ı sadece kinderbijslag’ı alan ebeveyn alır.',
  'kgb-kinderbijslag-unknown': () =>
    'Kinderbijslag’ı kimin aldığını bilmiyorsunuz. Karar buna bağlıdır: kindgebonden budget’ı sadece kinderbijslag’ı alan ebeveyn alır. Bunu Mijn SVB’de görürsünüz.',
  'kgb-lives-abroad': () =>
    'Hollanda’da yaşamıyorsunuz. O zaman kinderbijslag’ı, yani kindgebonden budget’ı da, sadece kinderbijslag için sigortalıysanız alırsınız; genellikle siz (veya partneriniz) Hollanda’da çalıştığınız için. Başka bir AB ülkesinde yaşıyorsanız, hangi ülkenin önce ödeyeceğini Avrupa kuralları belirler; bazen sadece bir ek alırsınız. Kinderbijslag’a SVB karar verir.',
  'zorgtoeslag-minor-not-insured': () =>
    '18 yaşından küçüksünüz. Zorgtoeslag, 18 yaşına girdikleri ayın ertesi ayından itibaren sigortalılar içindir; 18 yaşına kadar prim ödemezsiniz. Bir çocuğunuz olsa da bu geçerlidir.',
  'no-childcare': () =>
    'Çocuk bakımı (kinderopvang) kullanmıyorsunuz. Kinderopvangtoeslag (çocuk bakımı ödeneği) sadece çocuk bakımı içindir.',
  'applicant-not-working': () =>
    'Kinderopvangtoeslag için çalışmanız, okumanız veya bir programa katılmanız gerekir (örneğin uyum (inburgering) veya işe dönüş programı).',
  'partner-not-working': () =>
    'Kinderopvangtoeslag için siz ve partneriniz ikiniz de çalışmalı, okumalı veya bir programa katılmalısınız.',
  'childcare-costs-too-low': () => 'Çocuk bakımınız için toeslag yılda € 24’ten az olurdu.',
  'kinderopvangtoeslag-calculated': (v) =>
    `${v.children} çocuğun bakımıyla hesapladık, en yüksek saat ücretine ve ayda 230 saate kadar.`,
  'kot-first-child-tie': (v, f) =>
    `İki çocuğun bakım saati aynı. O zaman hangi çocuğun birinci sayılacağı kesin değil. Tutar ayda ${f.euro(v.low)} veya ${f.euro(v.high)}; düşük olanı gösteriyoruz.`,
  'kot-hours-capped': (v) => `Her çocuk için ayda en fazla ${v.max} saat için toeslag alırsınız.`,
  'kot-registered-childcare': () =>
    'Çocuk bakımı Landelijk Register Kinderopvang’da (ulusal çocuk bakımı kaydı) olmalı. Başvurunuz için LRK numarası gerekir.',
  'dont-know-range': (v, f) =>
    `Her şeyi bilmiyordunuz (${String(v.fields)
      .split(', ')
      .filter(Boolean)
      .map((path) => f.field(path))
      .join(', ')}). Bu yüzden bir aralık veriyoruz: belki hakkınız var, belki yok.`,
  'parameters-stale': (v) =>
    `${v.peildatum} için yeni tutarların hepsi henüz bilinmiyor. Bir kısmı için bilinen son tutarlarla (${v.knownUntil} tarihine kadar) ve her yılki normal artış için yılda %${v.margin} bir payla hesapladık.`,
  'parameters-indexation-margin': (v) =>
    `Bir sınıra yakınsınız. Bu sınır ${v.peildatum} için henüz bilinmiyor: geçen yılınkini kullandık (${v.knownUntil} tarihine kadar). Her yılki normal artışla (%${v.margin} kadar) sonuç farklı olabilir. Bu yüzden: belki.`,
};

export const fieldsTr: Record<string, string> = {
  age: 'yaş',
  partner: 'partner',
  partnerAge: 'partnerin yaşı',
  children: 'çocuklar',
  coResidents27Plus: '27 yaşında veya daha büyük ev arkadaşları',
  housing: 'konut durumu',
  rent: 'kale huur (hizmet masrafları hariç kira)',
  selfContainedHome: 'bağımsız ev',
  homeEquity: 'evinizin overwaarde’si (ipotek düşüldükten sonra kalan değer)',
  netIncomeMonthly: 'aylık net gelir',
  grossIncomeYearly: 'yıllık brüt gelir (toetsingsinkomen)',
  assets: 'varlık (vermogen)',
  residence: 'vatandaşlık veya oturma izni',
  livesInNetherlands: 'Hollanda’da yaşamak',
  healthInsuranceNL: 'sağlık sigortası',
  studentFinance: 'öğrenim kredisi',
  selfEmployed: 'serbest çalışan',
  partnerSelfEmployed: 'partner serbest çalışan',
  'working.applicant': 'iş',
  'working.partner': 'partnerin işi',
  childcare: 'çocuk bakımı',
  specialCosts: 'ek masraflar',
  parentsCannotSupport: 'anne babanızın desteği',
  receivesKinderbijslag: 'kinderbijslag (çocuk parası)',
};

export const applyTr = {
  'algemene-bijstand': 'Belediyenize başvurun (çoğu zaman werk.nl üzerinden)',
  aio: 'SVB’ye başvurun',
  'bijzondere-bijstand': 'Belediyenize başvurun',
  zorgtoeslag: 'Dienst Toeslagen’e başvurun (Mijn toeslagen)',
  huurtoeslag: 'Dienst Toeslagen’e başvurun (Mijn toeslagen)',
  'kindgebonden-budget': 'Genellikle kendiliğinden; değilse Dienst Toeslagen’e başvurun',
  kinderopvangtoeslag: 'Dienst Toeslagen’e başvurun, çocuk bakımı başladıktan sonra 3 ay içinde',
};

/** "ayda € 40,00, € 1.000 sınırının altında": Turkish puts the limit before "under". */
export const thresholdTr: ThresholdWords = {
  per: { month: 'ayda ', year: 'yılda ', stock: '' },
  under: (amount, per, limit, field) => `${per}${amount}, ${limit} sınırının altında (${field})`,
  over: (amount, per, limit, field) => `${per}${amount}, ${limit} sınırının üstünde (${field})`,
};
