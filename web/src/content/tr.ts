import { SRC } from './sources';
import type { Content, Fact, NextSteps } from './types';

/**
 * Turkish copy (B1: short sentences, "siz"). Legal names stay Dutch with a short gloss, as in
 * docs/glossary/tr.md, so a person can say the word at the counter. The Dutch text is authoritative.
 */

const toeslagApply: Fact[] = [
  {
    text: 'Başvuruyu Belastingdienst’in (vergi dairesi) sitesindeki Mijn toeslagen ile yaparsınız.',
    source: SRC.bdAanvragen,
  },
  {
    text: 'Bir DigiD’ye ve vatandaşlık hizmet numaranıza (BSN) ihtiyacınız var.',
    source: SRC.bdBsn,
  },
  {
    text: 'Sadece bir kez başvurursunuz. Koşullara hâlâ uyuyorsanız, ertesi yıl toeslag’ı (devlet ödeneği) kendiliğinden yine alırsınız.',
    source: SRC.bdAanvragen,
  },
];

const toeslagDeadline: Fact = {
  text: 'Ertesi yılın 31 Aralık tarihine kadar başvurabilirsiniz. Ama ne kadar geç başvurursanız, parayı o kadar geç alırsınız.',
  source: SRC.awirArt15,
};

const toeslagDuration: Fact[] = [
  {
    text: 'Ertesi yılın 1 Nisan tarihinden önce başvurursanız, 13 hafta içinde bir avans alırsınız.',
    source: SRC.awirArt16,
  },
];

const toeslagHelp: Fact[] = [
  {
    text: 'Toeslagen hakkında sorunuz mu var? BelastingTelefoon’u ücretsiz arayın: 0800 0543. Bu numarayı kendiniz çevirin, bir yönlendirme hizmeti üzerinden değil: onlar para tutar.',
    source: SRC.belastingTelefoon,
  },
  {
    text: 'Birçok kütüphanede Informatiepunt Digitale Overheid başvuruda size ücretsiz yardım eder.',
    source: SRC.nieuwsIdoToeslagen,
  },
];

const gemeenteHelp: Fact[] = [
  {
    text: 'Başvuruyu kendiniz yapamıyor musunuz? Belediyenizin genel numarasını arayın. Sosyal ekibi (sociaal team) veya Wmo masasını isteyin. Size yardım ederler.',
    source: SRC.wmoLoket,
  },
  {
    text: 'Kütüphanede Informatiepunt Digitale Overheid size ücretsiz yardım eder.',
    source: SRC.kbIdo,
  },
];

