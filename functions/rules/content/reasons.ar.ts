import type { reasonsNl } from './reasons.nl';
import type { Format, ReasonValues, ThresholdWords } from './types';

type V = ReasonValues;
type F = Format;

/**
 * Reason texts in Arabic (Modern Standard Arabic, simple sentences). Legal names stay Dutch with a
 * short gloss in brackets, as in docs/glossary/ar.md. Euro amounts come from f.euro, which wraps
 * them in Unicode isolates (U+2066…U+2069) so they read left to right inside the Arabic text.
 */
export const reasonsAr: Record<keyof typeof reasonsNl, (v: V, f: F) => string> = {
  'under-18': () => 'عمرك أقل من 18 سنة. لذلك لا يمكنك الحصول على bijstand (مساعدة اجتماعية للمعيشة) بعد.',
  'no-lawful-residence': () =>
    'بدون تصريح إقامة ساري المفعول لا يمكنك الحصول على bijstand. اطلب المساعدة من مستشار اجتماعي أو من Juridisch Loket (مكتب الاستشارة القانونية المجاني).',
  'lives-abroad': () => 'أنت لا تسكن في هولندا. الـ bijstand هي فقط للناس الذين يسكنون في هولندا.',
  'income-not-below-norm': (v, f) =>
    `دخلك (${f.euro(v.income)} في الشهر) ليس أقل من معيار الـ bijstand لوضعك (${f.euro(v.norm)} في الشهر).`,
  'income-below-norm': (v, f) =>
    `دخلك (${f.euro(v.income)} في الشهر) أقل من معيار الـ bijstand لوضعك (${f.euro(v.norm)} في الشهر، مع بدل العطلة). الـ bijstand تكمل الفرق.`,
  'aow-age-see-aio': () =>
    'لقد بلغت سن الـ AOW (معاش الدولة للتقاعد). لذلك لا تحصل على bijstand عامة من البلدية، ولكن ربما تحصل على AIO (تكملة دخل لمن بلغ سن التقاعد) من الـ SVB.',
  'partner-aow-age-see-aio': () =>
    'شريكك بلغ سن الـ AOW. لذلك تطلبان معًا AIO من الـ SVB، وليس bijstand من البلدية.',
  'aow-age-uncertain': () =>
    'عمرك قريب جدًا من سن الـ AOW. هل تذهب إلى البلدية أم إلى الـ SVB؟ هذا يتعلق بتاريخ ميلادك.',
  'student-finance-under-27': () =>
    'عمرك أقل من 27 سنة ويمكنك الحصول على منحة دراسية (studiefinanciering). لذلك ليس لديك حق في الـ bijstand.',
  'self-employed-bbz': () =>
    'أنت تعمل لحسابك الخاص. للبلدية نظام خاص لأصحاب الأعمال (Bbz). البلدية تنظر هل يمكن لعملك أن يستمر.',
  'partner-self-employed-bbz': () =>
    'شريكك يعمل لحسابه الخاص. لزوجين لديهما عمل خاص، تنظر البلدية إلى الدخل من هذا العمل وإلى النظام الخاص لأصحاب الأعمال (Bbz).',
  'homeless-briefadres': () =>
    'ليس لديك مكان سكن ثابت. يمكنك مع ذلك الحصول على bijstand، مع عنوان بريدي (briefadres). ولكن يجوز للبلدية أن تستعمل معيارًا أقل إذا لم تكن لديك تكاليف سكن.',
  'institution-norm': () => 'أنت تسكن في مؤسسة (inrichting). هناك معايير أخرى أقل. البلدية تنظر إلى وضعك.',
  'kostendelersnorm-applied': (v) =>
    `يسكن معك ${v.kostendelers} من البالغين الآخرين عمرهم 27 سنة أو أكثر. أنتم تتقاسمون التكاليف. لذلك معيارك أقل (kostendelersnorm).`,
  'income-not-counted': (v, f) =>
    `الـ toeslagen (الإعانات الحكومية) والـ kinderbijslag (علاوة الأطفال) والهدايا حتى ${f.euro(v.gifts)} في السنة لا تُحسب كدخل.`,
  'earnings-exemption': (v, f) =>
    `هل تبدأ العمل (أكثر) وأنت تحصل على bijstand؟ عندها يمكنك أن تحتفظ بجزء: 25% مما تكسبه، حتى ${f.euro(v.max)} في الشهر، لمدة نصف سنة. هذا ليس في المبلغ أعلاه.`,
  'under-27-rules': () =>
    'عمرك أقل من 27 سنة. لذلك بعد تسجيلك يجب أن تبحث أولًا بنفسك عن عمل أو دراسة لمدة 4 أسابيع قبل أن تقدم الطلب.',
  'assets-above-limit': (v, f) =>
    `مدخراتك وممتلكاتك (${f.euro(v.assets)}) أعلى من الحد ${f.euro(v.limit)}. أولًا تستعمل هذا المال.`,
  'assets-within-limit': (v, f) =>
    `مدخراتك وممتلكاتك (${f.euro(v.assets)}) ليست أعلى من الحد ${f.euro(v.limit)}.`,
  'home-equity-above-exemption': (v, f) =>
    `في بيتك أكثر من ${f.euro(v.exemption)} من مالك الخاص (overwaarde). غالبًا يمكنك مع ذلك الحصول على bijstand، ولكن كقرض وبيتك ضمان له.`,
  'below-aow-age': (v) =>
    `الـ AIO هي للناس الذين بلغوا سن الـ AOW (${v.years} سنة${Number(v.months) ? ` و${v.months} أشهر` : ''}) أو لشركائهم. انظر إلى الـ bijstand العامة.`,
  'aio-split-between-partners': () => 'عند الزوجين يحصل كل شريك على نصف تكملة الـ AIO.',
  'aow-counts-as-income': (v, f) =>
    `الـ AOW الخاص بك يُحسب كدخل. من معاش تقاعدي صغير لا يُحسب ${f.euro(v.disregard)} في الشهر. الـ huurtoeslag (إعانة الإيجار) والـ zorgtoeslag (إعانة التأمين الصحي) لا تُحسبان.`,
  'aio-apply-now': () =>
    'اطلب الـ AIO الآن. لا تحصل على الـ AIO بأثر رجعي: فقط من اليوم الذي تتواصل فيه مع الـ SVB.',
  'no-special-costs': () =>
    'ليست لديك تكاليف إضافية لا تستطيع دفعها. الـ bijzondere bijstand (مساعدة خاصة للتكاليف الإضافية) هي فقط لمثل هذه التكاليف.',
  'income-well-above-norm': (v, f) =>
    `دخلك (${f.euro(v.income)} في الشهر) أعلى من ${v.factor}% من معيار الـ bijstand (${f.euro(v.limit)}). كثير من البلديات ترى أنك تستطيع عندها دفع التكاليف بنفسك، إلا إذا كانت عالية جدًا.`,
  'income-low-for-special-costs': (v, f) =>
    `دخلك (${f.euro(v.income)} في الشهر) ليس أعلى بكثير من معيار الـ bijstand (${f.euro(v.norm)}). عندها تساعد البلدية غالبًا في التكاليف الإضافية الضرورية.`,
  'municipal-policy-decides': () =>
    'لكل بلدية قواعدها الخاصة للـ bijzondere bijstand. بلديتك تقرر هل تحصل عليها وكم.',
  'special-costs-threshold': (v, f) =>
    `هل التكاليف معًا أقل من ${f.euro(v.threshold)} في 12 شهرًا؟ عندها يجوز للبلدية أن تقول لا.`,
  'youth-supplement-capped': (v, f) =>
    `الزيادة للشباب الذين لا يستطيع أهلهم المساهمة ليست أعلى مما يحصل عليه شخص عمره 21 سنة في نفس الوضع${Number(v.kostendelers) ? ` (مع ${v.kostendelers} من السكان معك عمرهم 27 سنة أو أكثر هذا هو الـ kostendelersnorm)` : ''}: ${f.euro(v.cap)} في الشهر.`,
  'youth-parents-unanswered': (v, f) =>
    `عمرك 18 أو 19 أو 20 سنة. معيار الشباب ${f.euro(v.norm)} في الشهر مؤكد. هل لا يستطيع أهلك أن يعيلوك؟ عندها ترفع البلدية المعيار، حتى ${f.euro(v.max)} في الشهر. هذا يتعلق بأهلك؛ ونحن لا نعرف ذلك بعد.`,
  'institution-one-spouse': (v, f) =>
    `هل يسكن واحد منكما فقط في المؤسسة؟ عندها تجمع البلدية المعايير التي كانت لكل واحد منكما كشخص أعزب: حتى ${f.euro(v.max)} في الشهر بدلًا من ${f.euro(v.norm)}.`,
  'institution-under-21': () =>
    'عمرك 18 أو 19 أو 20 سنة وتسكن في مؤسسة (inrichting). لذلك لا تحصل على bijstand عامة. ولكن الـ bijzondere bijstand ممكنة.',
  'student-finance-27-plus': () =>
    'عمرك 27 سنة أو أكثر ويمكنك الحصول على منحة دراسية (studiefinanciering). البلدية ترى المنحة الدراسية غالبًا كالنظام الذي يأتي أولًا. لذلك غالبًا لا تحصل على bijstand. البلدية تقرر.',
  'eu-citizen-residence-right': () =>
    'أنت من دولة أخرى في الاتحاد الأوروبي. في الأشهر الـ 3 الأولى، أو إذا كنت هنا تبحث عن عمل فقط، لا تحصل على bijstand. بعد ذلك غالبًا نعم، ولكن الـ bijstand قد تؤثر على حق إقامتك. اسأل عن ذلك البلدية أو Juridisch Loket.',
  'abroad-weeks-limit': (v) =>
    `هل أنت في الخارج هذه السنة أكثر من ${v.weeks} أسابيع (أو أكثر من ${v.weeks} أسابيع متتالية)؟ عندها ليس لديك حق في الـ bijstand عن هذه المدة.`,
  'abroad-over-limit': (v) =>
    `أنت هذه السنة ${v.abroad} أسابيع في الخارج. هذا أكثر من ${v.weeks} أسابيع. عن هذه المدة ليس لديك حق في الـ bijstand.`,
  'aio-disregards-may-apply': (v, f) =>
    `دخلك (${f.euro(v.income)} في الشهر) أعلى قليلًا من المعيار (${f.euro(v.norm)}). جزء من معاش تقاعدي صغير ومما تكسبه من العمل لا يُحسب، معًا حتى ${f.euro(v.disregard)} في الشهر. ربما تكون عندها تحت المعيار.`,
  'aio-earnings-disregard': (v, f) =>
    `هل تعمل وقد بلغت سن الـ AOW؟ عندها لا يُحسب ${v.pct}% مما تكسبه من العمل، حتى ${f.euro(v.max)} في الشهر.`,
  'income-unknown-assumed': (v, f) =>
    `لم تكن تعرف دخلك. معيار الـ bijstand لوضعك هو ${f.euro(v.norm)} في الشهر، مع بدل العطلة. الـ bijstand هي المعيار ناقص دخلك؛ المبلغ أعلاه صحيح إذا لم يكن لديك دخل.`,
  'holiday-pay-margin': (v, f) =>
    `دخلك قريب من المعيار. المعيار يحسب بدل العطلة، ولكن راتبك الصافي الشهري غالبًا لا يحسبه (غالبًا ${v.pct}% إضافية، عندك حوالي ${f.euro(v.margin)} في الشهر). مع بدل العطلة قد يكون دخلك أعلى من اللازم. البلدية تحسب ذلك.`,
  'income-above-norm-draagkracht': (v, f) =>
    `دخلك (${f.euro(v.income)} في الشهر) أعلى من معيار الـ bijstand (${f.euro(v.norm)}). هذا ليس سببًا للرفض: البلدية تطلب عندها أن تدفع بنفسك جزءًا من الفرق (${f.euro(v.excess)} في الشهر) من التكاليف (draagkracht، القدرة على الدفع).`,
  'assets-far-above-limit': (v, f) =>
    `مدخراتك وممتلكاتك (${f.euro(v.assets)}) أعلى بكثير من الحد ${f.euro(v.limit)} (أكثر من ${f.euro(v.cutoff)}). عندها تستطيع غالبًا دفع التكاليف الإضافية بنفسك.`,
  'assets-draagkracht': (v, f) =>
    `مدخراتك وممتلكاتك (${f.euro(v.assets)}) أعلى من الحد ${f.euro(v.limit)}. هذا ليس سببًا للرفض: البلدية تطلب عندها أن تدفع جزءًا بنفسك (draagkracht، القدرة على الدفع).`,
  'assets-unknown-assumed': (v, f) =>
    `لم تكن تعرف ثروتك (vermogen). لا يجوز أن تكون أعلى من ${f.euro(v.limit)}؛ المبلغ أعلاه صحيح إذا كانت أقل.`,
  'no-lawful-residence-toeslag': () =>
    'للحصول على الـ toeslagen (الإعانات الحكومية) يجب أن تكون لديك الجنسية الهولندية أو تصريح إقامة ساري المفعول.',
  'assets-above-toeslag-limit': (v, f) =>
    `ثروتك (${f.euro(v.assets)}) أعلى من الحد ${f.euro(v.limit)} لهذه الـ toeslag.`,
  'assets-within-toeslag-limit': (v, f) =>
    `ثروتك (${f.euro(v.assets)}) ليست أعلى من الحد ${f.euro(v.limit)}.`,
  'toeslag-repayment-risk': () =>
    'تحصل على الـ toeslag كدفعة مسبقة. إذا كسبت أكثر مما ذكرت، يجب أن ترد المال لاحقًا. لذلك اذكر دخلك بأدق ما يمكن، وأبلغ عن التغييرات خلال 4 أسابيع في Mijn toeslagen.',
  'under-18-toeslag': () => 'عمرك أقل من 18 سنة. هذه الـ toeslag هي للناس من عمر 18 سنة.',
  'no-dutch-health-insurance': () =>
    'الـ zorgtoeslag هي فقط للناس الذين لديهم تأمين صحي هولندي (basisverzekering، التأمين الأساسي).',
  'income-above-toeslag-limit': (v, f) =>
    `دخلك (${f.euro(v.income)} في السنة) مرتفع جدًا. تحت حوالي ${f.euro(v.limit)} في السنة كنت ستحصل على هذه الـ toeslag.`,
  'zorgtoeslag-calculated': (v, f) =>
    `مع دخل ${f.euro(v.income)} في السنة تكون الـ zorgtoeslag الخاصة بك ${f.euro(v.yearly)} في السنة. تحصل عليها كل شهر.`,
  'self-employed-income-estimate': () =>
    'كصاحب عمل غالبًا تعرف دخلك فقط بعد انتهاء السنة. قدّره أعلى قليلًا بدلًا من أقل.',
  'not-renting': () => 'الـ huurtoeslag هي فقط للناس الذين يستأجرون بيتًا بعقد إيجار خاص بهم.',
  'not-self-contained': () =>
    'الـ huurtoeslag غالبًا فقط لبيت مستقل (باب خارجي ومطبخ ومرحاض خاص بك). هناك استثناءات؛ اسأل BelastingTelefoon.',
  'rent-below-basishuur': (v, f) =>
    `الـ kale huur الخاصة بك (الإيجار الأساسي بدون تكاليف الخدمات، ${f.euro(v.rent)} في الشهر) منخفضة جدًا. فقط الجزء فوق الإيجار الأساسي (basishuur) ${f.euro(v.basishuur)} يُحسب، وهذا يعطي أقل من \u206624 €\u2069 في السنة.`,
  'huurtoeslag-calculated': (v, f) =>
    `حسبنا مع الـ kale huur الخاصة بك ${f.euro(v.rent)} في الشهر و${v.persons} من السكان.`,
  'huurtoeslag-young-rent-limit': (v, f) =>
    `كل من في بيتك عمره أقل من 21 سنة. عندها يُحسب إيجارك حتى ${f.euro(v.cap)} في الشهر.`,
  'rent-above-max': (v, f) =>
    `إيجارك أعلى من ${f.euro(v.max)}. تحصل مع ذلك على huurtoeslag، ولكن ليس عن الجزء فوق هذا المبلغ.`,
  'co-resident-income-counts': () =>
    'يسكن معك بالغون آخرون. دخلهم (وثروتهم) يُحسب أيضًا للـ huurtoeslag. نحن لا نعرف ذلك، لذلك المبلغ هو على الأكثر ما هو مكتوب هنا.',
  'no-child-under-18': () =>
    'الـ kindgebonden budget (ميزانية الأطفال) هي للأهل الذين لديهم طفل عمره أقل من 18 سنة.',
  'kindgebonden-budget-calculated': (v, f) =>
    `الـ kindgebonden budget الخاصة بك ${f.euro(v.yearly)} في السنة. تحصل عليها كل شهر.`,
  'kgb-usually-automatic': () =>
    'هل تحصل على kinderbijslag وعلى toeslag أخرى؟ عندها تحصل على الـ kindgebonden budget غالبًا تلقائيًا. إذا لم يحدث ذلك، اطلبها بنفسك.',
  'huurtoeslag-not-main-residence': () =>
    'أنت لا تسكن في هولندا. الـ huurtoeslag هي فقط لبيت مستأجر في هولندا تسكن فيه أنت أساسًا ومسجل فيه.',
  'under-18-huurtoeslag': () =>
    'عمرك أقل من 18 سنة. الـ huurtoeslag للبالغين. القاصر الذي لديه طفل يُحسب كبالغ، وكذلك القاصر الذي توفي والداه كلاهما.',
  'minor-with-child-counts-as-adult': () =>
    'عمرك أقل من 18 سنة، ولكن لديك طفل. للـ toeslagen تُحسب عندها كبالغ.',
  'huurtoeslag-calculated-rent-assumed': (v, f) =>
    `أنت لا تعرف إيجارك. أعلى مبلغ يكون مع kale huur ${f.euro(v.max)} في الشهر أو أكثر؛ مع إيجار أقل تحصل على أقل. حسبنا مع ${v.persons} من السكان.`,
  'adult-child-income-counts': (v) =>
    `يسكن معك طفل عمره ${v.age} سنة أو أكثر. دخل هذا الطفل يُحسب كله للـ huurtoeslag. نحن لا نعرف ذلك، لذلك المبلغ هو على الأكثر ما هو مكتوب هنا.`,
  'young-adult-child-income-counts': (v, f) =>
    `يسكن معك طفل عمره من 18 حتى ${v.age} سنة. إذا كسب أكثر من ${f.euro(v.exemption)} في السنة، يُحسب الجزء الزائد للـ huurtoeslag. عندها يكون المبلغ أقل مما هو مكتوب هنا.`,
  'co-residents-unknown-huurtoeslag': () =>
    'أنت لا تعرف كم بالغًا يسكن معك. افترضنا أنه لا أحد. إذا كان يسكن معك آخرون، يُحسب دخلهم ويكون المبلغ أقل.',
  'assets-unknown-toeslag': (v, f) =>
    `أنت لا تعرف ثروتك. افترضنا أنها ليست أعلى من الحد ${f.euro(v.limit)}. إذا كانت أعلى، لا تحصل على هذه الـ toeslag.`,
  'zorgtoeslag-calculated-income-assumed': (v, f) =>
    `أنت لا تعرف دخلك. مع دخل منخفض تكون الـ zorgtoeslag الخاصة بك ${f.euro(v.yearly)} في السنة؛ كلما ارتفع دخلك، حصلت على أقل.`,
  'kindgebonden-budget-calculated-income-assumed': (v, f) =>
    `أنت لا تعرف دخلك. مع دخل منخفض تكون الـ kindgebonden budget الخاصة بك ${f.euro(v.yearly)} في السنة؛ فوق ${f.euro(v.drempel)} في السنة تصبح أقل.`,
  'kgb-kinderbijslag-decides': () =>
    'فقط الوالد الذي يحصل على الـ kinderbijslag يحصل على الـ kindgebonden budget. إذا كان الوالد الآخر يحصل على الـ kinderbijslag (مثلًا في الرعاية المشتركة)، فلن تحصل عليها أنت.',
  'kgb-no-kinderbijslag': () =>
    'أنت والـ toeslagpartner الخاص بك (الشريك في الإعانات) لا تحصلان على kinderbijslag لهؤلاء الأطفال. الـ kindgebonden budget يحصل عليها فقط الوالد الذي يحصل على الـ kinderbijslag.',
  'kgb-kinderbijslag-unknown': () =>
    'أنت لا تعرف من يحصل على الـ kinderbijslag. هذا هو الذي يقرر: فقط الوالد الذي يحصل على الـ kinderbijslag يحصل على الـ kindgebonden budget. تراه في Mijn SVB.',
  'kgb-lives-abroad': () =>
    'أنت لا تسكن في هولندا. عندها تحصل على الـ kinderbijslag، وبالتالي على الـ kindgebonden budget، فقط إذا كنت مؤمَّنًا للـ kinderbijslag، غالبًا لأنك (أو شريكك) تعمل في هولندا. إذا كنت تسكن في دولة أخرى في الاتحاد الأوروبي، فالقواعد الأوروبية تحدد أي دولة تدفع أولًا؛ أحيانًا تحصل فقط على تكملة. الـ SVB تقرر بشأن الـ kinderbijslag.',
  'zorgtoeslag-minor-not-insured': () =>
    'عمرك أقل من 18 سنة. الـ zorgtoeslag هي للمؤمَّنين من الشهر الذي يلي بلوغهم 18 سنة؛ حتى 18 سنة لا تدفع قسط التأمين. هذا صحيح أيضًا إذا كان لديك طفل.',
  'no-childcare': () =>
    'أنت لا تستعمل رعاية الأطفال (kinderopvang). الـ kinderopvangtoeslag (إعانة رعاية الأطفال) هي فقط لرعاية الأطفال.',
  'applicant-not-working': () =>
    'للـ kinderopvangtoeslag يجب أن تعمل أو تدرس أو تتبع برنامجًا (مثلًا الاندماج (inburgering) أو العودة إلى العمل).',
  'partner-not-working': () =>
    'للـ kinderopvangtoeslag يجب أن تعمل أنت وشريكك كلاكما، أو تدرسا، أو تتبعا برنامجًا.',
  'childcare-costs-too-low': () => 'الـ toeslag لرعاية أطفالك ستكون أقل من \u206624 €\u2069 في السنة.',
  'kinderopvangtoeslag-calculated': (v) =>
    `حسبنا مع رعاية ${v.children} من الأطفال، حتى أعلى سعر للساعة و230 ساعة في الشهر.`,
  'kot-first-child-tie': (v, f) =>
    `لطفلين نفس عدد ساعات الرعاية. لذلك ليس مؤكدًا أي طفل يُحسب أولًا. المبلغ ${f.euro(v.low)} أو ${f.euro(v.high)} في الشهر؛ نعرض الأقل.`,
  'kot-hours-capped': (v) => `تحصل على toeslag لـ ${v.max} ساعة على الأكثر لكل طفل في الشهر.`,
  'kot-registered-childcare': () =>
    'يجب أن تكون رعاية الأطفال مسجلة في Landelijk Register Kinderopvang (السجل الوطني لرعاية الأطفال). تحتاج رقم الـ LRK لطلبك.',
  'dont-know-range': (v, f) =>
    `لم تكن تعرف كل شيء (${String(v.fields)
      .split(', ')
      .filter(Boolean)
      .map((path) => f.field(path))
      .join('، ')}). لذلك نعطي مجالًا: ربما لديك حق، وربما لا.`,
  'parameters-stale': (v) =>
    `ليست كل المبالغ الجديدة معروفة بعد لتاريخ ${v.peildatum}. لجزء منها حسبنا بآخر المبالغ المعروفة (حتى ${v.knownUntil})، مع هامش ${v.margin}% في السنة للزيادة السنوية العادية.`,
  'parameters-indexation-margin': (v) =>
    `أنت قريب من حد. هذا الحد ليس معروفًا بعد لتاريخ ${v.peildatum}: استعملنا حد السنة الماضية (حتى ${v.knownUntil}). مع الزيادة السنوية العادية (حتى ${v.margin}%) قد تكون النتيجة مختلفة. لذلك: ربما.`,
};

