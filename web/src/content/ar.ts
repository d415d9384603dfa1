import { SRC } from './sources';
import type { Content, Fact, NextSteps } from './types';

/**
 * Arabic copy (Modern Standard Arabic, short sentences), right to left. Legal names stay Dutch with
 * a short gloss, as in docs/glossary/ar.md. The Dutch text is authoritative.
 */

/**
 * A left-to-right isolate (U+2066 … U+2069): phone numbers with a space and amounts with a minus
 * would otherwise be reordered inside right-to-left text ("0800 0543" shown as "0543 0800").
 */
const ltr = (text: string) => `\u2066${text}\u2069`;
const BELASTINGTELEFOON = ltr('0800 0543');

const toeslagApply: Fact[] = [
  {
    text: 'تقدّم الطلب عبر Mijn toeslagen على موقع الـ Belastingdienst (مصلحة الضرائب).',
    source: SRC.bdAanvragen,
  },
  { text: 'تحتاج إلى DigiD وإلى رقم الخدمة المدنية الخاص بك (BSN).', source: SRC.bdBsn },
  {
    text: 'تقدّم الطلب مرة واحدة فقط. إذا كنت ما زلت تستوفي الشروط، تحصل على الـ toeslag (الإعانة الحكومية) في السنة التالية تلقائيًا.',
    source: SRC.bdAanvragen,
  },
];

const toeslagDeadline: Fact = {
  text: 'يمكنك تقديم الطلب حتى 31 ديسمبر من السنة التالية. ولكن كلما تأخرت في الطلب، تأخر وصول المال.',
  source: SRC.awirArt15,
};

const toeslagDuration: Fact[] = [
  {
    text: 'إذا قدّمت الطلب قبل 1 أبريل من السنة التالية، تحصل على دفعة مسبقة خلال 13 أسبوعًا.',
    source: SRC.awirArt16,
  },
];

const toeslagHelp: Fact[] = [
  {
    text: `أسئلة عن الـ toeslagen؟ اتصل مجانًا بـ BelastingTelefoon: ${BELASTINGTELEFOON}. اطلب هذا الرقم بنفسك، وليس عبر خدمة تحويل مكالمات: هذه الخدمات تكلّف مالًا.`,
    source: SRC.belastingTelefoon,
  },
  {
    text: 'في كثير من المكتبات يساعدك Informatiepunt Digitale Overheid في تقديم الطلب مجانًا.',
    source: SRC.nieuwsIdoToeslagen,
  },
];

const gemeenteHelp: Fact[] = [
  {
    text: 'لا تستطيع تقديم الطلب وحدك؟ اتصل بالرقم العام لبلديتك. اطلب الفريق الاجتماعي (sociaal team) أو مكتب الـ Wmo. سيساعدونك.',
    source: SRC.wmoLoket,
  },
  {
    text: 'في المكتبة يساعدك Informatiepunt Digitale Overheid مجانًا.',
    source: SRC.kbIdo,
  },
];