const nextSteps: Record<string, NextSteps> = {
  'algemene-bijstand': {
    apply: [
      {
        text: 'Bijstand’a (geçim için sosyal yardım) werk.nl üzerinden başvurursunuz. Bazen belediyenin kendisine de başvurabilirsiniz. Belediyeniz size söyler.',
        source: SRC.roBijstand,
      },
      {
        text: 'Bijstand alıp almayacağınıza belediye karar verir ve parayı belediye öder.',
        source: SRC.roBijstand,
      },
      {
        text: '27 yaşından küçük müsünüz? O zaman başvurunuzu ilk kaydınızdan ancak 4 hafta sonra verirsiniz.',
        source: SRC.pwArt41,
      },
    ],
    documents: [
      { text: 'Hangi belgeleri göstermeniz gerektiğine belediye karar verir.', source: SRC.pwArt53a },
      {
        text: 'Belediyeler çoğu zaman şunları ister: geçerli bir pasaport veya kimlik kartı (ehliyet değil), kira sözleşmeniz, son 2 ayın gelir belgeleri ve tüm banka ve tasarruf hesaplarınızın dökümleri. Bu belediyeye göre değişir.',
        source: SRC.orionisDocs,
      },
    ],
    deadlines: [
      {
        text: 'Bijstand’ı başvuru için kayıt olduğunuz günden itibaren alırsınız. Bu yüzden çok beklemeyin.',
        source: SRC.pwArt44,
      },
      {
        text: 'Durumunuz gerektiriyorsa, belediye bijstand’ı kayıt gününüzden en fazla 3 ay öncesine kadar ödeyebilir.',
        source: SRC.pwArt44,
      },
    ],
    duration: [
      { text: 'Belediye 8 hafta içinde karar vermelidir.', source: SRC.awbArt413 },
      {
        text: '4 hafta sonra hâlâ karar yok mu? O zaman bir avans alırsınız: sonra hesaplanan veya geri ödenen para.',
        source: SRC.pwArt52,
      },
    ],
    help: gemeenteHelp,
  },
  aio: {
    apply: [
      { text: 'AIO ekine (AOW’ye ek gelir desteği) SVB’de başvurursunuz.', source: SRC.roAio },
      {
        text: 'Önce SVB sitesinde AIO kontrolünü yapın. Başvurmanın anlamlı olup olmadığını gösterir.',
        source: SRC.govAio,
      },
    ],
    documents: [
      {
        text: 'SVB geliriniz, konutunuz, varlığınız, banka hesap numaranız ve (sizin için geçerliyse) oturma izniniz hakkındaki bilgileri kullanır. Bunları hazır tutun.',
        source: SRC.svbPrivacyAio,
      },
    ],
    deadlines: [
      {
        text: 'AIO’yu sadece SVB ile iletişime geçtiğiniz günden itibaren alırsınız. Bu yüzden beklemeyin.',
        source: SRC.pwArt47b,
      },
      { text: 'Durumunuz mu değişiyor? Bunu 4 hafta içinde bildirin.', source: SRC.svbSb1309 },
    ],
    duration: [],
    help: [
      {
        text: 'Kütüphanede Informatiepunt Digitale Overheid size ücretsiz yardım eder.',
        source: SRC.kbIdo,
      },
    ],
  },
  'bijzondere-bijstand': {
    apply: [
      {
        text: 'Bijzondere bijstand’a (ek masraflar için yardım) belediyenize başvurursunuz, werk.nl üzerinden değil.',
        source: SRC.pwArt41,
      },
      {
        text: 'SVB’den AIO mu alıyorsunuz? Bijzondere bijstand’a yine de belediyeye başvurursunuz.',
        source: SRC.inlichtingenbureau,
      },
      {
        text: 'Belediye parayı verebilir veya borç olarak verebilir (örneğin bir çamaşır makinesi veya mobilya için).',
        source: SRC.pwArt51,
      },
    ],
    documents: [
      {
        text: 'Belediyeler çoğu zaman şunları ister: gelir belgesi, birikim belgesi, geçerli bir kimlik ve masrafların faturası veya teklifi. Bu belediyeye göre değişir.',
        source: SRC.kampenBb,
      },
    ],
    deadlines: [
      {
        text: 'Her belediyenin kendi süreleri vardır. Kampen’de örneğin masraflardan sonra 2 ay içinde başvurursunuz. Sizin için neyin geçerli olduğunu belediyenize sorun.',
        source: SRC.kampenBb,
      },
    ],
    duration: [{ text: 'Belediye 8 hafta içinde karar vermelidir.', source: SRC.awbArt413 }],
    help: gemeenteHelp,
  },
  zorgtoeslag: {
    apply: toeslagApply,
    documents: [
      {
        text: 'BSN’niz pasaportunuzda, kimlik kartınızda, ehliyetinizde, maaş bordronuzda, yıllık gelir belgenizde (jaaropgaaf) veya sağlık sigortası kartınızda yazar.',
        source: SRC.bdBsn,
      },
      { text: 'Bu yılki gelirinizin ve toeslagpartner’ınızın gelirinin bir tahminini verirsiniz.' },
    ],
    deadlines: [
      {
        text: 'Zorgtoeslag (sağlık sigortası ödeneği), tüm koşullara uyduğunuz ayın 1’inden itibaren başlar.',
        source: SRC.bdAanvragen,
      },
      toeslagDeadline,
    ],
    duration: toeslagDuration,
    help: toeslagHelp,
  },
  huurtoeslag: {
    apply: [
      ...toeslagApply,
      {
        text: 'Sizinle başka yetişkinler mi yaşıyor? O zaman onlar da başvuruyu imzalar.',
        source: SRC.awirArt15,
      },
    ],
    documents: [
      {
        text: 'Şunları hazır tutun: kira sözleşmeniz veya kiranızın başka bir belgesi, sizin, toeslagpartner’ınızın ve ev arkadaşlarınızın geliri, BSN’niz ve banka hesap numaranız.',
        source: SRC.actiumHt,
      },
    ],
    deadlines: [
      {
        text: 'Huurtoeslag (kira ödeneği) bir ayın 1’inde başlar. Örneğin: 15 Nisan’dan itibaren adreste kayıtlı mısınız? O zaman huurtoeslag’ı 1 Mayıs’tan itibaren alırsınız.',
        source: SRC.bdAanvragen,
      },
      toeslagDeadline,
    ],
    duration: toeslagDuration,
    help: toeslagHelp,
  },
  'kindgebonden-budget': {
    apply: [
      {
        text: 'Genellikle bir şey yapmanız gerekmez. Huurtoeslag gibi başka bir toeslag zaten alıyor musunuz? O zaman kindgebonden budget’ı (çocuk bütçesi) kendiliğinden alırsınız.',
        source: SRC.svbKgb,
      },
      {
        text: 'Şu durumlarda Mijn toeslagen ile kendiniz başvurun: ilk kez kinderbijslag (çocuk parası) alıyorsanız ve başka toeslag almıyorsanız, mektup almadınız ama hakkınız olduğunu düşünüyorsanız, veya daha önce durdurulduysa.',
        source: SRC.svbKgb,
      },
    ],
    documents: [],
    deadlines: [
      {
        text: 'Kindgebonden budget, çocuğunuzun doğduğu veya yanınıza yaşamaya geldiği ayın ertesi ayının 1’inde başlar.',
        source: SRC.bdAanvragen,
      },
      toeslagDeadline,
    ],
    duration: [
      {
        text: '8 hafta içinde bir karar alırsınız. Sadece kindgebonden budget alırsanız bir mektup alırsınız.',
        source: SRC.svbKgb,
      },
    ],
    help: toeslagHelp,
  },
  kinderopvangtoeslag: {
    apply: [
      ...toeslagApply,
      {
        text: 'Bir toeslagpartner’ınız mı var? O zaman her birinizin kendi DigiD’si olmalı.',
        source: SRC.kotChecklist,
      },
    ],
    documents: [
      {
        text: 'Sadece ulusal çocuk bakımı kaydındaki (LRK) çocuk bakımı sayılır. Çocuğunuza bakılan adresin LRK numarasına ihtiyacınız var.',
        source: SRC.bdLrk,
      },
      {
        text: 'Çocuk bakımıyla yapılan sözleşmede şunlar yazmalıdır: çocuğun adı, doğum tarihi ve adresi, saat ücreti, yılda kaç saat, başlangıç ve bitiş tarihi ve çocuk bakımının türü.',
        source: SRC.bdLrk,
      },
    ],
    deadlines: [
      {
        text: 'Çocuğunuz çocuk bakımına başladıktan sonra 3 ay içinde başvurun. Daha geç başvurursanız para kaybedersiniz.',
        source: SRC.bdKot,
      },
      {
        text: 'Kinderopvangtoeslag (çocuk bakımı ödeneği), çocuğunuzun çocuk bakımına ilk gittiği gün başlar.',
        source: SRC.bdAanvragen,
      },
    ],
    duration: toeslagDuration,
    help: toeslagHelp,
  },
};