export const fieldsAr: Record<string, string> = {
  age: 'العمر',
  partner: 'الشريك',
  partnerAge: 'عمر الشريك',
  children: 'الأطفال',
  coResidents27Plus: 'السكان معك بعمر 27 سنة أو أكثر',
  housing: 'وضع السكن',
  rent: 'الـ kale huur (الإيجار الأساسي)',
  selfContainedHome: 'بيت مستقل',
  homeEquity: 'قيمة بيتك ناقص الرهن (overwaarde)',
  netIncomeMonthly: 'الدخل الصافي في الشهر',
  grossIncomeYearly: 'الدخل السنوي الإجمالي (toetsingsinkomen)',
  assets: 'الثروة (vermogen)',
  residence: 'الجنسية أو تصريح الإقامة',
  livesInNetherlands: 'السكن في هولندا',
  healthInsuranceNL: 'التأمين الصحي',
  studentFinance: 'المنحة الدراسية',
  selfEmployed: 'العمل لحسابك الخاص',
  partnerSelfEmployed: 'الشريك يعمل لحسابه الخاص',
  'working.applicant': 'العمل',
  'working.partner': 'عمل الشريك',
  childcare: 'رعاية الأطفال',
  specialCosts: 'التكاليف الإضافية',
  parentsCannotSupport: 'دعم أهلك',
  receivesKinderbijslag: 'الـ kinderbijslag (علاوة الأطفال)',
};

export const applyAr = {
  'algemene-bijstand': 'قدّم الطلب في بلديتك (غالبًا عبر werk.nl)',
  aio: 'قدّم الطلب في الـ SVB',
  'bijzondere-bijstand': 'قدّم الطلب في بلديتك',
  zorgtoeslag: 'قدّم الطلب في Dienst Toeslagen (Mijn toeslagen)',
  huurtoeslag: 'قدّم الطلب في Dienst Toeslagen (Mijn toeslagen)',
  'kindgebonden-budget': 'غالبًا تلقائيًا؛ وإلا قدّم الطلب في Dienst Toeslagen',
  kinderopvangtoeslag: 'قدّم الطلب في Dienst Toeslagen، خلال 3 أشهر من بداية رعاية الأطفال',
};

export const thresholdAr: ThresholdWords = {
  per: { month: ' في الشهر', year: ' في السنة', stock: '' },
  under: (amount, per, limit, field) => `${amount}${per} تحت الحد ${limit} (${field})`,
  over: (amount, per, limit, field) => `${amount}${per} فوق الحد ${limit} (${field})`,
};