const nextSteps: Record<string, NextSteps> = {
  'algemene-bijstand': {
    apply: [
      {
        text: 'تطلب الـ bijstand (مساعدة اجتماعية للمعيشة) عبر werk.nl. أحيانًا يمكنك أيضًا الطلب في البلدية نفسها. بلديتك تخبرك بذلك.',
        source: SRC.roBijstand,
      },
      { text: 'البلدية تقرر هل تحصل على الـ bijstand، وهي التي تدفعها.', source: SRC.roBijstand },
      {
        text: 'هل عمرك أقل من 27 سنة؟ عندها تقدّم الطلب فقط بعد 4 أسابيع من أول تسجيل لك.',
        source: SRC.pwArt41,
      },
    ],
    documents: [
      { text: 'البلدية تقرر أي أوراق يجب أن تُظهرها.', source: SRC.pwArt53a },
      {
        text: 'البلديات تطلب غالبًا: جواز سفر أو بطاقة هوية سارية (وليس رخصة القيادة)، وعقد الإيجار، وإثبات دخلك لآخر شهرين، وكشوف كل حساباتك البنكية وحسابات التوفير. هذا يختلف من بلدية إلى أخرى.',
        source: SRC.orionisDocs,
      },
    ],
    deadlines: [
      {
        text: 'تحصل على الـ bijstand من اليوم الذي تسجّل فيه للطلب. لذلك لا تنتظر طويلًا.',
        source: SRC.pwArt44,
      },
      {
        text: 'إذا كان وضعك يستدعي ذلك، يجوز للبلدية أن تدفع الـ bijstand حتى 3 أشهر قبل يوم تسجيلك.',
        source: SRC.pwArt44,
      },
    ],
    duration: [
      { text: 'يجب أن تقرر البلدية خلال 8 أسابيع.', source: SRC.awbArt413 },
      {
        text: 'لا يوجد قرار بعد 4 أسابيع؟ عندها تحصل على دفعة مسبقة: مال يُحسب أو يُرد لاحقًا.',
        source: SRC.pwArt52,
      },
    ],
    help: gemeenteHelp,
  },
  aio: {
    apply: [
      { text: 'تطلب تكملة الـ AIO من الـ SVB.', source: SRC.roAio },
      {
        text: 'قم أولًا بفحص الـ AIO على موقع الـ SVB. هو يبيّن هل الطلب مفيد لك.',
        source: SRC.govAio,
      },
    ],
    documents: [
      {
        text: 'الـ SVB تستعمل معلومات عن دخلك وسكنك وثروتك ورقم حسابك البنكي و(إذا كان ذلك ينطبق عليك) تصريح إقامتك. اجعلها جاهزة.',
        source: SRC.svbPrivacyAio,
      },
    ],
    deadlines: [
      {
        text: 'تحصل على الـ AIO فقط من اليوم الذي تتواصل فيه مع الـ SVB. لذلك لا تنتظر.',
        source: SRC.pwArt47b,
      },
      { text: 'هل يتغير وضعك؟ أبلغ عن ذلك خلال 4 أسابيع.', source: SRC.svbSb1309 },
    ],
    duration: [],
    help: [{ text: 'في المكتبة يساعدك Informatiepunt Digitale Overheid مجانًا.', source: SRC.kbIdo }],
  },
  'bijzondere-bijstand': {
    apply: [
      {
        text: 'تطلب الـ bijzondere bijstand (مساعدة خاصة للتكاليف الإضافية) من بلديتك، وليس عبر werk.nl.',
        source: SRC.pwArt41,
      },
      {
        text: 'هل تحصل على AIO من الـ SVB؟ تطلب الـ bijzondere bijstand مع ذلك من البلدية.',
        source: SRC.inlichtingenbureau,
      },
      {
        text: 'البلدية يمكن أن تعطي المال، أو تقرضه (مثلًا لغسالة أو أثاث).',
        source: SRC.pwArt51,
      },
    ],
    documents: [
      {
        text: 'البلديات تطلب غالبًا: إثبات دخلك، وإثبات مدخراتك، وهوية سارية، وفاتورة التكاليف أو عرض السعر. هذا يختلف من بلدية إلى أخرى.',
        source: SRC.kampenBb,
      },
    ],
    deadlines: [
      {
        text: 'لكل بلدية مواعيدها الخاصة. في Kampen مثلًا تقدّم الطلب خلال شهرين بعد أن دفعت التكاليف. اسأل بلديتك ما الذي ينطبق عليك.',
        source: SRC.kampenBb,
      },
    ],
    duration: [{ text: 'يجب أن تقرر البلدية خلال 8 أسابيع.', source: SRC.awbArt413 }],
    help: gemeenteHelp,
  },
  zorgtoeslag: {
    apply: toeslagApply,
    documents: [
      {
        text: 'رقم الـ BSN الخاص بك مكتوب على جواز سفرك، وبطاقة هويتك، ورخصة القيادة، وكشف الراتب، والكشف السنوي (jaaropgaaf) أو بطاقة التأمين الصحي.',
        source: SRC.bdBsn,
      },
      { text: 'تعطي تقديرًا لدخلك في هذه السنة، ولدخل الـ toeslagpartner (الشريك في الإعانات).' },
    ],
    deadlines: [
      {
        text: 'الـ zorgtoeslag (إعانة التأمين الصحي) تبدأ في اليوم الأول من الشهر الذي تستوفي فيه كل الشروط.',
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
      { text: 'هل يسكن معك بالغون آخرون؟ عندها يوقّعون على الطلب أيضًا.', source: SRC.awirArt15 },
    ],
    documents: [
      {
        text: 'اجعل هذه جاهزة: عقد الإيجار أو إثبات آخر لإيجارك، ودخلك ودخل الـ toeslagpartner والسكان معك، ورقم الـ BSN، ورقم حسابك البنكي.',
        source: SRC.actiumHt,
      },
    ],
    deadlines: [
      {
        text: 'الـ huurtoeslag (إعانة الإيجار) تبدأ في اليوم الأول من الشهر. مثال: هل أنت مسجّل في العنوان من 15 أبريل؟ عندها تحصل على الـ huurtoeslag من 1 مايو.',
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
        text: 'غالبًا لا تحتاج أن تفعل شيئًا. هل تحصل على toeslag أخرى مثل الـ huurtoeslag؟ عندها تحصل على الـ kindgebonden budget (ميزانية الأطفال) تلقائيًا.',
        source: SRC.svbKgb,
      },
      {
        text: 'اطلبها بنفسك عبر Mijn toeslagen إذا: كنت تحصل على الـ kinderbijslag (علاوة الأطفال) لأول مرة ولا تحصل على toeslag أخرى، أو لم تصلك رسالة ولكنك تظن أن لك حقًا، أو توقفت من قبل.',
        source: SRC.svbKgb,
      },
    ],
    documents: [],
    deadlines: [
      {
        text: 'الـ kindgebonden budget تبدأ في اليوم الأول من الشهر الذي يلي ولادة طفلك أو مجيئه للسكن معك.',
        source: SRC.bdAanvragen,
      },
      toeslagDeadline,
    ],
    duration: [
      {
        text: 'تحصل على قرار خلال 8 أسابيع. تصلك رسالة فقط إذا كنت ستحصل على الـ kindgebonden budget.',
        source: SRC.svbKgb,
      },
    ],
    help: toeslagHelp,
  },
  kinderopvangtoeslag: {
    apply: [
      ...toeslagApply,
      {
        text: 'هل لديك toeslagpartner؟ عندها يحتاج كل واحد منكما إلى DigiD خاص به.',
        source: SRC.kotChecklist,
      },
    ],
    documents: [
      {
        text: 'فقط رعاية الأطفال المسجلة في السجل الوطني لرعاية الأطفال (LRK) تُحسب. تحتاج رقم الـ LRK للعنوان الذي يُعتنى فيه بطفلك.',
        source: SRC.bdLrk,
      },
      {
        text: 'العقد مع مكان رعاية الأطفال يجب أن يذكر: اسم الطفل وتاريخ ميلاده وعنوانه، والسعر للساعة، وعدد الساعات في السنة، وتاريخ البداية والنهاية، ونوع رعاية الأطفال.',
        source: SRC.bdLrk,
      },
    ],
    deadlines: [
      {
        text: 'قدّم الطلب خلال 3 أشهر بعد أن يبدأ طفلك في رعاية الأطفال. إذا تأخرت، تخسر مالًا.',
        source: SRC.bdKot,
      },
      {
        text: 'الـ kinderopvangtoeslag (إعانة رعاية الأطفال) تبدأ في اليوم الذي يذهب فيه طفلك لأول مرة إلى رعاية الأطفال.',
        source: SRC.bdAanvragen,
      },
    ],
    duration: toeslagDuration,
    help: toeslagHelp,
  },
};

export const ar: Content = {
  lang: 'ar',
  dir: 'rtl',
  name: 'العربية',
  speechLang: 'ar',
  apiLang: 'ar',
  // Latin digits, as on every Dutch letter and bank statement the person will compare with.
  locale: 'ar-u-nu-latn',

  common: {
    appName: 'Steunwijzer',
    tagline: 'اعرف هل يمكنك الحصول على مال',
    skipLink: 'انتقل مباشرة إلى المحتوى',
    languageSwitch: 'اللغة',
    back: 'رجوع',
    next: 'التالي',
    startAgain: 'ابدأ من جديد',
    privacyLink: 'الخصوصية: ما نحفظه وما لا نحفظه',
    loading: 'يرجى الانتظار…',
    loadError: 'لم يمكن تحميل هذه الصفحة. تحقق من اتصالك بالإنترنت وحاول مرة أخرى.',
    retry: 'حاول مرة أخرى',
    yes: 'نعم',
    no: 'لا',
    readAloud: 'اقرأ بصوت عالٍ',
    stopReading: 'أوقف القراءة',
    noVoice: 'القراءة بصوت عالٍ غير متاحة هنا: هذا المتصفح ليس فيه صوت عربي.',
    readInDutch: 'اقرأ بالهولندية (Nederlands)',
    dutchAuthoritative: 'هذه ترجمة. النص الهولندي هو النص الرسمي.',
    footer: 'Steunwijzer فحص حكومي. النتيجة تقدير، وليست قرارًا.',
    pageTitle: (page) => `${page} - Steunwijzer`,
    errorPageTitle: (page) => `خطأ: ${page} - Steunwijzer`,
  },

  start: {
    title: 'اعرف هل يمكنك الحصول على مال',
    lead: 'كثير من الناس لهم حق في مال من الحكومة ولكنهم لا يحصلون عليه. هذا الفحص يبيّن بسرعة ما يمكنك الحصول عليه، وكيف تقدّم الطلب.',
    checks: 'ننظر إلى:',
    regulations: [
      'الـ bijstand (مساعدة اجتماعية للمعيشة) والـ AIO (مال للمعيشة بعد سن التقاعد)',
      'الـ bijzondere bijstand (مساعدة خاصة للتكاليف الإضافية)',
      'الـ zorgtoeslag (إعانة التأمين الصحي) والـ huurtoeslag (إعانة الإيجار)',
      'الـ kindgebonden budget (ميزانية الأطفال) والـ kinderopvangtoeslag (إعانة رعاية الأطفال)',
    ],
    safetyTitle: 'آمن وبدون اسم',
    safety: [
      'لا تعطي اسمك ولا رقم الـ BSN ولا الـ DigiD.',
      'عندما تنظر إلى النتيجة، تذهب إجاباتك إلى خادمنا. هو يحسب النتيجة، ويحسبها من جديد إذا غيّرت إجابة. الخادم لا يحفظ إجاباتك. هو فقط يضيف إلى أعداد مجهولة، بدون أي شيء يمكن أن يعرّف بك.',
      'لا تظهر أي مبالغ في شريط العنوان.',
    ],
    beforeTitle: 'من المفيد أن يكون معك',
    before: [
      'ما تحصل عليه كل شهر: كشف الراتب أو كشف الإعانة أو كشف المعاش',
      'دخلك في السنة: الكشف السنوي (jaaropgaaf) أو إقرار ضريبة الدخل',
      'إذا كنت مستأجرًا: عقد الإيجار أو آخر زيادة في الإيجار (الإيجار بدون تكاليف الخدمات)',
      'ما في حساباتك البنكية وحسابات التوفير',
    ],
    beforeNote: 'لست متأكدًا من شيء؟ اختر "لا أعرف" أو اكتب تقديرًا.',
    duration: 'يستغرق حوالي 3 دقائق. تجيب فقط عن الأسئلة المهمة لك.',
    indication: 'النتيجة تقدير، وليست قرارًا. فقط الجهة التي تقدّم لها الطلب تقرر.',
    startButton: 'ابدأ الفحص',
  },

  flow: {
    progress: (step, total) => `السؤال ${step} من حوالي ${total}`,
    dontKnowButton: 'لا أعرف',
    dontKnowChosen: 'إجابتك السابقة: لا أعرف.',
    moneyPrefix: '€',
    period: { month: 'في الشهر', year: 'في السنة', stock: 'المجموع' },
    moneyExample: 'مثال: 1401.50',
    childrenCount: 'عدد الأطفال',
    childAge: (n) => `عمر الطفل ${n}`,
    childcareCount: 'عدد الأطفال في رعاية الأطفال',
    childcareChild: (n) => `رعاية الأطفال ${n}`,
    childcareType: 'نوع رعاية الأطفال',
    childcareTypes: {
      dagopvang: 'حضانة نهارية (kinderdagverblijf)',
      bso: 'رعاية بعد المدرسة (bso)',
      gastouder: 'مربية في بيتها (gastouder)',
    },
    childcareWhich: 'لأي طفل؟',
    childcareChildOption: (n, age) => (age === undefined ? `الطفل ${n}` : `الطفل ${n} (${age} سنة)`),
    childcareUnit: 'كيف تكتب رعاية الأطفال؟',
    childcareUnits: { days: 'بالأيام في الأسبوع', hours: 'بالساعات في الأسبوع' },
    childcareDays: 'أيام في الأسبوع',
    childcarePerDay: 'ساعات في اليوم',
    childcareWeekHours: 'ساعات في الأسبوع',
    childcareHalfHours: 'بساعات كاملة أو نصف ساعات، مثلًا 10.5.',
    childcareRate: 'السعر للساعة',
    workingApplicant: 'هل تعمل، أو تتبع دراسة أو برنامجًا؟',
    workingPartner: 'هل يعمل شريكك، أو يتبع دراسة أو برنامجًا؟',
    yearsSuffix: 'سنة',
  },

  questions: {
    age: { label: 'كم عمرك؟', hint: 'اكتب عمرك بالسنوات.' },
    partner: {
      label: 'هل لديك شريك؟',
      hint: 'هل أنت متزوج أو في شراكة مسجلة؟ أو هل تسكنان معًا كزوجين؟ عندها لديك شريك.',
      help: {
        title: 'من هو الـ toeslagpartner (الشريك في الإعانات)؟',
        body: [
          'في الـ toeslagen (الإعانات الحكومية) يُسمى شريكك الـ toeslagpartner.',
          'هو زوجك أو زوجتك، أو شريكك المسجل، أو شخص تسكن معه في نفس العنوان. مثلًا عندما يكون لكما طفل معًا، أو تشتريان بيتًا معًا، أو لديكما عقد معاشرة.',
          `لست متأكدًا؟ Mijn toeslagen يبيّن من هو الـ toeslagpartner الخاص بك. يمكنك أيضًا أن تسأل BelastingTelefoon: ${BELASTINGTELEFOON} (مجانًا).`,
        ],
      },
    },
    partnerAge: { label: 'كم عمر شريكك؟', hint: 'اكتب العمر بالسنوات.' },
    children: {
      label: 'كم طفلًا يسكن معك؟',
      hint: 'احسب الأطفال الذين يسكنون في بيتك. لا يوجد أطفال؟ اكتب 0.',
    },
    livesInNetherlands: { label: 'هل تسكن في هولندا؟' },
    residence: {
      label: 'ما هي جنسيتك؟',
      hint: 'بعض الأنظمة هي فقط للناس الذين يسكنون هنا بشكل قانوني. لا نحفظ إجابتك.',
      options: {
        dutch: 'هولندية',
        eu: 'من دولة أخرى في الاتحاد الأوروبي، أو المنطقة الاقتصادية الأوروبية، أو سويسرا',
        permit: 'جنسية أخرى، مع تصريح إقامة',
        none: 'جنسية أخرى، بدون تصريح إقامة',
      },
    },
    housing: {
      label: 'أين تسكن؟',
      options: {
        rent: 'أستأجر بيتًا أو غرفة',
        own: 'أملك بيتي',
        lodging: 'أسكن في بيت شخص آخر، بدون عقد إيجار باسمي',
        homeless: 'ليس لدي مكان سكن ثابت',
        institution: 'أسكن في مؤسسة، مثلًا دار رعاية',
      },
    },
    coResidents27Plus: {
      label: 'كم شخصًا آخر عمره 27 سنة أو أكثر يسكن معك؟',
      hint: 'لا تحسب نفسك ولا شريكك. لا أحد؟ اكتب 0.',
      help: {
        title: 'من هو الـ kostendeler (الشخص الذي يتقاسم معك التكاليف)؟',
        body: [
          'الـ kostendeler هو شخص عمره 27 سنة أو أكثر يسكن معك. يمكنكم أن تتقاسموا تكاليف البيت. مثلًا ابن بالغ، أو أحد الوالدين، أو صديق.',
          'لا تحسب: شخصًا يستأجر منك، أو تستأجر منه، بسعر عادي وليس من العائلة. ولا طالبًا يحصل على منحة دراسية.',
          'إذا كان يسكن معك kostendeler، تكون الـ bijstand أقل، لأنكم تتقاسمون التكاليف.',
        ],
      },
    },
    netIncomeMonthly: {
      label: 'كم من المال يدخل كل شهر؟',
      hint: 'صافي في الشهر: ما يصل إلى حسابك البنكي. هل لديك شريك؟ اكتب المبلغ لك ولشريكك معًا. الأمر يتعلق بالراتب والإعانات والمعاش والـ AOW. لا تحسب الـ toeslagen ولا الـ kinderbijslag (علاوة الأطفال). نحسب الـ bijstand بهذا المبلغ.',
      help: {
        title: 'أين أجد هذا المبلغ؟',
        body: [
          'انظر إلى كشف راتبك أو إلى الرسالة عن إعانتك أو معاشك. ابحث عن المبلغ "netto" (الصافي).',
          'أو انظر في تطبيق البنك إلى ما دخل في الشهر الماضي من العمل أو الإعانات أو المعاش.',
          'يختلف كل شهر؟ اكتب متوسطًا.',
        ],
      },
    },
    assets: {
      label: 'كم لديك من مدخرات وممتلكات أخرى؟',
      hint: 'هل لديك شريك؟ احسب أيضًا ما يملكه شريكك. لا تحسب بيتك. اطرح ديونك.',
      help: {
        title: 'ما هي الـ vermogen (الثروة)؟',
        body: [
          'الـ vermogen هي كل ما تملكه، ناقص ما عليك من ديون. مثلًا المال في حسابك الجاري وحساب التوفير، أو الاستثمارات، أو سيارة غالية.',
          'أين أجدها؟ تطبيق البنك يبيّن رصيد كل حساباتك. اجمعها.',
          `ديون أكثر من الممتلكات؟ اكتب رقمًا سالبًا، مثلًا ${ltr('-500')}.`,
        ],
      },
    },
    grossIncomeYearly: {
      label: 'كم تكسب في هذه السنة قبل الضريبة؟',
      hint: 'إجمالي في السنة: قبل الضريبة، للسنة كلها. هل لديك شريك؟ اكتب المبلغ لك ولشريكك معًا. التقدير يكفي. هذا يُسمى الـ toetsingsinkomen. نحسب الـ toeslagen بهذا المبلغ.',
      receive: { label: 'كم تحصل في هذه السنة قبل الضريبة؟' },
      help: {
        title: 'ما هو الـ toetsingsinkomen (الدخل السنوي الإجمالي الذي تُحسب عليه الإعانة)؟',
        body: [
          'الـ toetsingsinkomen هو دخلك في السنة قبل الضريبة: الراتب والإعانات والمعاش والـ AOW والربح.',
          'أين أجده؟ في الكشف السنوي (jaaropgaaf) للسنة الماضية تجد "fiscaal loon". أو انظر في Mijn toeslagen. هل يتغير دخلك هذه السنة؟ خذ المبلغ الإجمالي في كشف راتبك واضربه في 12، وأضف بدل العطلة.',
          'قدّر أعلى قليلًا بدلًا من أقل. عندها يكون احتمال أن ترد الـ toeslag لاحقًا أقل.',
        ],
      },
    },
    studentFinance: {
      label: 'هل تذهب إلى المدرسة أو تدرس، مع منحة دراسية (studiefinanciering)؟',
      hint: 'اختر "نعم" أيضًا إذا كان يمكنك الحصول على منحة دراسية لدراستك. مثلًا في الـ mbo أو الـ hbo أو الجامعة.',
    },
    selfEmployed: { label: 'هل تعمل لحسابك الخاص (zzp أو عمل خاص)؟' },
    partnerSelfEmployed: { label: 'هل يعمل شريكك لحسابه الخاص (zzp أو عمل خاص)؟' },
    parentsCannotSupport: {
      label: 'هل صحيح أن أهلك لا يستطيعون أن يعيلوك؟',
      hint: 'مثلًا لأنك جئت من رعاية الشباب، أو لأنه لا يوجد تواصل، أو لأن أهلك ليس لديهم مال كافٍ.',
      options: {
        true: 'نعم، أهلي لا يستطيعون أن يعيلوني',
        false: 'لا، أهلي يستطيعون أن يعيلوني',
      },
    },
    homeEquity: {
      label: 'كم قيمة بيتك، ناقص الرهن العقاري؟',
      help: {
        title: 'أين أجد ذلك؟',
        body: [
          'قيمة بيتك مكتوبة في قرار الـ WOZ (WOZ-beschikking) الذي تحصل عليه من البلدية كل سنة.',
          'كم بقي من الرهن العقاري مكتوب في الكشف السنوي من بنكك.',
          `اكتب الفرق. هل الرهن أعلى من القيمة؟ اكتب رقمًا سالبًا، مثلًا ${ltr('-10000')}.`,
        ],
      },
    },
    rent: {
      label: 'كم kale huur (الإيجار الأساسي بدون تكاليف الخدمات) تدفع في الشهر؟',
      help: {
        title: 'ما هي الـ kale huur؟',
        body: [
          'الـ kale huur هي الإيجار بدون تكاليف الخدمات، وبدون الغاز والماء والكهرباء.',
          'أين أجدها؟ في عقد الإيجار، أو في الرسالة عن زيادة الإيجار التي تصلك كل سنة. مكتوب فيها "kale huur" أو "netto huur".',
        ],
      },
    },
    selfContainedHome: {
      label: 'هل لبيتك باب خارجي ومطبخ ومرحاض خاص به؟',
      hint: 'أي لا تتقاسمها مع سكان آخرين. هذا يُسمى بيتًا مستقلًا.',
    },
    healthInsuranceNL: {
      label: 'هل لديك تأمين صحي هولندي؟',
      hint: 'التأمين الأساسي (basisverzekering) الذي يجب أن يكون لكل شخص في هولندا.',
    },
    working: {
      label: 'العمل والدراسة',
      hint: 'البرنامج هو مثلًا الاندماج (inburgering) أو برنامج العودة إلى العمل.',
    },
    childcare: {
      label: 'كم من أطفالك يذهب إلى رعاية الأطفال؟',
      hint: 'فقط رعاية الأطفال المسجلة في السجل الوطني: حضانة نهارية، أو رعاية بعد المدرسة (bso)، أو مربية في بيتها. لا توجد رعاية أطفال؟ اكتب 0.',
      help: {
        title: 'أين أجد الساعات والسعر؟',
        body: [
          'عدد الساعات والسعر للساعة مكتوبان في عقدك مع مكان رعاية الأطفال، أو في الفاتورة.',
          'اكتب رعاية الأطفال في الأسبوع، بالأيام أو بالساعات. نحن نحوّل ذلك إلى ساعات في الشهر (في الأسبوع × 52 ÷ 12). الإعانة تحسب على الأكثر 230 ساعة في الشهر لكل طفل.',
        ],
      },
    },
    receivesKinderbijslag: {
      label:
        'هل تحصل أنت (أو شريكك) على الـ kinderbijslag (علاوة الأطفال) لأطفالك الذين عمرهم أقل من 18 سنة؟',
      hint: 'الـ SVB تدفع الـ kinderbijslag لأحد الوالدين. فقط هذا الوالد يحصل على الـ kindgebonden budget. في الرعاية المشتركة يحصل عليها أحيانًا الوالد الآخر. تراه في Mijn SVB.',
    },
    specialCosts: {
      label: 'هل لديك تكاليف إضافية لا تستطيع دفعها؟',
      hint: 'تكاليف ضرورية، مثل التكاليف الطبية، أو غسالة أو سرير جديد، أو مساعدة محامٍ.',
    },
  },

  errors: {
    summaryTitle: 'هناك مشكلة',
    required: 'اختر إجابة.',
    childcareType: 'اختر نوع رعاية الأطفال.',
    childcareChild: 'اختر لأي طفل هذه الرعاية.',
    childcareChildTwice: 'اخترت هذا الطفل من قبل. اختر طفلًا مختلفًا لكل رعاية.',
    childcareUnit: 'اختر هل تكتب أيامًا في الأسبوع أم ساعات في الأسبوع.',
    halfHours: (min, max) => `اكتب عدد ساعات من ${min} إلى ${max}، بساعات كاملة أو نصف ساعات، مثل 10.5.`,
    wholeNumber: (min, max) => `اكتب عددًا صحيحًا من ${min} إلى ${max}.`,
    money: 'اكتب مبلغًا باليورو، مثل 1250 أو 1,250.50.',
    moneyNegative: 'اكتب مبلغًا 0 أو أكثر، مثل 1250 أو 1,250.50.',
    moneyTooHigh: 'هذا المبلغ مرتفع جدًا. اكتب المبلغ باليورو، مثل 1250 أو 1,250.50.',
    age: (min, max) => `اكتب عمرًا بالسنوات، من ${min} إلى ${max}.`,
    screenFailed: 'لم نستطع الحصول على النتيجة. يرجى المحاولة مرة أخرى.',
    offline: 'ليس لديك اتصال بالإنترنت. حاول مرة أخرى عندما يعود الاتصال.',
  },

  check: {
    title: 'هل إجاباتك صحيحة؟',
    intro: 'تحقق أن كل شيء صحيح. ما زال يمكنك تغيير أي إجابة.',
    change: (question) => `تغيير: ${question}`,
    submit: 'اعرض النتيجة',
    dontKnowAnswer: 'لا أعرف',
    none: 'لا شيء',
    childrenAnswer: (ages) =>
      ages.length === 0 ? 'لا يوجد أطفال' : `${ages.length}: ${ages.map((age) => `${age} سنة`).join('، ')}`,
    childcareAnswer: (entries) =>
      entries.length === 0
        ? 'لا توجد رعاية أطفال'
        : entries.map((entry) => `الطفل ${entry.child}: ${entry.hoursPerMonth} ساعة في الشهر`).join('؛ '),
  },

  results: {
    title: 'نتيجتك',
    loadingTitle: 'نحسب نتيجتك…',
    errorTitle: 'حدث خطأ ما',
    intro: 'هذا تقدير، وليس قرارًا.',
    todoTitle: 'ما يمكنك فعله الآن',
    summaryNone: 'مع إجاباتك لم نجد نظامًا لك حق فيه على الأرجح.',
    staleNotice:
      'ليست كل المبالغ لهذا التاريخ معروفة بعد. حيث لا تكون معروفة، استعملنا مبالغ السنة الماضية مع هامش للزيادة العادية، لذلك بعض المبالغ هي مجال.',
    earlierYear: {
      title: (year) => `الـ toeslagen (الإعانات الحكومية) لسنة ${year}`,
      intro: (year, deadline) =>
        `ما زال يمكنك طلب الـ toeslagen لسنة ${year}، حتى ${deadline}. ليس الـ bijstand: هي تبدأ فقط من اليوم الذي تسجّل فيه.`,
      button: (year) => `احسب سنة ${year} أيضًا`,
      note: (year) =>
        `استعملنا إجاباتك عن الوضع الآن. إذا كان دخلك أو وضعك في ${year} مختلفًا، تكون النتيجة مختلفة أيضًا. أعطِ Dienst Toeslagen دخلك لسنة ${year}.`,
    },
    workMore: {
      title: 'ماذا لو صرت أكسب أكثر؟',
      intro: 'انظر ماذا يحدث لمالك كل شهر إذا ارتفع دخلك الصافي. نحسب ذلك هنا على هاتفك. لا يُرسل إلينا شيء.',
      button: 'احسب',
      caption: (raise) => `إذا حصلت على ${raise} أكثر في الشهر`,
      regulation: 'البرنامج',
      now: 'الآن في الشهر',
      after: 'بعد ذلك في الشهر',
      kept: (kept, raise) => `من الـ ${raise} الإضافية يبقى لك تقريبًا ${kept}.`,
      nothingChanges: 'برامجك تبقى كما هي.',
      grossNote:
        'في الـ toeslagen (الإعانات الحكومية) يُحسب دخلك الإجمالي. نضيف الزيادة 12 مرة. بسبب الضريبة يرتفع دخلك الإجمالي أكثر، لذلك قد تنخفض الإعانات أكثر قليلًا.',
      noGross: 'لم تُدخل دخلًا سنويًا. لذلك لم نحسب الـ toeslagen من جديد.',
      bijstandNote:
        'في الـ bijstand (مساعدة اجتماعية للمعيشة) يُخصم كل يورو إضافي تحصل عليه. إذا جاء المال من العمل، يمكن للبلدية ألا تحسب جزءًا منه لمدة من الزمن. اسأل البلدية.',
    },
    regulations: {
      'algemene-bijstand': 'Bijstand (مساعدة اجتماعية للمعيشة)',
      aio: 'AIO (تكملة لمعاش الدولة AOW)',
      'bijzondere-bijstand': 'Bijzondere bijstand (مساعدة للتكاليف الإضافية)',
      zorgtoeslag: 'Zorgtoeslag (إعانة التأمين الصحي)',
      huurtoeslag: 'Huurtoeslag (إعانة الإيجار)',
      'kindgebonden-budget': 'Kindgebonden budget (ميزانية الأطفال)',
      kinderopvangtoeslag: 'Kinderopvangtoeslag (إعانة رعاية الأطفال)',
    },
    verdicts: {
      likely: { label: 'على الأرجح نعم', text: 'على الأرجح لك حق في هذا. قدّم الطلب.' },
      possibly: {
        label: 'ربما',
        text: 'ربما لك حق في هذا. الأمر يتعلق بأشياء لا نستطيع فحصها. قدّم الطلب مع ذلك.',
      },
      unlikely: { label: 'على الأرجح لا', text: 'مع إجاباتك على الأرجح ليس لك حق في هذا.' },
      unknown: { label: 'لا نعرف', text: 'لدينا إجابات قليلة جدًا لنقول شيئًا.' },
    },
    monthly: (amount) => `حوالي ${amount} في الشهر`,
    atMost: (amount) => `على الأكثر ${amount} في الشهر`,
    yearly: (amount) => `هذا ${amount} في السنة.`,
    range: (min, max) => `بين ${min} و${max} في الشهر.`,
    noAmount: 'كم تحصل يتعلق بتكاليفك. البلدية تقرر.',
    why: 'لماذا نظن هذا؟',
    law: 'القانون أو القاعدة',
    alsoReported: 'ذكر ذلك أيضًا:',
    threshold: 'كم أنت بعيد عن الحد؟',
    missing: 'لا نعرف هذا بعد:',
    perYear: (amount, upTo) => (upTo ? `حتى ${amount} في السنة` : `${amount} في السنة`),
    todo: {
      'algemene-bijstand': { text: 'اقرأ كيف تطلب الـ bijstand', link: true },
      aio: { text: 'قم بفحص الـ AIO من الـ SVB', link: true },
      'bijzondere-bijstand': { text: 'اتصل ببلديتك. اطلب الـ bijzondere bijstand.', link: false },
      zorgtoeslag: { text: 'قدّم الطلب عبر Mijn toeslagen', link: true },
      huurtoeslag: { text: 'قدّم الطلب عبر Mijn toeslagen', link: true },
      'kindgebonden-budget': {
        text: 'غالبًا تلقائيًا. لم تصلك رسالة؟ قدّم الطلب عبر Mijn toeslagen',
        link: true,
      },
      kinderopvangtoeslag: { text: 'قدّم الطلب خلال 3 أشهر عبر Mijn toeslagen', link: true },
    },
    newTab: '(في نافذة جديدة)',
    alreadyTitle: 'أنت تحصل على هذا: تحقق هل المبلغ صحيح',
    alreadyIntro: 'هل تحصل على أقل مما يقوله هذا الفحص؟ عندها تحقق أن كل شيء صحيح.',
    alreadyExpected: (amount) => `هذا الفحص يقول حوالي ${amount} في الشهر.`,
    check: {
      toeslagen: {
        text: "انظر في Mijn toeslagen تحت 'Mijn beschikkingen'. هل هناك خطأ؟ أبلغ عنه.",
        source: SRC.bdVoorschot,
      },
      svb: {
        text: 'انظر في رسالة الـ SVB كم AIO تحصل. هل هو خطأ؟ تواصل مع الـ SVB.',
        source: SRC.roAio,
      },
      gemeente: {
        text: 'انظر في رسالة (beschikking) بلديتك كم تحصل. هل هو خطأ؟ اتصل ببلديتك.',
      },
    },
    more: (regulation) => `المزيد عن ${regulation}`,
    applyAt: {
      gemeente: 'قدّم الطلب في بلديتك',
      svb: 'قدّم الطلب في الـ SVB',
      toeslagen: 'قدّم الطلب في Dienst Toeslagen',
    },
    applyHeading: 'كيف تقدّم الطلب',
    documentsHeading: 'ما تحتاجه',
    deadlinesHeading: 'من متى، وحتى متى',
    durationHeading: 'كم يستغرق ذلك؟',
    helpHeading: 'مساعدة في تقديم الطلب',
    sourceLabel: 'المصدر',
    repaymentTitle: 'هل سأضطر لرد المال لاحقًا؟',
    repayment: [
      {
        text: 'الـ toeslag دفعة مسبقة. Dienst Toeslagen يحسبها أولًا بتقدير لدخلك.',
        source: SRC.bdTerugbetalen,
      },
      {
        text: 'هل تكسب أكثر مما توقعت؟ عندها ترد جزءًا لاحقًا. هذا يمكن أن يحدث أيضًا عندما يتغير دخل الـ toeslagpartner أو من يسكن معك.',
        source: SRC.bdTerugbetalen,
      },
      {
        text: 'لتقليل الخطر: قدّر دخلك أعلى قليلًا بدلًا من أقل.',
        source: SRC.ikwoonleefzorgTerug,
      },
      {
        text: 'لا تريد أي خطر؟ يمكنك أيضًا طلب الـ toeslag (إعانة حكومية) لاحقًا، عندما يُعرف دخلك عن السنة كلها. هذا ممكن حتى 31 ديسمبر من السنة التالية. عندها تحصل على المال لاحقًا، دفعة واحدة.',
        source: SRC.awirArt15,
      },
      {
        text: 'هل يتغير شيء، مثل دخلك أو من يسكن معك؟ أبلغ عنه خلال 4 أسابيع في Mijn toeslagen.',
        source: SRC.bdWijzigingen,
      },
      {
        text: 'افحص كل رسالة (voorschotbeschikking) جيدًا. هل هناك خطأ؟ أبلغ عنه.',
        source: SRC.bdVoorschot,
      },
      {
        text: 'هل حصلت على أقل من اللازم؟ عندها تحصل على الباقي لاحقًا. المبلغ الصغير بعد الحساب النهائي لا يجب رده.',
        source: SRC.awirArt26a,
      },
      {
        text: 'يجب أن ترد المال ولا تستطيع دفعه كله مرة واحدة؟ اطلب خطة دفع بالتقسيط.',
        source: SRC.bdBetalingsregeling,
      },
    ],
    otherResults: 'على الأرجح ليس لك حق',
    receivingQuestion: 'هل تحصل على هذا من قبل؟',
    reasonQuestion: 'لماذا لم تقدّم الطلب (بعد)؟',
    reasonOptional: 'لست مضطرًا للإجابة. إجابتك تساعد الحكومة على تحسين القواعد.',
    nonUseReasons: {
      'did-not-know': 'لم أكن أعرف أنه موجود',
      'thought-not-entitled': 'ظننت أنه ليس لي حق',
      'fear-of-repayment': 'أخاف أن أضطر لرد المال',
      'too-complicated': 'تقديم الطلب صعب جدًا',
      shame: 'أشعر بالخجل من تقديم الطلب',
      'not-worth-it': 'لا يستحق الجهد',
      'applied-refused': 'قدّمت الطلب، ولكن لم أحصل عليه',
      other: 'سبب آخر',
    },
    receivingFailed: 'لم يمكن حساب إجابتك الآن. يرجى اختيارها مرة أخرى لاحقًا.',
    receivingSaved: 'شكرًا. حُسبت إجابتك، بدون بياناتك.',
    yourAnswers: 'إجاباتك (أيضًا في النسخة المطبوعة)',
    print: 'اطبع أو احفظ كملف PDF',
    printHint: 'تريد ملف PDF؟ اضغط الزر، ثم اختر في نافذة الطباعة "حفظ كملف PDF" في "الطابعة" أو "الوجهة".',
    printNote: 'خذ هذه النتيجة معك عندما تطلب المساعدة في تقديم الطلب.',
    freeHelpTitle: 'مساعدة مجانية',
    freeHelp: [
      {
        text: 'في المكتبة يساعدك Informatiepunt Digitale Overheid مجانًا في مواقع الحكومة والطلبات.',
        source: SRC.kbIdo,
      },
      {
        text: `أسئلة عن الـ toeslagen؟ اتصل مجانًا بـ BelastingTelefoon: ${BELASTINGTELEFOON}.`,
        source: SRC.belastingTelefoon,
      },
      {
        text: 'اتصل بالرقم العام لبلديتك. اطلب الفريق الاجتماعي (sociaal team) أو مكتب الـ Wmo.',
        source: SRC.wmoLoket,
      },
      {
        text: 'دخل منخفض ومدخرات قليلة؟ في Juridisch Loket يساعدك محامون مجانًا في مكاتبهم.',
        source: SRC.juridischLoket,
      },
      { text: 'مشاكل مالية؟ geldfit.nl يبيّن المساعدة القريبة منك.', source: SRC.geldfit },
      {
        text: 'يمكنك أيضًا الاتصال مجانًا وبدون اسم بالرقم 0800-8115 إذا كانت لديك مشاكل مالية.',
        source: SRC.ndGeldfit,
      },
    ],
    checkedOn: (date) => `حُسب لتاريخ ${date}.`,
    disclaimer:
      'هذا تقدير، وليس قرارًا. البلدية أو الـ SVB أو Dienst Toeslagen تقرر عندما تقدّم الطلب. لا يمكنك أن تستمد حقوقًا من هذه النتيجة.',
  },

  nextSteps: nextSteps as Content['nextSteps'],

  device: {
    title: 'تريد أن تكمل لاحقًا؟',
    explain: [
      'يمكنك حفظ إجاباتك على هذا الجهاز. عندها يمكنك أن تكمل لاحقًا، بدون حساب.',
      'كل من يستعمل هذا الجهاز وهذا المتصفح يمكنه أن يراها. لذلك لا تفعل هذا على حاسوب تتقاسمه مع آخرين، مثلًا في المكتبة.',
      'لا يذهب شيء إلى خادم لحفظها. الإجابات موجودة فقط في هذا المتصفح.',
      'تُحفظ لمدة 30 يومًا. بعد ذلك يمسحها Steunwijzer. يمكنك أيضًا أن تحذفها بنفسك قبل ذلك.',
    ],
    save: 'احفظ على هذا الجهاز',
    replaces: 'توجد على هذا الجهاز إجابات محفوظة من قبل. الحفظ يستبدلها.',
    saved: (date, until) =>
      `إجاباتك محفوظة على هذا الجهاز (${date}). كل ما تغيّره يُحفظ أيضًا. تُحفظ حتى ${until}، أو حتى تحذفها.`,
    remove: 'احذف الإجابات المحفوظة',
    removed: 'حُذفت الإجابات المحفوظة من هذا الجهاز.',
    failed: 'لم ينجح الحفظ. ربما لا يسمح متصفحك بذلك، مثلًا في نافذة خاصة.',
    footerSummary: 'تريد أن تكمل لاحقًا؟ احفظ إجاباتك على هذا الجهاز',
    resumeTitle: 'أكمل من حيث توقفت',
    resumeText: (date, until) => `على هذا الجهاز إجابات حفظتها في ${date}. تُحفظ حتى ${until}، أو حتى تحذفها.`,
    resume: 'أكمل من حيث توقفت',
  },

  privacy: {
    title: 'الخصوصية: ما نحفظه وما لا نحفظه',
    intro: [
      'Steunwijzer بدون اسم. لا تعطي اسمًا ولا رقم BSN ولا DigiD.',
      'لا توجد على هذا الموقع ملفات تعريف ارتباط (cookies) ولا إعلانات ولا برامج من شركات أخرى. كل ما فيه يأتي من خادمنا.',
    ],
    browserTitle: 'على هاتفك أو حاسوبك',
    browser: [
      'تُحفظ إجاباتك في نافذة المتصفح هذه (sessionStorage). عندما تغلق النافذة أو تضغط "ابدأ من جديد"، تختفي.',
      'شريط العنوان يبيّن فقط أي سؤال تراه، ولا يبيّن أي مبلغ أبدًا.',
    ],
    deviceTitle: 'إذا اخترت "احفظ على هذا الجهاز"',
    device: [
      'فقط إذا اخترت ذلك بنفسك، نحفظ إجاباتك أيضًا في المتصفح على هذا الجهاز (localStorage). بدون هذا الاختيار لا يضع Steunwijzer شيئًا هناك.',
      'كل من يستعمل هذا الجهاز وهذا المتصفح يمكنه عندها أن يراها.',
      'لا يذهب شيء إلى خادمنا لهذا. فقط عندما تنظر إلى النتيجة تذهب الإجابات إلى الخادم، كالعادة.',
      'كل ما تغيّره بعد ذلك يُحفظ أيضًا. بعد 30 يومًا يمسح Steunwijzer الإجابات، في المرة التالية التي تفتح فيها الموقع.',
      'يمكنك دائمًا أن تحذفها بنفسك: بالزر "احذف الإجابات المحفوظة" في صفحة البداية، أو مع إجاباتك، أو مع النتيجة. مسح بيانات المتصفح يحذفها أيضًا.',
    ],
    serverTitle: 'عندما تنظر إلى النتيجة',
    server: [
      'تُرسل إجاباتك عندها إلى خادمنا. هو يحسب النتيجة ويرسلها إليك. الخادم لا يحفظ إجاباتك ولا يكتبها.',
      'عنوان الـ IP الخاص بك لا يُحفظ.',
      'متصفحك يرسل رقم زيارة عشوائيًا. هكذا نحسب زيارتك مرة واحدة فقط، حتى إذا غيّرت إجابة. الخادم لا يحفظ هذا الرقم نفسه، بل نسخة لا يمكن التعرف عليها فقط، ويحذفها خلال 7 أيام.',
    ],
    countedTitle: 'ما يحسبه الخادم',
    counted: [
      'فقط عدّادات، لكل شهر ولكل نظام: كم مرة كانت النتيجة "على الأرجح نعم" أو "ربما" أو "على الأرجح لا" أو "لا نعرف".',
      'هل قال الناس إنهم يحصلون على النظام من قبل: نعم، أو لا، أو لا إجابة. ولماذا لا، إذا أردت أن تقول.',
      'كيف تم الفحص: وحدك (هذا الموقع) أو بمساعدة في مكتب.',
      'مجموعات واسعة: فئة عمرية (مثل 27 حتى 66) ونوع الأسرة (مثل شخص وحيد مع أطفال).',
      'البلدية، فقط عندما تُرسل. هذا الموقع لا يسأل عن بلديتك ولا يرسلها.',
    ],
    notCountedTitle: 'ما لا يُحفظ أبدًا',
    notCounted: [
      'إجاباتك نفسها، مثل دخلك أو إيجارك أو عمرك.',
      'اسمك أو عنوانك أو رقم الـ BSN أو عنوان الـ IP أو أي شيء آخر يمكن أن يعرّف بك.',
    ],
    example:
      'الوزارة ترى مثلًا: "نوفمبر 2026، huurtoeslag، وحده، على الأرجح نعم، لا يحصل عليها بعد: 120 مرة". المجموعة التي فيها أقل من 10 أشخاص لا تُعرض أبدًا.',
    back: 'رجوع',
  },
  municipality: {
    title: 'في أي بلدية (gemeente) تسكن؟',
    hint: 'عندها ترى مع النتيجة أين تقدّم الطلب في بلديتك وأين تحصل على مساعدة مجانية. هذا السؤال ليس إجباريًا. جوابك لا يغيّر النتيجة.',
    listHint: 'اكتب اسم بلديتك واخترها من القائمة.',
    skip: 'تخطَّ السؤال',
    notFound: 'اختر بلدية من القائمة، أو تخطَّ السؤال',
    summaryLabel: 'بلديتك',
    skipped: 'لم يُملأ',
  },
  localRoute: {
    title: (gemeente) => `الطلب والمساعدة المجانية في ${gemeente}`,
    nationalNote: (gemeente) =>
      `ليست لدينا بعد معلومات خاصة ببلدية ${gemeente}. في الأسفل الطريق الذي يصلح في كل مكان.`,
    topicNational: 'ليست لدينا بعد معلومات خاصة ببلديتك لهذا. هذا يصلح في كل مكان:',
    topics: {
      bijstand: 'طلب الـ bijstand (مساعدة اجتماعية للمعيشة)',
      bijzondereBijstand: 'طلب الـ bijzondere bijstand (مساعدة خاصة للتكاليف الإضافية)',
      clientondersteuning: 'شخص يساعدك مجانًا: الـ cliëntondersteuning (دعم المراجِع)',
      schuldhulp: 'المساعدة في الديون',
      formHelp: 'المساعدة في الاستمارات',
    },
    what: {
      applyAtGemeente: () => 'تقدّم هذا الطلب في البلدية التي تسكن فيها.',
      applyOnline: () => 'تقدّم الطلب عبر الإنترنت بالـ DigiD (الدخول الرقمي إلى المواقع الحكومية).',
      applyPortal: () =>
        'تقدّم الطلب في بوابة Werk en Inkomen الإلكترونية للبلدية، بالـ DigiD (الدخول الرقمي إلى المواقع الحكومية).',
      applyAtLocation: () =>
        'ليس عندك DigiD أو حاسوب؟ عندها تقدّم الطلب في أحد مكاتب Werk en Inkomen. هناك يساعدك الموظفون.',
      callBack: ({ phone }) =>
        `يمكنك أيضًا الاتصال بالرقم ${ltr(`${phone}`)}. عندها تتصل بك البلدية لتحديد موعد.`,
      postForm: ({ address }) => `تنزّل استمارة الطلب، وتملؤها، وترسلها مع المستندات بالبريد إلى: ${address}.`,
      handInForm: () =>
        'تريد إثباتًا أنك سلّمت الاستمارة؟ عندها خذها إلى شبّاك الخدمة في أحد مكاتب Werk en Inkomen.',
      schemePage: () => 'في صفحة البلدية تقرأ ما تحتاجه وكيف تقدّم الطلب.',
      localRules: () => 'قواعد البلدية للـ bijzondere bijstand (مساعدة خاصة للتكاليف الإضافية).',
      lowIncomeSchemes: () =>
        'برامج البلدية للناس ذوي الدخل المنخفض (Pak je kans). الـ bijzondere bijstand (مساعدة خاصة للتكاليف الإضافية) منها.',
      lowIncomeSchemesPhone: ({ phone }) => `عندك أسئلة عن هذه البرامج؟ اتصل بالرقم ${ltr(`${phone}`)}.`,
      clientondersteuningFree: () =>
        'يجب على البلدية أن تضمن أنك تستطيع الحصول مجانًا على cliëntondersteuner (مستشار مستقل يساعدك). اسأل عنه في بلديتك.',
      clientondersteuningWhat: () =>
        'الـ cliëntondersteuner (مستشار يساعدك) يساعدك في طلبك والاستمارات، ويمكنه أن يرافقك إلى المقابلات مع البلدية.',
      geldfit: () => 'في geldfit.nl تجد مساعدة مجانية قريبة منك عندما تكون عندك مشاكل مالية.',
      geldfitPhone: ({ phone }) => `يمكنك أيضًا الاتصال مجانًا ومن دون ذكر اسمك بالرقم ${ltr(`${phone}`)}.`,
      callOrVisit: ({ phone }) =>
        `اتصل بالرقم ${ltr(`${phone}`)} أو زُر أحد مكاتب Vraagwijzer (نقطة الاستعلام) في البلدية. معًا ترتّبون الفواتير.`,
      neighbourhoodDesk: () =>
        'في الأحياء توجد مكاتب Helpdesk Geldzaken (مكتب المساعدة في الشؤون المالية) التابعة للبلدية. هناك تطلب المساعدة من دون موعد.',
      buurtteam: () =>
        'تتوجّه إلى الـ buurtteam (فريق مساعدة الحي) في حيّك. يمكنك أيضًا أن تتصل بالبلدية بنفسك.',
      library: () =>
        'في المكتبة يساعدك الـ Informatiepunt Digitale Overheid (نقطة مجانية للمساعدة في المعاملات الحكومية) مجانًا في مواقع الحكومة واستماراتها.',
      authorise: () => 'تريد أن يقدّم شخص آخر الطلب عنك؟ هذا ممكن باستمارة التفويض من البلدية.',
    },
    open: 'إلى الصفحة',
    source: 'المصدر',
    reported: 'أبلغ عنه',
    checked: (date) => `تم التحقق في ${date}`,
    bringSomeone: [
      {
        text: 'يمكنك أن تصطحب معك شخصًا إلى البلدية، أو أن تدع شخصًا يرتّب الأمر عنك.',
        source: SRC.awbArt21,
      },
      {
        text: 'الـ cliëntondersteuner (مستشار يساعدك) ونقطة الـ Informatiepunt في المكتبة وGeldfit يساعدونك مجانًا.',
        source: SRC.wmoArt232,
      },
    ],
  },
  obligations: {
    title: 'ما تطلبه منك الـ bijstand (مساعدة اجتماعية للمعيشة)',
    work: {
      text: 'تبحث عن عمل تستطيع القيام به، وتقبله وتحافظ عليه. وتسجّل نفسك باحثًا عن عمل لدى الـ UWV (هيئة العمل والتأمينات).',
      source: SRC.pwArt9,
    },
    tegenprestatie: {
      text: 'يمكن للبلدية أن تطلب منك عملًا مفيدًا بلا أجر، إلى جانب العمل العادي: الـ tegenprestatie (عمل مقابل المساعدة).',
      source: SRC.pwArt9,
    },
    inlichtingen: {
      text: 'تخبر البلدية فورًا بكل ما قد يهمّ مساعدتك، حتى لو لم تسألك عنه. مثلًا دخل آخر، أو من يسكن معك.',
      source: SRC.pwArt17,
    },
    singleParentUnder5: {
      text: 'هل تعتني وحدك بطفل عمره أقل من 5 سنوات؟ عندها يمكنك أن تطلب من البلدية إعفاءك من واجب البحث عن عمل. ومع هذا الإعفاء لا يلزمك أيضًا الـ tegenprestatie (عمل مقابل المساعدة).',
      source: SRC.pwArt9a,
    },
    under27: [
      {
        text: 'عمرك أقل من 27 سنة؟ عندها تبحث أولًا بنفسك 4 أسابيع عن عمل أو دراسة. بعد ذلك فقط تقدّم الطلب.',
        source: SRC.pwArt41,
      },
      {
        text: 'ليست كل بلدية تطلب هذه الأسابيع الـ 4. أوتريخت مثلًا تنظر في الطلب فورًا. اسأل بلديتك، خصوصًا إذا لم يكن عندك سقف فوق رأسك أو مال للطعام.',
        source: SRC.utrechtNoSearchPeriod,
      },
    ],
  },
  refused: {
    title: (regulation) => `لم تحصل على ${regulation} من قبل؟ هذا ما يمكنك فعله`,
    facts: [
      {
        text: 'هل تغيّر وضعك، أو عرفت شيئًا جديدًا؟ عندها يمكنك أن تقدّم الطلب من جديد. قل ما الذي تغيّر.',
        source: SRC.awbArt46,
      },
      {
        text: 'لا توافق على القرار؟ عندها قدّم bezwaar (اعتراض) خلال 6 أسابيع من تاريخ الرسالة.',
        source: SRC.awbArt67,
      },
      {
        text: 'المساعدة في الـ bezwaar (الاعتراض) مجانية لدى الـ Juridisch Loket (مكتب الاستشارة القانونية المجاني)، إذا كان دخلك منخفضًا ومدخراتك قليلة.',
        source: SRC.juridischLoket,
      },
    ],
  },
};