export const tr: Content = {
  lang: 'tr',
  dir: 'ltr',
  name: 'Türkçe',
  speechLang: 'tr-TR',
  apiLang: 'tr',
  locale: 'tr-TR',

  common: {
    appName: 'Steunwijzer',
    tagline: 'Para alıp alamayacağınıza bakın',
    skipLink: 'Doğrudan içeriğe git',
    languageSwitch: 'Dil',
    back: 'Geri',
    next: 'İleri',
    startAgain: 'Yeniden başla',
    privacyLink: 'Gizlilik: neyi saklıyoruz, neyi saklamıyoruz',
    loading: 'Lütfen bekleyin…',
    loadError: 'Bu sayfa yüklenemedi. İnternet bağlantınızı kontrol edin ve tekrar deneyin.',
    retry: 'Tekrar dene',
    yes: 'Evet',
    no: 'Hayır',
    readAloud: 'Sesli oku',
    stopReading: 'Okumayı durdur',
    noVoice: 'Sesli okuma burada mümkün değil: bu tarayıcıda Türkçe ses yok.',
    readInDutch: 'Felemenkçe sesli oku (Nederlands)',
    dutchAuthoritative: 'Bu metnin çevirisidir. Geçerli olan Felemenkçe (Hollandaca) metindir.',
    footer: 'Steunwijzer bir devlet kontrolüdür. Sonuç bir tahmindir, karar değildir.',
    pageTitle: (page) => `${page} - Steunwijzer`,
    errorPageTitle: (page) => `Hata: ${page} - Steunwijzer`,
  },

  start: {
    title: 'Para alıp alamayacağınıza bakın',
    lead: 'Birçok insanın devletten para alma hakkı var ama bu parayı almıyor. Bu kontrol, ne alabileceğinizi ve nasıl başvuracağınızı hızlıca gösterir.',
    checks: 'Şunlara bakıyoruz:',
    regulations: [
      'bijstand (geçim için sosyal yardım) ve AIO (yaşamak için para)',
      'bijzondere bijstand (ek masraflar için yardım)',
      'zorgtoeslag (sağlık sigortası ödeneği) ve huurtoeslag (kira ödeneği)',
      'kindgebonden budget (çocuk bütçesi) ve kinderopvangtoeslag (çocuk bakımı ödeneği)',
    ],
    safetyTitle: 'Güvenli ve anonim',
    safety: [
      'Adınızı, BSN’nizi veya DigiD’nizi vermezsiniz.',
      'Sonuca baktığınızda cevaplarınız sunucumuza gider. Sunucu sonucu hesaplar, bir cevabı değiştirirseniz yeniden hesaplar. Sunucu cevaplarınızı saklamaz. Sadece sizi tanıtacak hiçbir şey olmadan anonim sayımlara ekler.',
      'Adres çubuğunda hiçbir tutar görünmez.',
    ],
    beforeTitle: 'Yanınızda olması işe yarar',
    before: [
      'her ay ne aldığınız: maaş bordrosu, yardım belgesi veya emekli maaşı belgesi',
      'yıllık geliriniz: yıllık gelir belgesi (jaaropgaaf) veya gelir vergisi beyannameniz',
      'kiracıysanız: kira sözleşmeniz veya son kira artışı (hizmet masrafları hariç kira)',
      'banka ve tasarruf hesaplarınızda ne olduğu',
    ],
    beforeNote: 'Bir şeyden emin değil misiniz? "Bilmiyorum"u seçin veya bir tahmin yazın.',
    duration: 'Yaklaşık 3 dakika sürer. Sadece sizin için önemli olan soruları cevaplarsınız.',
    indication: 'Sonuç bir tahmindir, karar değildir. Sadece başvurduğunuz kurum karar verir.',
    startButton: 'Kontrole başla',
  },

  flow: {
    progress: (step, total) => `Soru ${step} / yaklaşık ${total}`,
    dontKnowButton: 'Bilmiyorum',
    dontKnowChosen: 'Önceki cevabınız: Bilmiyorum.',
    moneyPrefix: '€',
    period: { month: 'ayda', year: 'yılda', stock: 'toplam' },
    moneyExample: 'Örnek: 1.401,50',
    childrenCount: 'Çocuk sayısı',
    childAge: (n) => `${n}. çocuğun yaşı`,
    childcareCount: 'Çocuk bakımına giden çocuk sayısı',
    childcareChild: (n) => `Çocuk bakımı ${n}`,
    childcareType: 'Çocuk bakımının türü',
    childcareTypes: {
      dagopvang: 'Kreş (kinderdagverblijf)',
      bso: 'Okul sonrası bakım (bso)',
      gastouder: 'Gündüz bakıcısı (gastouder)',
    },
    childcareWhich: 'Hangi çocuk için?',
    childcareChildOption: (n, age) => (age === undefined ? `Çocuk ${n}` : `Çocuk ${n} (${age} yaş)`),
    childcareUnit: 'Çocuk bakımını nasıl yazıyorsunuz?',
    childcareUnits: { days: 'Haftada gün olarak', hours: 'Haftada saat olarak' },
    childcareDays: 'Haftada gün',
    childcarePerDay: 'Günde saat',
    childcareWeekHours: 'Haftada saat',
    childcareHalfHours: 'Tam veya yarım saat olarak, örneğin 10,5.',
    childcareRate: 'Saat ücreti',
    workingApplicant: 'Çalışıyor musunuz, veya bir eğitim ya da programa mı katılıyorsunuz?',
    workingPartner: 'Partneriniz çalışıyor mu, veya bir eğitim ya da programa mı katılıyor?',
    yearsSuffix: 'yaş',
  },

  questions: {
    age: { label: 'Kaç yaşındasınız?', hint: 'Yaşınızı yıl olarak yazın.' },
    partner: {
      label: 'Bir partneriniz var mı?',
      hint: 'Evli misiniz veya kayıtlı bir partnerliğiniz mi var? Veya bir çift olarak birlikte mi yaşıyorsunuz? O zaman bir partneriniz var.',
      help: {
        title: 'Toeslagpartner (ödenekte birlikte sayılan partner) nedir?',
        body: [
          'Toeslagen (devlet ödenekleri) için partnerinize toeslagpartner denir.',
          'Bu, eşiniz, kayıtlı partneriniz veya aynı adreste birlikte yaşadığınız kişidir. Örneğin birlikte bir çocuğunuz varsa, birlikte bir ev satın aldıysanız veya bir birlikte yaşama sözleşmeniz varsa.',
          'Emin değil misiniz? Mijn toeslagen, toeslagpartner’ınızın kim olduğunu gösterir. BelastingTelefoon’a da sorabilirsiniz: 0800 0543 (ücretsiz).',
        ],
      },
    },
    partnerAge: { label: 'Partneriniz kaç yaşında?', hint: 'Yaşı yıl olarak yazın.' },
    children: {
      label: 'Sizinle kaç çocuk yaşıyor?',
      hint: 'Evinizde yaşayan çocukları sayın. Çocuk yok mu? 0 yazın.',
    },
    livesInNetherlands: { label: 'Hollanda’da mı yaşıyorsunuz?' },
    residence: {
      label: 'Vatandaşlığınız nedir?',
      hint: 'Bazı düzenlemeler sadece burada yasal olarak yaşayan insanlar içindir. Cevabınızı saklamıyoruz.',
      options: {
        dutch: 'Hollanda',
        eu: 'AB’de, AEA’da veya İsviçre’de başka bir ülke',
        permit: 'Başka bir vatandaşlık, oturma izniyle',
        none: 'Başka bir vatandaşlık, oturma izni olmadan',
      },
    },
    housing: {
      label: 'Nerede yaşıyorsunuz?',
      options: {
        rent: 'Bir ev veya oda kiralıyorum',
        own: 'Kendi evimde oturuyorum',
        lodging: 'Başka birinin evinde yaşıyorum, kendi kira sözleşmem olmadan',
        homeless: 'Sabit bir yaşam yerim yok',
        institution: 'Bir kurumda yaşıyorum, örneğin bir bakım evinde',
      },
    },
    coResidents27Plus: {
      label: 'Sizinle 27 yaşında veya daha büyük kaç kişi daha yaşıyor?',
      hint: 'Kendinizi ve partnerinizi saymayın. Kimse yok mu? 0 yazın.',
      help: {
        title: 'Kostendeler (masrafları paylaşan ev arkadaşı) nedir?',
        body: [
          'Kostendeler, sizinle yaşayan 27 yaşında veya daha büyük biridir. Evin masraflarını paylaşabilirsiniz. Örneğin yetişkin bir çocuk, bir ebeveyn veya bir arkadaş.',
          'Şunları saymayın: size normal bir fiyatla kiracı olan veya sizin ondan kiraladığınız ve aileden olmayan biri. Ve öğrenim kredisi alan bir öğrenci.',
          'Sizinle bir kostendeler yaşıyorsa, bijstand daha düşüktür, çünkü masrafları paylaşırsınız.',
        ],
      },
    },
    netIncomeMonthly: {
      label: 'Her ay ne kadar para giriyor?',
      hint: 'Aylık net: banka hesabınıza gelen para. Bir partneriniz mi var? Sizin ve partnerinizin toplam tutarını yazın. Maaş, yardımlar, emekli maaşı ve AOW ile ilgilidir. Toeslagen (devlet ödenekleri) veya kinderbijslag’ı (çocuk parası) saymayın. Bijstand’ı bu tutarla hesaplıyoruz.',
      help: {
        title: 'Bu tutarı nerede bulurum?',
        body: [
          'Maaş bordronuza veya yardımınız ya da emekli maaşınız hakkındaki mektuba bakın. "Netto" (net) tutarı arayın.',
          'Veya banka uygulamanızda geçen ay işten, yardımlardan veya emekli maaşından ne geldiğine bakın.',
          'Her ay farklı mı? Bir ortalama yazın.',
        ],
      },
    },
    assets: {
      label: 'Ne kadar birikiminiz ve başka varlığınız var?',
      hint: 'Bir partneriniz mi var? Partnerinizin sahip olduklarını da sayın. Kendi evinizi saymayın. Borçlarınızı düşün.',
      help: {
        title: 'Vermogen (varlık) nedir?',
        body: [
          'Vermogen, sahip olduğunuz her şeyden borçlarınızın düşülmesidir. Örneğin vadesiz ve tasarruf hesaplarınızdaki para, yatırımlar veya pahalı bir araba.',
          'Nerede bulurum? Banka uygulamanız tüm hesaplarınızın bakiyesini gösterir. Bunları toplayın.',
          'Varlıktan çok borç mu var? Eksi yazın, örneğin -500.',
        ],
      },
    },
    grossIncomeYearly: {
      label: 'Bu yıl vergiden önce ne kadar kazanıyorsunuz?',
      hint: 'Yıllık brüt: vergiden önce, bütün yıl için. Bir partneriniz mi var? Sizin ve partnerinizin toplam tutarını yazın. Bir tahmin yeterlidir. Buna toetsingsinkomen denir. Toeslagen’i (devlet ödenekleri) bu tutarla hesaplıyoruz.',
      receive: { label: 'Bu yıl vergiden önce ne kadar alıyorsunuz?' },
      help: {
        title: 'Toetsingsinkomen (ödenek için esas alınan yıllık brüt gelir) nedir?',
        body: [
          'Toetsingsinkomen, vergiden önceki yıllık gelirinizdir: maaş, yardımlar, emekli maaşı, AOW ve kâr.',
          'Nerede bulurum? Geçen yılın yıllık gelir belgesinde (jaaropgaaf) "fiscaal loon" yazar. Veya Mijn toeslagen’e bakın. Geliriniz bu yıl değişiyor mu? Maaş bordronuzdaki brüt tutarı 12 ile çarpın ve tatil paranızı ekleyin.',
          'Düşük değil, biraz yüksek tahmin edin. O zaman sonra toeslag geri ödeme ihtimaliniz daha azdır.',
        ],
      },
    },
    studentFinance: {
      label: 'Öğrenim kredisiyle (studiefinanciering) okula mı gidiyorsunuz veya okuyor musunuz?',
      hint: 'Eğitiminiz için öğrenim kredisi alabiliyorsanız da "Evet"i seçin. Örneğin mbo, hbo veya üniversitede.',
    },
    selfEmployed: { label: 'Serbest mi çalışıyorsunuz (zzp veya kendi işiniz)?' },
    partnerSelfEmployed: { label: 'Partneriniz serbest mi çalışıyor (zzp veya kendi işi)?' },
    parentsCannotSupport: {
      label: 'Anne babanızın size bakamadığı doğru mu?',
      hint: 'Örneğin gençlik bakımından geldiğiniz için, hiç iletişim olmadığı için veya anne babanızın kendisinin de çok az parası olduğu için.',
      options: {
        true: 'Evet, anne babam bana bakamıyor',
        false: 'Hayır, anne babam bana bakabiliyor',
      },
    },
    homeEquity: {
      label: 'Eviniz, ipotek düşüldükten sonra ne kadar değerli?',
      help: {
        title: 'Bunu nerede bulurum?',
        body: [
          'Evinizin değeri, her yıl belediyeden aldığınız WOZ kararında (WOZ-beschikking) yazar.',
          'Ne kadar ipotek kaldığı, bankanızın yıllık belgesinde yazar.',
          'Aradaki farkı yazın. İpotek değerden yüksek mi? Eksi yazın, örneğin -10000.',
        ],
      },
    },
    rent: {
      label: 'Ayda ne kadar kale huur (hizmet masrafları hariç kira) ödüyorsunuz?',
      help: {
        title: 'Kale huur nedir?',
        body: [
          'Kale huur, hizmet masrafları olmadan ve gaz, su ve elektrik olmadan ödediğiniz kiradır.',
          'Nerede bulurum? Kira sözleşmenizde veya her yıl aldığınız kira artışı mektubunda. Orada "kale huur" veya "netto huur" yazar.',
        ],
      },
    },
    selfContainedHome: {
      label: 'Evinizin kendi giriş kapısı, mutfağı ve tuvaleti var mı?',
      hint: 'Yani bunları başka sakinlerle paylaşmıyorsunuz. Buna bağımsız ev denir.',
    },
    healthInsuranceNL: {
      label: 'Hollanda sağlık sigortanız var mı?',
      hint: 'Hollanda’da herkesin yaptırması gereken temel sigorta (basisverzekering).',
    },
    working: {
      label: 'İş ve eğitim',
      hint: 'Bir program örneğin uyum (inburgering) veya işe dönüş programıdır.',
    },
    childcare: {
      label: 'Çocuklarınızdan kaçı çocuk bakımına gidiyor?',
      hint: 'Sadece ulusal çocuk bakımı kaydındaki çocuk bakımı: kreş, okul sonrası bakım (bso) veya gündüz bakıcısı. Çocuk bakımı yok mu? 0 yazın.',
      help: {
        title: 'Saatleri ve ücreti nerede bulurum?',
        body: [
          'Saat sayısı ve saat ücreti, çocuk bakımıyla yaptığınız sözleşmede veya faturada yazar.',
          'Çocuk bakımını haftalık olarak, gün veya saat olarak yazın. Bunu ayda saate çeviriyoruz (haftalık × 52 ÷ 12). Toeslag her çocuk için ayda en fazla 230 saat sayar.',
        ],
      },
    },
    receivesKinderbijslag: {
      label:
        '18 yaşından küçük çocuklarınız için kinderbijslag’ı (çocuk parası) siz (veya partneriniz) mi alıyorsunuz?',
      hint: 'SVB kinderbijslag’ı bir ebeveyne öder. Kindgebonden budget’ı sadece o ebeveyn alır. Ortak velayette bazen diğer ebeveyn alır. Bunu Mijn SVB’de görebilirsiniz.',
    },
    specialCosts: {
      label: 'Ödeyemediğiniz ek masraflarınız var mı?',
      hint: 'Gerekli masraflar, örneğin tıbbi masraflar, yeni bir çamaşır makinesi veya yatak, veya bir avukatın yardımı.',
    },
  },

  errors: {
    summaryTitle: 'Bir sorun var',
    required: 'Bir cevap seçin.',
    childcareType: 'Çocuk bakımının türünü seçin.',
    childcareChild: 'Bu çocuk bakımının hangi çocuk için olduğunu seçin.',
    childcareChildTwice: 'Bu çocuğu zaten seçtiniz. Her çocuk bakımı için başka bir çocuk seçin.',
    childcareUnit: 'Haftada gün mü yoksa haftada saat mi yazacağınızı seçin.',
    halfHours: (min, max) =>
      `${min} ile ${max} arasında bir saat sayısı yazın, tam veya yarım saat olarak, örneğin 10,5.`,
    wholeNumber: (min, max) => `${min} ile ${max} arasında tam bir sayı yazın.`,
    money: 'Euro olarak bir tutar yazın, örneğin 1250 veya 1.250,50.',
    moneyNegative: '0 veya daha fazla bir tutar yazın, örneğin 1250 veya 1.250,50.',
    moneyTooHigh: 'Bu tutar çok yüksek. Tutarı euro olarak yazın, örneğin 1250 veya 1.250,50.',
    age: (min, max) => `${min} ile ${max} arasında, yıl olarak bir yaş yazın.`,
    screenFailed: 'Sonucu alamadık. Lütfen tekrar deneyin.',
    offline: 'İnternet bağlantınız yok. Tekrar bağlandığınızda yeniden deneyin.',
  },

  check: {
    title: 'Cevaplarınız doğru mu?',
    intro: 'Her şeyin doğru olduğunu kontrol edin. Her cevabı hâlâ değiştirebilirsiniz.',
    change: (question) => `Değiştir: ${question}`,
    submit: 'Sonucu gör',
    dontKnowAnswer: 'Bilmiyorum',
    none: 'Yok',
    childrenAnswer: (ages) =>
      ages.length === 0 ? 'Çocuk yok' : `${ages.length}: ${ages.map((age) => `${age} yaş`).join(', ')}`,
    childcareAnswer: (entries) =>
      entries.length === 0
        ? 'Çocuk bakımı yok'
        : entries.map((entry) => `Çocuk ${entry.child}: ayda ${entry.hoursPerMonth} saat`).join('; '),
  },

  results: {
    title: 'Sonucunuz',
    loadingTitle: 'Sonucunuz hesaplanıyor…',
    errorTitle: 'Bir şeyler ters gitti',
    intro: 'Bu bir tahmindir, karar değildir.',
    todoTitle: 'Şimdi ne yapabilirsiniz',
    summaryNone: 'Cevaplarınızla büyük ihtimalle hakkınız olan bir düzenleme bulamadık.',
    staleNotice:
      'Bu tarih için tüm tutarlar henüz bilinmiyor. Bilinmeyen yerlerde geçen yılın tutarlarını normal artış için bir payla kullandık. Bu yüzden bazı tutarlar bir aralıktır.',
    earlierYear: {
      title: (year) => `${year} yılının toeslagen’i (devlet ödenekleri)`,
      intro: (year, deadline) =>
        `${year} yılı için toeslagen’e ${deadline} tarihine kadar (bu tarih dahil) hâlâ başvurabilirsiniz. Bijstand için değil: bijstand sadece kayıt olduğunuz günden itibaren başlar.`,
      button: (year) => `${year} yılını da hesapla`,
      note: (year) =>
        `Şimdiki durumunuz hakkındaki cevaplarınızı kullandık. ${year} yılında geliriniz veya durumunuz farklıysa, sonuç da farklıdır. ${year} yılı gelirinizi Dienst Toeslagen’e bildirin.`,
    },
    workMore: {
      title: 'Daha fazla kazanırsam ne olur?',
      intro:
        'Net geliriniz artarsa aylık paranıza ne olduğunu görün. Bunu burada, telefonunuzda hesaplıyoruz. Bize hiçbir şey gönderilmez.',
      button: 'Hesapla',
      caption: (raise) => `Ayda ${raise} daha fazla alırsanız`,
      regulation: 'Düzenleme',
      now: 'Şimdi aylık',
      after: 'Sonra aylık',
      kept: (kept, raise) => `Fazladan ${raise} paranın yaklaşık ${kept} kadarı size kalır.`,
      nothingChanges: 'O zaman düzenlemeleriniz aynı kalır.',
      grossNote:
        'Toeslagen (devlet ödenekleri) için brüt geliriniz sayılır. Artışın 12 katını ekliyoruz. Vergi yüzünden brüt geliriniz daha çok artar, bu yüzden ödenekler biraz daha fazla düşebilir.',
      noGross: 'Yıllık gelir girmediniz. Bu yüzden ödenekleri yeniden hesaplamadık.',
      bijstandNote:
        'Bijstand’da (geçim için sosyal yardım) fazladan aldığınız her euro düşülür. Para işten geliyorsa, belediye bir kısmını bir süre saymayabilir. Belediyeye sorun.',
    },
    regulations: {
      'algemene-bijstand': 'Bijstand (geçim için sosyal yardım)',
      aio: 'AIO (AOW’ye ek gelir desteği)',
      'bijzondere-bijstand': 'Bijzondere bijstand (ek masraflar için yardım)',
      zorgtoeslag: 'Zorgtoeslag (sağlık sigortası ödeneği)',
      huurtoeslag: 'Huurtoeslag (kira ödeneği)',
      'kindgebonden-budget': 'Kindgebonden budget (çocuk bütçesi)',
      kinderopvangtoeslag: 'Kinderopvangtoeslag (çocuk bakımı ödeneği)',
    },
    verdicts: {
      likely: { label: 'Muhtemelen evet', text: 'Büyük ihtimalle buna hakkınız var. Başvurun.' },
      possibly: {
        label: 'Belki',
        text: 'Buna hakkınız olabilir. Bu, bizim kontrol edemediğimiz şeylere bağlıdır. Yine de başvurun.',
      },
      unlikely: {
        label: 'Muhtemelen hayır',
        text: 'Cevaplarınızla büyük ihtimalle buna hakkınız yok.',
      },
      unknown: { label: 'Bilmiyoruz', text: 'Bir şey söylemek için çok az cevabımız var.' },
    },
    monthly: (amount) => `Ayda yaklaşık ${amount}`,
    atMost: (amount) => `Ayda en fazla ${amount}`,
    yearly: (amount) => `Bu yılda ${amount} eder.`,
    range: (min, max) => `Ayda ${min} ile ${max} arası.`,
    noAmount: 'Ne kadar alacağınız masraflarınıza bağlıdır. Belediye karar verir.',
    why: 'Neden böyle düşünüyoruz?',
    law: 'Yasa veya kural',
    alsoReported: 'bunu da yazdı:',
    threshold: 'Sınıra ne kadar uzaksınız?',
    missing: 'Bunu henüz bilmiyoruz:',
    perYear: (amount, upTo) => (upTo ? `yılda en fazla ${amount}` : `yılda ${amount}`),
    todo: {
      'algemene-bijstand': { text: 'Bijstand’a nasıl başvuracağınızı okuyun', link: true },
      aio: { text: 'SVB’nin AIO kontrolünü yapın', link: true },
      'bijzondere-bijstand': {
        text: 'Belediyenizi arayın. Bijzondere bijstand isteyin.',
        link: false,
      },
      zorgtoeslag: { text: 'Mijn toeslagen ile başvurun', link: true },
      huurtoeslag: { text: 'Mijn toeslagen ile başvurun', link: true },
      'kindgebonden-budget': {
        text: 'Genellikle kendiliğinden. Mektup gelmedi mi? Mijn toeslagen ile başvurun',
        link: true,
      },
      kinderopvangtoeslag: { text: '3 ay içinde Mijn toeslagen ile başvurun', link: true },
    },
    newTab: '(yeni sekmede)',
    alreadyTitle: 'Bunu zaten alıyorsunuz: tutarın doğru olup olmadığına bakın',
    alreadyIntro:
      'Bu kontrolün söylediğinden daha az mı alıyorsunuz? O zaman her şeyin doğru olduğunu kontrol edin.',
    alreadyExpected: (amount) => `Bu kontrol ayda yaklaşık ${amount} diyor.`,
    check: {
      toeslagen: {
        text: "Mijn toeslagen'de 'Mijn beschikkingen' bölümüne bakın. Bir şey yanlış mı? Bildirin.",
        source: SRC.bdVoorschot,
      },
      svb: {
        text: 'Ne kadar AIO aldığınızı SVB’nin mektubunda görün. Yanlış mı? SVB ile iletişime geçin.',
        source: SRC.roAio,
      },
      gemeente: {
        text: 'Ne kadar aldığınızı belediyenizin mektubunda (beschikking) görün. Yanlış mı? Belediyenizi arayın.',
      },
    },
    more: (regulation) => `${regulation} hakkında daha fazla`,
    applyAt: {
      gemeente: 'Belediyenize başvurun',
      svb: 'SVB’ye başvurun',
      toeslagen: 'Dienst Toeslagen’e başvurun',
    },
    applyHeading: 'Nasıl başvurursunuz',
    documentsHeading: 'Neye ihtiyacınız var',
    deadlinesHeading: 'Ne zamandan, ne zamana kadar',
    durationHeading: 'Ne kadar sürer?',
    helpHeading: 'Başvuruda yardım',
    sourceLabel: 'Kaynak',
    repaymentTitle: 'Sonra geri ödemem gerekecek mi?',
    repayment: [
      {
        text: 'Toeslag bir avanstır. Dienst Toeslagen önce gelirinizin bir tahminiyle hesaplar.',
        source: SRC.bdTerugbetalen,
      },
      {
        text: 'Beklediğinizden fazla mı kazanıyorsunuz? O zaman sonra bir kısmını geri ödersiniz. Bu, toeslagpartner’ınızın veya ev arkadaşınızın geliri değiştiğinde de olabilir.',
        source: SRC.bdTerugbetalen,
      },
      {
        text: 'Riski düşük tutmak için: gelirinizi düşük değil, biraz yüksek tahmin edin.',
        source: SRC.ikwoonleefzorgTerug,
      },
      {
        text: 'Risk istemiyor musunuz? Toeslag’a (devlet ödeneği) sonradan da başvurabilirsiniz, bütün yılın geliri belli olduğunda. Bu, ertesi yılın 31 Aralık tarihine kadar olur. Parayı o zaman daha sonra, bir kerede alırsınız.',
        source: SRC.awirArt15,
      },
      {
        text: 'Geliriniz veya sizinle kimin yaşadığı gibi bir şey mi değişiyor? Bunu 4 hafta içinde Mijn toeslagen’de bildirin.',
        source: SRC.bdWijzigingen,
      },
      {
        text: 'Her mektubu (voorschotbeschikking) dikkatle kontrol edin. Bir şey yanlış mı? Bildirin.',
        source: SRC.bdVoorschot,
      },
      {
        text: 'Çok az mı aldınız? O zaman kalanını sonra alırsınız. Son hesaplamadan sonraki küçük bir tutarı geri ödemeniz gerekmez.',
        source: SRC.awirArt26a,
      },
      {
        text: 'Geri ödemeniz gerekiyor ve hepsini birden ödeyemiyor musunuz? Bir ödeme planı isteyin.',
        source: SRC.bdBetalingsregeling,
      },
    ],
    otherResults: 'Büyük ihtimalle hakkınız yok',
    receivingQuestion: 'Bunu zaten alıyor musunuz?',
    reasonQuestion: 'Neden (henüz) başvurmadınız?',
    reasonOptional:
      'Cevap vermek zorunda değilsiniz. Cevabınız devletin kuralları iyileştirmesine yardım eder.',
    nonUseReasons: {
      'did-not-know': 'Var olduğunu bilmiyordum',
      'thought-not-entitled': 'Hakkım olmadığını düşündüm',
      'fear-of-repayment': 'Geri ödemem gerekeceğinden korkuyorum',
      'too-complicated': 'Başvurmak çok zor',
      shame: 'Başvurmaktan utanıyorum',
      'not-worth-it': 'Zahmetine değmez',
      'applied-refused': 'Başvurdum ama alamadım',
      other: 'Başka bir neden',
    },
    receivingFailed: 'Cevabınız şu an sayılamadı. Lütfen sonra tekrar seçin.',
    receivingSaved: 'Teşekkürler. Cevabınız bilgileriniz olmadan sayıldı.',
    yourAnswers: 'Cevaplarınız (çıktıda da var)',
    print: 'Yazdır veya PDF olarak kaydet',
    printHint:
      'PDF mi istiyorsunuz? Düğmeye basın, sonra yazdırma penceresinde "Yazıcı" veya "Hedef" olarak "PDF olarak kaydet"i seçin.',
    printNote: 'Başvuruda yardım istediğinizde bu sonucu yanınıza alın.',
    freeHelpTitle: 'Ücretsiz yardım',
    freeHelp: [
      {
        text: 'Kütüphanede Informatiepunt Digitale Overheid, devlet siteleri ve başvurularda size ücretsiz yardım eder.',
        source: SRC.kbIdo,
      },
      {
        text: 'Toeslagen hakkında sorunuz mu var? BelastingTelefoon’u ücretsiz arayın: 0800 0543.',
        source: SRC.belastingTelefoon,
      },
      {
        text: 'Belediyenizin genel numarasını arayın. Sosyal ekibi (sociaal team) veya Wmo masasını isteyin.',
        source: SRC.wmoLoket,
      },
      {
        text: 'Geliriniz düşük ve az birikiminiz mi var? Juridisch Loket’te avukatlar size ofislerinde ücretsiz yardım eder.',
        source: SRC.juridischLoket,
      },
      { text: 'Para sıkıntınız mı var? geldfit.nl yakınınızdaki yardımı gösterir.', source: SRC.geldfit },
      {
        text: 'Para sıkıntınız varsa 0800-8115 numarasını ücretsiz ve anonim olarak da arayabilirsiniz.',
        source: SRC.ndGeldfit,
      },
    ],
    checkedOn: (date) => `${date} için hesaplandı.`,
    disclaimer:
      'Bu bir tahmindir, karar değildir. Başvurduğunuzda belediye, SVB veya Dienst Toeslagen karar verir. Bu sonuçtan hak çıkaramazsınız.',
  },

  nextSteps: nextSteps as Content['nextSteps'],

  device: {
    title: 'Sonra devam mı etmek istiyorsunuz?',
    explain: [
      'Cevaplarınızı bu cihaza kaydedebilirsiniz. O zaman hesap olmadan sonra devam edebilirsiniz.',
      'Bu cihazı ve bu tarayıcıyı kullanan herkes onları görebilir. Bu yüzden bunu başkalarıyla paylaştığınız bir bilgisayarda yapmayın, örneğin kütüphanede.',
      'Kaydetmek için hiçbir şey bir sunucuya gitmez. Cevaplar sadece bu tarayıcıdadır.',
      '30 gün saklanırlar. Sonra Steunwijzer onları siler. Daha önce kendiniz de silebilirsiniz.',
    ],
    save: 'Bu cihaza kaydet',
    replaces: 'Bu cihazda daha önceden kaydedilmiş cevaplar var. Kaydetmek onların yerini alır.',
    saved: (date, until) =>
      `Cevaplarınız bu cihaza kaydedildi (${date}). Değiştirdiğiniz her şey de kaydedilir. ${until} tarihine kadar (bu tarih dahil) veya siz silene kadar saklanırlar.`,
    remove: 'Kaydedilen cevapları sil',
    removed: 'Kaydedilen cevaplar bu cihazdan silindi.',
    failed: 'Kaydetme olmadı. Tarayıcınız buna izin vermiyor olabilir, örneğin gizli bir pencerede.',
    footerSummary: 'Sonra devam mı? Cevaplarınızı bu cihaza kaydedin',
    resumeTitle: 'Kaldığınız yerden devam edin',
    resumeText: (date, until) =>
      `Bu cihazda ${date} tarihinde kaydettiğiniz cevaplar var. ${until} tarihine kadar (bu tarih dahil) veya siz silene kadar saklanırlar.`,
    resume: 'Kaldığınız yerden devam edin',
  },

  privacy: {
    title: 'Gizlilik: neyi saklıyoruz, neyi saklamıyoruz',
    intro: [
      'Steunwijzer anonimdir. Ad, BSN veya DigiD vermezsiniz.',
      'Bu sitede çerez, reklam veya başka şirketlerin yazılımı yoktur. Sitedeki her şey kendi sunucumuzdan gelir.',
    ],
    browserTitle: 'Kendi telefonunuzda veya bilgisayarınızda',
    browser: [
      'Cevaplarınız bu tarayıcı penceresinde (sessionStorage) saklanır. Pencereyi kapattığınızda veya "Yeniden başla"ya bastığınızda gider.',
      'Adres çubuğu sadece hangi soruyu gördüğünüzü gösterir, asla bir tutar göstermez.',
    ],
    deviceTitle: '"Bu cihaza kaydet"i seçerseniz',
    device: [
      'Sadece siz kendiniz seçerseniz, cevaplarınızı bu cihazdaki tarayıcıda da (localStorage) saklarız. Bu seçim olmadan Steunwijzer oraya hiçbir şey koymaz.',
      'Bu cihazı ve bu tarayıcıyı kullanan herkes onları görebilir.',
      'Bunun için sunucumuza hiçbir şey gitmez. Cevaplar sadece sonuca baktığınızda, her zamanki gibi sunucuya gider.',
      'Sonra değiştirdiğiniz her şey de kaydedilir. 30 gün sonra Steunwijzer, siteyi bir sonraki açışınızda cevapları siler.',
      'Onları her zaman kendiniz silebilirsiniz: başlangıç sayfasında, cevaplarınızda veya sonuçta "Kaydedilen cevapları sil" düğmesiyle. Tarayıcı verilerinizi temizlemek de onları siler.',
    ],
    serverTitle: 'Sonuca baktığınızda',
    server: [
      'Cevaplarınız o zaman sunucumuza gönderilir. Sunucu sonucu hesaplar ve geri gönderir. Sunucu cevaplarınızı saklamaz veya not etmez.',
      'IP adresiniz saklanmaz.',
      'Tarayıcınız rastgele bir ziyaret numarası gönderir. Böylece bir cevabı değiştirseniz bile ziyaretinizi sadece bir kez sayarız. Sunucu bu numaranın kendisini saklamaz, sadece tanınamayan bir versiyonunu saklar ve onu 7 gün içinde siler.',
    ],
    countedTitle: 'Sunucunun saydığı şeyler',
    counted: [
      'Sadece sayaçlar, ay ve düzenleme başına: sonucun ne sıklıkta "muhtemelen evet", "belki", "muhtemelen hayır" veya "bilmiyoruz" olduğu.',
      'İnsanların düzenlemeyi zaten aldıklarını söyleyip söylemedikleri: evet, hayır veya cevap yok. Ve söylemek isterseniz, neden almadığınız.',
      'Kontrolün nasıl yapıldığı: kendi başınıza (bu site) veya bir masada yardımla.',
      'Geniş gruplar: bir yaş grubu (örneğin 27 ile 66 arası) ve hane türü (örneğin çocuklu bekâr).',
      'Belediye, sadece gönderildiğinde. Bu site belediyenizi sormaz ve göndermez.',
    ],
    notCountedTitle: 'Asla saklanmayan şeyler',
    notCounted: [
      'Cevaplarınızın kendisi, örneğin geliriniz, kiranız veya yaşınız.',
      'Adınız, adresiniz, BSN’niz, IP adresiniz veya sizi tanıtabilecek başka herhangi bir şey.',
    ],
    example:
      'Bakanlık örneğin şunu görür: "Kasım 2026, huurtoeslag, kendi başına, muhtemelen evet, henüz almıyor: 120 kez". 10 kişiden küçük bir grup asla gösterilmez.',
    back: 'Geri',
  },
  municipality: {
    title: 'Hangi belediyede (gemeente) oturuyorsunuz?',
    hint: 'O zaman sonuçta, belediyenizde nereye başvuracağınızı ve nereden ücretsiz yardım alacağınızı görürsünüz. Bu soru zorunlu değildir. Cevabınız sonucu değiştirmez.',
    listHint: 'Belediyenizin adını yazın ve listeden seçin.',
    skip: 'Soruyu atla',
    notFound: 'Listeden bir belediye seçin veya soruyu atlayın',
    summaryLabel: 'Belediyeniz',
    skipped: 'Doldurulmadı',
  },
  localRoute: {
    title: (gemeente) => `Başvuru ve ücretsiz yardım: ${gemeente}`,
    nationalNote: (gemeente) =>
      `${gemeente} belediyesinin kendi bilgileri bizde henüz yok. Aşağıda her yerde geçerli olan yol var.`,
    topicNational: 'Bunun için belediyenizin kendi bilgileri bizde henüz yok. Her yerde geçerli olan şudur:',
    topics: {
      bijstand: 'Bijstand’a (geçim için sosyal yardım) başvurmak',
      bijzondereBijstand: 'Bijzondere bijstand’a (ek masraflar için yardım) başvurmak',
      clientondersteuning: 'Size ücretsiz yardım eden biri: cliëntondersteuning (danışman desteği)',
      schuldhulp: 'Borçlar için yardım',
      formHelp: 'Formlar için yardım',
    },
    what: {
      applyAtGemeente: () => 'Buna oturduğunuz belediyede başvurursunuz.',
      applyOnline: () => 'DigiD’nizle (devlet siteleri için dijital giriş) internetten başvurursunuz.',
      applyPortal: () =>
        'Belediyenin Werk en Inkomen internet portalında, DigiD’nizle (devlet siteleri için dijital giriş) başvurursunuz.',
      applyAtLocation: () =>
        'DigiD’niz veya bilgisayarınız yok mu? O zaman bir Werk en Inkomen adresinde başvurursunuz. Orada çalışanlar size yardım eder.',
      callBack: ({ phone }) =>
        `${phone} numarasını da arayabilirsiniz. O zaman belediye randevu için sizi geri arar.`,
      postForm: ({ address }) =>
        `Başvuru formunu indirirsiniz, doldurursunuz ve belgelerle birlikte posta ile şu adrese gönderirsiniz: ${address}.`,
      handInForm: () =>
        'Formu teslim ettiğinize dair bir belge mi istiyorsunuz? O zaman formu bir Werk en Inkomen adresinin danışma bankosuna götürün.',
      schemePage: () =>
        'Belediyenin sayfasında neye ihtiyacınız olduğunu ve nasıl başvuracağınızı okursunuz.',
      localRules: () => 'Belediyenin bijzondere bijstand (ek masraflar için yardım) kuralları.',
      lowIncomeSchemes: () =>
        'Belediyenin düşük gelirli insanlar için düzenlemeleri (Pak je kans). Bijzondere bijstand (ek masraflar için yardım) da bunlara dahildir.',
      lowIncomeSchemesPhone: ({ phone }) =>
        `Bu düzenlemeler hakkında sorunuz mu var? ${phone} numarasını arayın.`,
      clientondersteuningFree: () =>
        'Belediye, ücretsiz ve bağımsız bir cliëntondersteuner (size yardım eden danışman) alabilmenizi sağlamak zorundadır. Belediyenize sorun.',
      clientondersteuningWhat: () =>
        'Cliëntondersteuner (size yardım eden danışman), başvurunuzda ve formlarda size yardım eder. Belediyeyle görüşmelere de sizinle gelebilir.',
      geldfit: () => 'geldfit.nl sitesinde, yakınınızda para sıkıntısı için ücretsiz yardım bulursunuz.',
      geldfitPhone: ({ phone }) => `${phone} numarasını da ücretsiz ve isimsiz arayabilirsiniz.`,
      callOrVisit: ({ phone }) =>
        `${phone} numarasını arayın veya belediyenin bir Vraagwijzer’ine (bilgi noktası) gelin. Faturalarınızı birlikte düzene koyarsınız.`,
      neighbourhoodDesk: () =>
        'Mahallelerde belediyenin Helpdesk Geldzaken’leri (para işleri yardım masası) var. Orada randevusuz yardım isteyebilirsiniz.',
      buurtteam: () =>
        'Mahallenizdeki buurtteam’e (mahalle yardım ekibi) başvurursunuz. Belediyeyle kendiniz de iletişime geçebilirsiniz.',
      library: () =>
        'Kütüphanede Informatiepunt Digitale Overheid (ücretsiz devlet işleri yardım noktası), devletin siteleri ve formları için size ücretsiz yardım eder.',
      authorise: () =>
        'Başvuruyu sizin yerinize başka birinin yapmasını mı istiyorsunuz? Bu, belediyenin yetki formuyla olur.',
    },
    open: 'Sayfaya git',
    source: 'Kaynak',
    reported: 'Bildiren',
    checked: (date) => `${date} tarihinde kontrol edildi`,
    bringSomeone: [
      {
        text: 'Belediyeye yanınızda birini götürebilirsiniz veya işinizi birine yaptırabilirsiniz.',
        source: SRC.awbArt21,
      },
      {
        text: 'Cliëntondersteuner (size yardım eden danışman), kütüphanedeki Informatiepunt ve Geldfit size ücretsiz yardım eder.',
        source: SRC.wmoArt232,
      },
    ],
  },
  obligations: {
    title: 'Bijstand (geçim için sosyal yardım) sizden ne istiyor',
    work: {
      text: 'Yapabileceğiniz bir iş ararsınız, onu kabul edersiniz ve sürdürürsünüz. UWV’de (iş ve sosyal sigortalar kurumu) iş arayan olarak kaydolursunuz.',
      source: SRC.pwArt9,
    },
    tegenprestatie: {
      text: 'Belediye, normal işin yanında ücretsiz faydalı bir iş yapmanızı isteyebilir: tegenprestatie (karşılık olarak yapılan iş).',
      source: SRC.pwArt9,
    },
    inlichtingen: {
      text: 'Yardımınız için önemli olabilecek her şeyi belediyeye hemen söylersiniz, belediye sormasa bile. Örneğin başka bir gelir veya evinizde kimin oturduğu.',
      source: SRC.pwArt17,
    },
    singleParentUnder5: {
      text: '5 yaşından küçük bir çocuğa tek başınıza mı bakıyorsunuz? O zaman belediyeden sizi iş arama zorunluluğundan muaf tutmasını isteyebilirsiniz. Bu muafiyetle tegenprestatie (karşılık olarak yapılan iş) de yapmanız gerekmez.',
      source: SRC.pwArt9a,
    },
    under27: [
      {
        text: '27 yaşından küçük müsünüz? O zaman önce 4 hafta kendiniz iş veya okul ararsınız. Başvuruyu ancak ondan sonra yaparsınız.',
        source: SRC.pwArt41,
      },
      {
        text: 'Her belediye bu 4 haftayı istemez. Örneğin Utrecht başvuruyu hemen ele alır. Belediyenize sorun, özellikle başınızı sokacak bir yeriniz veya yemek için paranız yoksa.',
        source: SRC.utrechtNoSearchPeriod,
      },
    ],
  },
  refused: {
    title: (regulation) => `Daha önce ${regulation} alamadınız mı? Yapabilecekleriniz`,
    facts: [
      {
        text: 'Durumunuz değişti mi veya yeni bir şey mi biliyorsunuz? O zaman yeniden başvurabilirsiniz. Neyin değiştiğini söyleyin.',
        source: SRC.awbArt46,
      },
      {
        text: 'Karara katılmıyor musunuz? O zaman mektubun tarihinden sonraki 6 hafta içinde bezwaar (itiraz) edin.',
        source: SRC.awbArt67,
      },
      {
        text: 'Geliriniz düşük ve birikiminiz azsa, bezwaar (itiraz) için yardım Juridisch Loket’te (ücretsiz hukuk danışma bürosu) ücretsizdir.',
        source: SRC.juridischLoket,
      },
    ],
  },
};
