import type { applyNl, reasonsNl } from './reasons.nl';
import type { Format, ReasonValues, ThresholdWords } from './types';

type V = ReasonValues;
type F = Format;

/**
 * Reason texts in Ukrainian, translated from reasons.nl.ts on 2026-12-06. Dutch is the
 * authoritative text; a native speaker should review this. Plain B1 sentences addressing the reader
 * as "ви", Dutch legal names kept with a short gloss (docs/glossary/uk.md), every placeholder as in
 * Dutch; amounts come formatted from f.euro. Every Dutch code must have one (checked by the type).
 */
export const reasonsUk: Record<keyof typeof reasonsNl, (v: V, f: F) => string> = {
  'under-18': () =>
    'Вам менше 18 років. Тоді ви ще не можете отримувати bijstand (соціальну допомогу від муніципалітету).',
  'no-lawful-residence': () =>
    'Без дійсного дозволу на проживання ви не можете отримувати bijstand (соціальну допомогу від муніципалітету). Попросіть допомоги в sociaal raadslid (соціального радника) або в Juridisch Loket (безкоштовній юридичній консультації).',
  'lives-abroad': () =>
    'Ви не живете в Нідерландах. Bijstand (соціальна допомога від муніципалітету) лише для людей, які живуть у Нідерландах.',
  'income-not-below-norm': (v: V, f: F) =>
    `Ваш дохід (${f.euro(v.income)} на місяць) не нижчий за bijstandsnorm (суму допомоги для вашої ситуації: ${f.euro(v.norm)} на місяць).`,
  'income-below-norm': (v: V, f: F) =>
    `Ваш дохід (${f.euro(v.income)} на місяць) нижчий за bijstandsnorm (суму допомоги для вашої ситуації: ${f.euro(v.norm)} на місяць, з відпускними). Bijstand (соціальна допомога від муніципалітету) доплачує різницю.`,
  'aow-age-see-aio': () =>
    'Ви досягли пенсійного віку AOW. Тоді ви не отримуєте algemene bijstand (загальну соціальну допомогу) від муніципалітету, але, можливо, отримаєте AIO (доплату до пенсії AOW) від SVB.',
  'partner-aow-age-see-aio': () =>
    'Ваш партнер досяг пенсійного віку AOW. Тоді ви разом подаєте заяву на AIO (доплату до пенсії AOW) в SVB, а не на bijstand у муніципалітет.',
  'aow-age-uncertain': () =>
    'Ваш вік саме близько пенсійного віку AOW. Чи вам до муніципалітету, чи до SVB, залежить від вашої дати народження.',
  'student-finance-under-27': () =>
    'Вам менше 27 років, і ви можете отримувати studiefinanciering (фінансування навчання). Тоді ви не маєте права на bijstand (соціальну допомогу від муніципалітету).',
  'self-employed-bbz': () =>
    'Ви підприємець (самозайнята особа). Для підприємців муніципалітет має окрему виплату (Bbz). Муніципалітет перевіряє, чи ваша фірма життєздатна.',
  'partner-self-employed-bbz': () =>
    'Ваш партнер — підприємець (самозайнята особа). Для пари з власною фірмою муніципалітет дивиться на дохід від цієї фірми та на окрему виплату для підприємців (Bbz).',
  'homeless-briefadres': () =>
    'У вас немає постійного місця проживання. Ви все одно можете отримувати bijstand (соціальну допомогу від муніципалітету), з briefadres (поштовою адресою). Але муніципалітет може застосувати нижчу суму, якщо у вас немає витрат на житло.',
  'institution-norm': () =>
    'Ви живете в закладі (instelling). Там діють інші, нижчі суми. Муніципалітет дивиться на вашу ситуацію.',
  'kostendelersnorm-applied': (v: V) =>
    `З вами живуть інші дорослі віком 27 років і старше (кількість: ${v.kostendelers}). Тоді ви ділите витрати. Тому ваша сума нижча (kostendelersnorm, сума для тих, хто ділить витрати).`,
  'income-not-counted': (v: V, f: F) =>
    `Toeslagen (доплати), kinderbijslag (допомога на дитину) і подарунки до ${f.euro(v.gifts)} на рік не рахуються як дохід.`,
  'earnings-exemption': (v: V, f: F) =>
    `Ви почнете працювати (більше), коли отримуєте bijstand (соціальну допомогу від муніципалітету)? Тоді частину можна залишити собі: 25% того, що ви заробляєте, до ${f.euro(v.max)} на місяць, протягом пів року. Цього немає в сумі вище.`,
  'under-27-rules': () =>
    'Вам менше 27 років. Тоді після звернення ви спершу 4 тижні самі шукаєте роботу або навчання, а потім подаєте заяву.',
  'assets-above-limit': (v: V, f: F) =>
    `Ваші заощадження і майно (${f.euro(v.assets)}) більші за межу ${f.euro(v.limit)}. Спершу ви використовуєте ці гроші.`,
  'assets-within-limit': (v: V, f: F) =>
    `Ваші заощадження і майно (${f.euro(v.assets)}) не більші за межу ${f.euro(v.limit)}.`,
  'home-equity-above-exemption': (v: V, f: F) =>
    `У вашому житлі більше ніж ${f.euro(v.exemption)} власних грошей (overwaarde, вартість понад іпотеку). Тоді ви часто все одно можете отримати bijstand (соціальну допомогу від муніципалітету), але як позику під заставу вашого житла.`,
  'below-aow-age': (v: V) =>
    `AIO (доплата до пенсії AOW) — для людей пенсійного віку AOW (${v.years} р.${Number(v.months) ? ` і ${v.months} міс.` : ''}) або їхніх партнерів. Подивіться algemene bijstand (загальну соціальну допомогу).`,
  'aio-split-between-partners': () => 'У парі кожен партнер отримує половину AIO (доплати до пенсії AOW).',
  'aow-counts-as-income': (v: V, f: F) =>
    `Ваша AOW (державна пенсія) рахується як дохід. З невеликої додаткової пенсії ${f.euro(v.disregard)} на місяць не рахується. Huurtoeslag і zorgtoeslag (доплати на оренду і на медичне страхування) не рахуються.`,
  'aio-apply-now': () =>
    'Подайте заяву на AIO (доплату до пенсії AOW) зараз. AIO не виплачують заднім числом: лише від дня, коли ви звернулися до SVB.',
  'no-special-costs': () =>
    'У вас немає додаткових витрат, які ви не можете оплатити. Bijzondere bijstand (особлива допомога на додаткові витрати) лише для таких витрат.',
  'income-well-above-norm': (v: V, f: F) =>
    `Ваш дохід (${f.euro(v.income)} на місяць) вищий за ${v.factor}% від bijstandsnorm (суми допомоги: ${f.euro(v.limit)}). Багато муніципалітетів вважають, що тоді ви можете оплатити витрати самі, якщо вони не дуже великі.`,
  'income-low-for-special-costs': (v: V, f: F) =>
    `Ваш дохід (${f.euro(v.income)} на місяць) ненабагато вищий за bijstandsnorm (суму допомоги: ${f.euro(v.norm)}). Тоді муніципалітет часто допомагає з потрібними додатковими витратами.`,
  'municipal-policy-decides': () =>
    'Кожен муніципалітет має свої правила bijzondere bijstand (особливої допомоги на додаткові витрати). Ваш муніципалітет вирішує, чи ви отримаєте допомогу і скільки.',
  'special-costs-threshold': (v: V, f: F) =>
    `Витрати разом менші за ${f.euro(v.threshold)} за 12 місяців? Тоді муніципалітет може відмовити.`,
  'youth-supplement-capped': (v: V, f: F) =>
    `Надбавка для молоді, чиї батьки не можуть допомагати, не більша за те, що отримує людина віком 21 рік у такій самій ситуації${Number(v.kostendelers) ? ` (зі співмешканцями віком 27 років і старше, кількість: ${v.kostendelers}, це kostendelersnorm, сума для тих, хто ділить витрати)` : ''}: ${f.euro(v.cap)} на місяць.`,
  'youth-parents-unanswered': (v: V, f: F) =>
    `Вам 18, 19 або 20 років. Jongerennorm (сума для молоді) ${f.euro(v.norm)} на місяць точна. Ваші батьки не можуть вас утримувати? Тоді муніципалітет підвищує суму, до ${f.euro(v.max)} на місяць. Це залежить від ваших батьків; цього ми ще не знаємо.`,
  'institution-one-spouse': (v: V, f: F) =>
    `У закладі живе лише один із вас? Тоді муніципалітет додає суми, які кожен із вас мав би як самотня людина: до ${f.euro(v.max)} на місяць замість ${f.euro(v.norm)}.`,
  'institution-under-21': () =>
    'Вам 18, 19 або 20 років, і ви живете в закладі (instelling). Тоді ви не отримуєте algemene bijstand (загальну соціальну допомогу). Bijzondere bijstand (особлива допомога на додаткові витрати) можлива.',
  'student-finance-27-plus': () =>
    'Вам 27 років або більше, і ви можете отримувати studiefinanciering (фінансування навчання). Муніципалітет зазвичай вважає, що studiefinanciering має перевагу. Тоді ви часто не отримуєте bijstand (соціальну допомогу від муніципалітету). Вирішує муніципалітет.',
  'eu-citizen-residence-right': () =>
    'Ви з іншої країни ЄС. У перші 3 місяці або якщо ви тут лише шукаєте роботу, ви не отримуєте bijstand (соціальну допомогу від муніципалітету). Потім зазвичай так, але bijstand може вплинути на ваше право на проживання. Запитайте про це в муніципалітеті або в Juridisch Loket (безкоштовній юридичній консультації).',
  'abroad-weeks-limit': (v: V) =>
    `Ви цього календарного року за кордоном довше ніж ${v.weeks} тиж. (або довше ніж ${v.weeks} тиж. поспіль)? Тоді за цей час ви не маєте права на bijstand (соціальну допомогу від муніципалітету).`,
  'abroad-over-limit': (v: V) =>
    `Цього року ви за кордоном ${v.abroad} тиж. Це довше ніж ${v.weeks} тиж. За цей час ви не маєте права на bijstand (соціальну допомогу від муніципалітету).`,
  'aio-disregards-may-apply': (v: V, f: F) =>
    `Ваш дохід (${f.euro(v.income)} на місяць) трохи вищий за суму допомоги (${f.euro(v.norm)}). Частина невеликої додаткової пенсії і частина заробітку з роботи не рахуються, разом до ${f.euro(v.disregard)} на місяць. Можливо, тоді ви все ж нижче цієї суми.`,
  'aio-earnings-disregard': (v: V, f: F) =>
    `Ви працюєте в пенсійному віці AOW? Тоді ${v.pct}% того, що ви заробляєте роботою, не рахується, до ${f.euro(v.max)} на місяць.`,
  'income-unknown-assumed': (v: V, f: F) =>
    `Ви не знаєте свого доходу. Bijstandsnorm (сума допомоги) для вашої ситуації — ${f.euro(v.norm)} на місяць, з відпускними. Bijstand (соціальна допомога від муніципалітету) — це ця сума мінус ваш дохід; сума вище діє, якщо у вас немає доходу.`,
  'holiday-pay-margin': (v: V, f: F) =>
    `Ваш дохід близький до суми допомоги (bijstandsnorm). Ця сума враховує відпускні (vakantiegeld), а ваша чиста зарплата за місяць зазвичай ні (часто на ${v.pct}% більше, у вас приблизно ${f.euro(v.margin)} на місяць). З відпускними ваш дохід може бути завеликим. Муніципалітет це порахує.`,
  'income-above-norm-draagkracht': (v: V, f: F) =>
    `Ваш дохід (${f.euro(v.income)} на місяць) вищий за bijstandsnorm (суму допомоги: ${f.euro(v.norm)}). Це не причина для відмови: муніципалітет тоді просить, щоб ви самі сплатили частину різниці (${f.euro(v.excess)} на місяць) на ці витрати (draagkracht, власний внесок).`,
  'assets-far-above-limit': (v: V, f: F) =>
    `Ваші заощадження і майно (${f.euro(v.assets)}) набагато більші за межу ${f.euro(v.limit)} (більше ніж ${f.euro(v.cutoff)}). Тоді ви зазвичай можете оплатити додаткові витрати самі.`,
  'assets-draagkracht': (v: V, f: F) =>
    `Ваші заощадження і майно (${f.euro(v.assets)}) більші за межу ${f.euro(v.limit)}. Це не причина для відмови: муніципалітет тоді просить, щоб ви частину сплатили самі (draagkracht, власний внесок).`,
  'assets-unknown-assumed': (v: V, f: F) =>
    `Ви не знаєте свого vermogen (майна). Воно не може бути більшим за ${f.euro(v.limit)}; сума вище діє, якщо воно менше.`,
  'no-lawful-residence-toeslag': () =>
    'Для toeslagen (доплат) вам потрібне нідерландське громадянство або дійсний дозвіл на проживання.',
  'assets-above-toeslag-limit': (v: V, f: F) =>
    `Ваш vermogen (майно: ${f.euro(v.assets)}) більший за межу ${f.euro(v.limit)} для цієї доплати.`,
  'assets-within-toeslag-limit': (v: V, f: F) =>
    `Ваш vermogen (майно: ${f.euro(v.assets)}) не більший за межу ${f.euro(v.limit)}.`,
  'toeslag-repayment-risk': () =>
    'Toeslag (доплату) ви отримуєте як аванс. Якщо ви заробляєте більше, ніж указали, пізніше доведеться повернути гроші. Тому вказуйте свій дохід якомога точніше, а про зміни повідомляйте протягом 4 тижнів у Mijn toeslagen.',
  'under-18-toeslag': () => 'Вам менше 18 років. Ця доплата для людей від 18 років.',
  'no-dutch-health-insurance': () =>
    'Zorgtoeslag (доплата на медичне страхування) лише для людей з нідерландським медичним страхуванням (basisverzekering).',
  'income-above-toeslag-limit': (v: V, f: F) =>
    `Ваш дохід (${f.euro(v.income)} на рік) завеликий. З доходом нижче приблизно ${f.euro(v.limit)} на рік ви б отримували цю доплату.`,
  'zorgtoeslag-calculated': (v: V, f: F) =>
    `З доходом ${f.euro(v.income)} на рік ваш zorgtoeslag (доплата на медичне страхування) — ${f.euro(v.yearly)} на рік. Ви отримуєте його щомісяця.`,
  'self-employed-income-estimate': () =>
    'Як підприємець ви часто знаєте свій дохід лише згодом. Краще вкажіть трохи більше, ніж менше.',
  'not-renting': () =>
    'Huurtoeslag (доплата на оренду житла) лише для людей, які орендують житло з власним договором оренди.',
  'not-self-contained': () =>
    'Huurtoeslag (доплата на оренду житла) зазвичай лише для самостійного житла (власні вхідні двері, кухня і туалет). Є винятки; запитайте в BelastingTelefoon.',
  'rent-below-basishuur': (v: V, f: F) =>
    `Ваша kale huur (чиста орендна плата: ${f.euro(v.rent)} на місяць) замала. Рахується лише частина понад basishuur (базову орендну плату) ${f.euro(v.basishuur)}, а це дає менше ніж 24 € на рік.`,
  'huurtoeslag-calculated': (v: V, f: F) =>
    `Ми рахували з вашою kale huur (чистою орендною платою) ${f.euro(v.rent)} на місяць і кількістю мешканців: ${v.persons}.`,
  'huurtoeslag-young-rent-limit': (v: V, f: F) =>
    `Усім у вашому житлі менше 21 року. Тоді ваша орендна плата рахується до ${f.euro(v.cap)} на місяць.`,
  'rent-above-max': (v: V, f: F) =>
    `Ваша орендна плата більша за ${f.euro(v.max)}. Ви все одно отримуєте huurtoeslag (доплату на оренду житла), але не за частину понад цю суму.`,
  'co-resident-income-counts': () =>
    'З вами живуть інші дорослі. Їхній дохід (і їхнє майно) теж рахується для huurtoeslag (доплати на оренду житла). Цього ми не знаємо, тому сума щонайбільше така, як тут.',
  'no-child-under-18': () => 'Kindgebonden budget (доплата на дітей) — для батьків з дитиною до 18 років.',
  'kindgebonden-budget-calculated': (v: V, f: F) =>
    `Ваш kindgebonden budget (доплата на дітей) — ${f.euro(v.yearly)} на рік. Ви отримуєте його щомісяця.`,
  'kgb-usually-automatic': () =>
    'Ви отримуєте kinderbijslag (допомогу на дитину) і вже іншу доплату? Тоді kindgebonden budget (доплата на дітей) зазвичай приходить автоматично. Якщо ні, подайте заяву самі.',
  'huurtoeslag-not-main-residence': () =>
    'Ви не живете в Нідерландах. Huurtoeslag (доплата на оренду житла) лише для орендованого житла в Нідерландах, де ви самі переважно живете і зареєстровані.',
  'under-18-huurtoeslag': () =>
    'Вам менше 18 років. Huurtoeslag (доплата на оренду житла) — для дорослих. Неповнолітній з дитиною все ж рахується як дорослий, а також неповнолітній, у якого обоє батьків померли.',
  'minor-with-child-counts-as-adult': () =>
    'Вам менше 18 років, але у вас є дитина. Для toeslagen (доплат) ви тоді рахуєтеся як доросла особа.',
  'huurtoeslag-calculated-rent-assumed': (v: V, f: F) =>
    `Ви не знаєте своєї орендної плати. Найбільша сума діє при kale huur (чистій орендній платі) ${f.euro(v.max)} на місяць або більше; при меншій оренді ви отримуєте менше. Ми рахували з кількістю мешканців: ${v.persons}.`,
  'adult-child-income-counts': (v: V) =>
    `З вами живе дитина віком від ${v.age} років. Дохід цієї дитини повністю рахується для huurtoeslag (доплати на оренду житла). Цього ми не знаємо, тому сума щонайбільше така, як тут.`,
  'young-adult-child-income-counts': (v: V, f: F) =>
    `З вами живе дитина віком від 18 до ${v.age} років. Якщо вона заробляє більше ніж ${f.euro(v.exemption)} на рік, частина понад цю суму рахується для huurtoeslag (доплати на оренду житла). Тоді сума менша, ніж тут.`,
  'co-residents-unknown-huurtoeslag': () =>
    'Ви не знаєте, скільки дорослих живе з вами. Ми виходили з того, що нікого. Якщо живуть інші, їхній дохід рахується, і сума менша.',
  'assets-unknown-toeslag': (v: V, f: F) =>
    `Ви не знаєте свого vermogen (майна). Ми виходили з того, що воно не більше за межу ${f.euro(v.limit)}. Якщо воно більше, ви не отримаєте цієї доплати.`,
  'zorgtoeslag-calculated-income-assumed': (v: V, f: F) =>
    `Ви не знаєте свого доходу. З низьким доходом ваш zorgtoeslag (доплата на медичне страхування) — ${f.euro(v.yearly)} на рік; що вищий дохід, то менше ви отримуєте.`,
  'kindgebonden-budget-calculated-income-assumed': (v: V, f: F) =>
    `Ви не знаєте свого доходу. З низьким доходом ваш kindgebonden budget (доплата на дітей) — ${f.euro(v.yearly)} на рік; понад ${f.euro(v.drempel)} на рік він менший.`,
  'kgb-kinderbijslag-decides': () =>
    'Kindgebonden budget (доплату на дітей) отримує лише той з батьків, хто отримує kinderbijslag (допомогу на дитину). Якщо kinderbijslag отримує інший з батьків (наприклад, при спільній опіці, co-ouderschap), ви його не отримуєте.',
  'kgb-no-kinderbijslag': () =>
    'Ви і ваш toeslagpartner (партнер для доплат) не отримуєте kinderbijslag (допомогу на дитину) на цих дітей. Kindgebonden budget (доплату на дітей) отримує лише той з батьків, хто отримує kinderbijslag.',
  'kgb-kinderbijslag-unknown': () =>
    'Ви не знаєте, хто отримує kinderbijslag (допомогу на дитину). Це вирішальне: kindgebonden budget (доплату на дітей) отримує лише той з батьків, хто отримує kinderbijslag. Це видно в Mijn SVB.',
  'kgb-lives-abroad': () =>
    'Ви не живете в Нідерландах. Тоді kinderbijslag (допомогу на дитину), а отже й kindgebonden budget (доплату на дітей), ви отримуєте лише тоді, коли ви застраховані для kinderbijslag, зазвичай тому, що ви (або ваш партнер) працюєте в Нідерландах. Якщо ви живете в іншій країні ЄС, європейські правила визначають, яка країна платить першою; іноді ви отримуєте лише доплату. Про kinderbijslag вирішує SVB.',
  'zorgtoeslag-minor-not-insured': () =>
    'Вам менше 18 років. Zorgtoeslag (доплата на медичне страхування) — для застрахованих з місяця після 18-річчя; до 18 років ви не платите внеску. Це діє і тоді, коли у вас є дитина.',
  'no-childcare': () =>
    'Ви не користуєтеся доглядом за дітьми (kinderopvang). Kinderopvangtoeslag (доплата на догляд за дітьми) лише для догляду за дітьми.',
  'applicant-not-working': () =>
    'Для kinderopvangtoeslag (доплати на догляд за дітьми) ви маєте працювати, навчатися або брати участь у програмі (наприклад, inburgering, інтеграційний курс, або re-integratie, повернення до роботи).',
  'partner-not-working': () =>
    'Для kinderopvangtoeslag (доплати на догляд за дітьми) і ви, і ваш партнер маєте обоє працювати, навчатися або брати участь у програмі.',
  'childcare-costs-too-low': () => 'Доплата на ваш догляд за дітьми була б меншою за 24 € на рік.',
  'kinderopvangtoeslag-calculated': (v: V) =>
    `Ми рахували з доглядом для дітей (кількість: ${v.children}), до найбільшої ціни за годину і 230 годин на місяць.`,
  'kot-first-child-tie': (v: V, f: F) =>
    `Двоє дітей мають однакову кількість годин догляду. Тоді не точно відомо, яка дитина рахується першою. Сума — ${f.euro(v.low)} або ${f.euro(v.high)} на місяць; ми показуємо меншу.`,
  'kot-hours-capped': (v: V) => `Доплату ви отримуєте щонайбільше за ${v.max} год. на дитину на місяць.`,
  'kot-registered-childcare': () =>
    'Заклад догляду має бути внесений до Landelijk Register Kinderopvang (державного реєстру закладів догляду за дітьми). Для заяви вам потрібен номер LRK.',
  'dont-know-range': (v: V, f: F) =>
    `Ви не все знали (${String(v.fields)
      .split(', ')
      .filter(Boolean)
      .map((path) => f.field(path))
      .join(', ')}). Тому ми даємо діапазон: можливо, ви маєте право, а можливо, ні.`,
  'parameters-stale': (v: V) =>
    `На ${v.peildatum} ще не всі нові суми відомі. Частково ми рахували з останніми відомими сумами (до ${v.knownUntil} включно), із запасом ${v.margin}% на рік на звичайне щорічне підвищення.`,
  'parameters-indexation-margin': (v: V) =>
    `Ви близько до межі. Ця межа на ${v.peildatum} ще не відома: ми взяли межу минулого року (до ${v.knownUntil} включно). Зі звичайним щорічним підвищенням (до ${v.margin}%) результат може бути іншим. Тому: можливо.`,
};

/** Answer fields, as named in "we do not know: …" and the threshold line. */
export const fieldsUk: Record<string, string> = {
  age: 'вік',
  partner: 'партнер',
  partnerAge: 'вік партнера',
  children: 'діти',
  coResidents27Plus: 'співмешканці віком 27 років і старше',
  housing: 'житлова ситуація',
  rent: 'kale huur (чиста орендна плата)',
  selfContainedHome: 'самостійне житло',
  homeEquity: 'overwaarde (вартість житла понад іпотеку)',
  netIncomeMonthly: 'чистий дохід на місяць',
  grossIncomeYearly: 'річний дохід брутто (toetsingsinkomen)',
  assets: 'vermogen (майно)',
  residence: 'громадянство або дозвіл на проживання',
  livesInNetherlands: 'проживання в Нідерландах',
  healthInsuranceNL: 'медичне страхування',
  studentFinance: 'studiefinanciering (фінансування навчання)',
  selfEmployed: 'самозайнятість',
  partnerSelfEmployed: 'самозайнятість партнера',
  'working.applicant': 'робота',
  'working.partner': 'робота партнера',
  childcare: 'kinderopvang (догляд за дітьми)',
  specialCosts: 'додаткові витрати',
  parentsCannotSupport: 'підтримка від батьків',
  receivesKinderbijslag: 'kinderbijslag (допомога на дитину)',
};

export const applyUk: Record<keyof typeof applyNl, string> = {
  'algemene-bijstand': 'Заява у вашому муніципалітеті (gemeente), часто через werk.nl',
  aio: 'Заява в SVB',
  'bijzondere-bijstand': 'Заява у вашому муніципалітеті (gemeente)',
  zorgtoeslag: 'Заява в Dienst Toeslagen (службі доплат), через Mijn toeslagen',
  huurtoeslag: 'Заява в Dienst Toeslagen (службі доплат), через Mijn toeslagen',
  'kindgebonden-budget': 'Зазвичай автоматично; інакше заява в Dienst Toeslagen',
  kinderopvangtoeslag: 'Заява в Dienst Toeslagen, протягом 3 місяців після початку догляду',
};

export const thresholdUk: ThresholdWords = {
  per: { month: ' на місяць', year: ' на рік', stock: '' },
  under: (amount, per, limit, field) => `${amount}${per} нижче межі ${limit} (${field})`,
  over: (amount, per, limit, field) => `${amount}${per} вище межі ${limit} (${field})`,
};
