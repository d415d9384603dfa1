import type { reasonsNl } from './reasons.nl';
import type { Format, ReasonValues, ThresholdWords } from './types';

type V = ReasonValues;
type F = Format;

/** Reason texts in plain English; every Dutch code must have one (checked by the type). */
export const reasonsEn: Record<keyof typeof reasonsNl, (v: V, f: F) => string> = {
  'under-18': () => 'You are under 18. You cannot get social assistance (bijstand) yet.',
  'no-lawful-residence': () =>
    'Without a valid residence permit you cannot get bijstand. Ask a welfare adviser or the Juridisch Loket for help.',
  'lives-abroad': () => 'You do not live in the Netherlands. Bijstand is only for people who live here.',
  'income-not-below-norm': (v, f) =>
    `Your income (${f.euro(v.income)} a month) is not lower than the bijstand norm for your situation (${f.euro(v.norm)} a month).`,
  'income-below-norm': (v, f) =>
    `Your income (${f.euro(v.income)} a month) is lower than the bijstand norm for your situation (${f.euro(v.norm)} a month, holiday pay included). Bijstand tops up the difference.`,
  'aow-age-see-aio': () =>
    'You have reached the state pension (AOW) age. The municipality does not pay you bijstand then, but the SVB may pay you AIO.',
  'partner-aow-age-see-aio': () =>
    'Your partner has reached the AOW age. Together you apply for AIO at the SVB, not for bijstand at the municipality.',
  'aow-age-uncertain': () =>
    'Your age is right around the AOW age. Whether the municipality or the SVB is the place to go depends on your date of birth.',
  'student-finance-under-27': () =>
    'You are under 27 and can get student finance. Then you are not entitled to bijstand.',
  'self-employed-bbz': () =>
    'You are self-employed. Municipalities have a separate scheme for entrepreneurs (Bbz) and will check whether your business is viable.',
  'partner-self-employed-bbz': () =>
    'Your partner is self-employed. For a couple with a business, the municipality looks at the income from that business and at the separate scheme for entrepreneurs (Bbz).',
  'homeless-briefadres': () =>
    'You have no fixed home. You can still get bijstand, using a postal address (briefadres). The municipality may use a lower norm if you have no housing costs.',
  'institution-norm': () =>
    'You live in an institution. Other, lower norms apply there. The municipality will look at your situation.',
  'kostendelersnorm-applied': (v) =>
    `${v.kostendelers} other adult(s) aged 27 or over live with you. You share costs, so your norm is lower (kostendelersnorm).`,
  'income-not-counted': (v, f) =>
    `Allowances (toeslagen), child benefit and gifts up to ${f.euro(v.gifts)} a year do not count as income.`,
  'earnings-exemption': (v, f) =>
    `If you start (or increase) work while on bijstand, you may keep part of it: 25% of your earnings, up to ${f.euro(v.max)} a month, for six months. That is not included in the amount above.`,
  'under-27-rules': () =>
    'You are under 27. After reporting to the municipality you first look for work or school yourself for 4 weeks before you apply.',
  'assets-above-limit': (v, f) =>
    `Your savings and assets (${f.euro(v.assets)}) are above the limit of ${f.euro(v.limit)}. You use that money first.`,
  'assets-within-limit': (v, f) =>
    `Your savings and assets (${f.euro(v.assets)}) are not above the limit of ${f.euro(v.limit)}.`,
  'home-equity-above-exemption': (v, f) =>
    `Your home holds more than ${f.euro(v.exemption)} of your own money (equity). You can often still get bijstand, but as a loan secured on your home.`,
  'below-aow-age': (v) =>
    `AIO is for people who have reached the AOW age (${v.years} years${Number(v.months) ? ` and ${v.months} months` : ''}) or their partner. See algemene bijstand.`,
  'aio-split-between-partners': () => 'For a couple, each partner receives half of the AIO supplement.',
  'aow-counts-as-income': (v, f) =>
    `Your AOW counts as income. From a small private pension, ${f.euro(v.disregard)} a month does not count. Housing and healthcare allowances do not count.`,
  'aio-apply-now': () =>
    'Apply for AIO now. It is not paid retroactively: only from the day you contact the SVB.',
  'no-special-costs': () =>
    'You have no extra costs that you cannot pay. Special assistance (bijzondere bijstand) is only for such costs.',
  'income-well-above-norm': (v, f) =>
    `Your income (${f.euro(v.income)} a month) is above ${v.factor}% of the bijstand norm (${f.euro(v.limit)}). Many municipalities then expect you to pay the costs yourself, unless they are very high.`,
  'income-low-for-special-costs': (v, f) =>
    `Your income (${f.euro(v.income)} a month) is not much above the bijstand norm (${f.euro(v.norm)}). Municipalities then often help with necessary extra costs.`,
  'municipal-policy-decides': () =>
    'Every municipality has its own rules for bijzondere bijstand. Your municipality decides whether you get it and how much.',
  'special-costs-threshold': (v, f) =>
    `If the costs add up to less than ${f.euro(v.threshold)} in 12 months, the municipality may refuse.`,
  'youth-supplement-capped': (v, f) =>
    `The increase for young people whose parents cannot contribute is no higher than what a 21-year-old in the same situation gets${Number(v.kostendelers) ? ` (with ${v.kostendelers} co-resident(s) aged 27 or over, that is the kostendelersnorm)` : ''}: ${f.euro(v.cap)} a month.`,
  'youth-parents-unanswered': (v, f) =>
    `You are 18, 19 or 20. The youth norm of ${f.euro(v.norm)} a month is certain. If your parents cannot support you, the municipality raises it, up to ${f.euro(v.max)} a month. That depends on your parents, which we do not know yet.`,
  'institution-one-spouse': (v, f) =>
    `Does only one of you live in the institution? Then the municipality adds up the norms each of you would have as a single person: up to ${f.euro(v.max)} a month instead of ${f.euro(v.norm)}.`,
  'institution-under-21': () =>
    'You are 18, 19 or 20 and live in an institution. Then you cannot get algemene bijstand. Bijzondere bijstand is still possible.',
  'student-finance-27-plus': () =>
    'You are 27 or older and can get student finance. Municipalities usually treat student finance as the scheme that comes first, so you often cannot get bijstand. The municipality decides.',
  'eu-citizen-residence-right': () =>
    'You are a citizen of another EU country. In your first 3 months, or if you are only here to look for work, you cannot get bijstand. After that you usually can, but bijstand may affect your right of residence. Ask the municipality or the Juridisch Loket.',
  'abroad-weeks-limit': (v) =>
    `If you spend more than ${v.weeks} weeks abroad this calendar year (or more than ${v.weeks} weeks in a row), you are not entitled to bijstand for that time.`,
  'abroad-over-limit': (v) =>
    `You are abroad for ${v.abroad} weeks this year. That is more than ${v.weeks} weeks, and for that time you are not entitled to bijstand.`,
  'aio-disregards-may-apply': (v, f) =>
    `Your income (${f.euro(v.income)} a month) is slightly above the norm (${f.euro(v.norm)}). Part of a small pension and of earnings from work does not count, together up to ${f.euro(v.disregard)} a month. You may still be under the norm.`,
  'aio-earnings-disregard': (v, f) =>
    `Do you work at AOW age? Then ${v.pct}% of your earnings does not count, up to ${f.euro(v.max)} a month.`,
  'income-unknown-assumed': (v, f) =>
    `You did not know your income. The bijstand norm for your situation is ${f.euro(v.norm)} a month, holiday pay included. Bijstand is the norm minus your income; the amount above applies if you have no income.`,
  'holiday-pay-margin': (v, f) =>
    `Your income is close to the norm. The norm includes holiday pay, but your monthly net pay usually does not (often ${v.pct}% extra, about ${f.euro(v.margin)} a month for you). With your holiday pay your income may be too high. The municipality will work it out.`,
  'income-above-norm-draagkracht': (v, f) =>
    `Your income (${f.euro(v.income)} a month) is above the bijstand norm (${f.euro(v.norm)}). That is not a reason for no: the municipality asks you to pay part of the difference (${f.euro(v.excess)} a month) towards the costs yourself (draagkracht).`,
  'assets-far-above-limit': (v, f) =>
    `Your savings and assets (${f.euro(v.assets)}) are far above the limit of ${f.euro(v.limit)} (more than ${f.euro(v.cutoff)}). Then you can usually pay extra costs yourself.`,
  'assets-draagkracht': (v, f) =>
    `Your savings and assets (${f.euro(v.assets)}) are above the limit of ${f.euro(v.limit)}. That is not a reason for no: the municipality asks you to pay part yourself (draagkracht).`,
  'assets-unknown-assumed': (v, f) =>
    `You did not know your assets. They may not exceed ${f.euro(v.limit)}; the amount above applies if they are lower.`,
  'no-lawful-residence-toeslag': () =>
    'For allowances (toeslagen) you need Dutch nationality or a valid residence permit.',
  'assets-above-toeslag-limit': (v, f) =>
    `Your assets (${f.euro(v.assets)}) are above the limit of ${f.euro(v.limit)} for this allowance.`,
  'assets-within-toeslag-limit': (v, f) =>
    `Your assets (${f.euro(v.assets)}) are not above the limit of ${f.euro(v.limit)}.`,
  'toeslag-repayment-risk': () =>
    'An allowance is paid as an advance. If you earn more than you said, you pay back later. So give your best income estimate, and report changes within 4 weeks in Mijn toeslagen.',
  'under-18-toeslag': () => 'You are under 18. This allowance is for people aged 18 and over.',
  'no-dutch-health-insurance': () =>
    'Healthcare allowance is only for people with Dutch basic health insurance.',
  'income-above-toeslag-limit': (v, f) =>
    `Your income (${f.euro(v.income)} a year) is too high. Below about ${f.euro(v.limit)} a year you would get this allowance.`,
  'zorgtoeslag-calculated': (v, f) =>
    `With an income of ${f.euro(v.income)} a year your healthcare allowance is ${f.euro(v.yearly)} a year, paid monthly.`,
  'self-employed-income-estimate': () =>
    'As an entrepreneur you often only know your income afterwards. Estimate it a little too high rather than too low.',
  'not-renting': () =>
    'Housing allowance is only for people who rent a home with a rental contract of their own.',
  'not-self-contained': () =>
    'Housing allowance is usually only for a self-contained home (own front door, kitchen and toilet). There are exceptions; ask the BelastingTelefoon.',
  'rent-below-basishuur': (v, f) =>
    `Your basic rent (${f.euro(v.rent)} a month) is too low. Only the part above the basishuur of ${f.euro(v.basishuur)} counts, and that gives less than €24 a year.`,
  'huurtoeslag-calculated': (v, f) =>
    `We used your basic rent of ${f.euro(v.rent)} a month and ${v.persons} resident(s).`,
  'huurtoeslag-young-rent-limit': (v, f) =>
    `Everyone in your home is under 21. Your rent then counts up to ${f.euro(v.cap)} a month.`,
  'rent-above-max': (v, f) =>
    `Your rent is above ${f.euro(v.max)}. You still get housing allowance, but not for the part above that amount.`,
  'co-resident-income-counts': () =>
    'Other adults live with you. Their income (and their assets) also count for housing allowance. We do not know them, so the amount is at most what is shown here.',
  'no-child-under-18': () => 'Child budget (kindgebonden budget) is for parents with a child under 18.',
  'kindgebonden-budget-calculated': (v, f) =>
    `Your child budget is ${f.euro(v.yearly)} a year, paid monthly.`,
  'kgb-usually-automatic': () =>
    'If you get child benefit and already another allowance, you usually get child budget automatically. If not, apply yourself.',
  'huurtoeslag-not-main-residence': () =>
    'You do not live in the Netherlands. Housing allowance is only for a rented home in the Netherlands where you mainly live and are registered.',
  'under-18-huurtoeslag': () =>
    'You are under 18. Housing allowance is for adults. A minor with a child counts as an adult, and so does a minor whose parents have both died.',
  'minor-with-child-counts-as-adult': () =>
    'You are under 18, but you have a child. For the allowances you then count as an adult.',
  'huurtoeslag-calculated-rent-assumed': (v, f) =>
    `You do not know your rent. The highest amount applies at a basic rent of ${f.euro(v.max)} a month or more; with a lower rent you get less. We used ${v.persons} resident(s).`,
  'adult-child-income-counts': (v) =>
    `A child aged ${v.age} or over lives with you. That child's income counts in full for housing allowance. We do not know it, so the amount is at most what is shown here.`,
  'young-adult-child-income-counts': (v, f) =>
    `A child aged 18 to ${v.age} lives with you. If they earn more than ${f.euro(v.exemption)} a year, the part above it counts for housing allowance. Then the amount is lower than shown here.`,
  'co-residents-unknown-huurtoeslag': () =>
    'You do not know how many adults live with you. We assumed nobody. If others live there, their income counts and the amount is lower.',
  'assets-unknown-toeslag': (v, f) =>
    `You do not know your assets. We assumed they are not above the limit of ${f.euro(v.limit)}. If they are, you do not get this allowance.`,
  'zorgtoeslag-calculated-income-assumed': (v, f) =>
    `You do not know your income. At a low income your healthcare allowance is ${f.euro(v.yearly)} a year; the higher your income, the less you get.`,
  'kindgebonden-budget-calculated-income-assumed': (v, f) =>
    `You do not know your income. At a low income your child budget is ${f.euro(v.yearly)} a year; above ${f.euro(v.drempel)} a year it gets lower.`,
  'kgb-kinderbijslag-decides': () =>
    'Only the parent who receives the child benefit (kinderbijslag) gets child budget. If the other parent receives it (for example with shared parenting), you do not.',
  'kgb-no-kinderbijslag': () =>
    'You and your partner do not receive child benefit for these children. Child budget goes only to the parent who receives the child benefit.',
  'kgb-kinderbijslag-unknown': () =>
    'You do not know who receives the child benefit. That decides it: only the parent who receives the child benefit gets child budget. You can see it in Mijn SVB.',
  'kgb-lives-abroad': () =>
    'You do not live in the Netherlands. Then you get child benefit, and so child budget, only if you are insured for child benefit, usually because you (or your partner) work in the Netherlands. If you live in another EU country, European rules decide which country pays first; sometimes you only get a top-up. The SVB decides on child benefit.',
  'zorgtoeslag-minor-not-insured': () =>
    'You are under 18. Healthcare allowance is for insured people from the month after they turn 18; until 18 you pay no premium. That also applies if you have a child.',
  'no-childcare': () => 'You do not use childcare. Childcare allowance is only for childcare.',
  'applicant-not-working': () =>
    'For childcare allowance you must work, study or follow a programme (for example civic integration or re-integration).',
  'partner-not-working': () =>
    'For childcare allowance both you and your partner must work, study or follow a programme.',
  'childcare-costs-too-low': () => 'The allowance for your childcare would be less than €24 a year.',
  'kinderopvangtoeslag-calculated': (v) =>
    `We used the childcare for ${v.children} child(ren), up to the maximum hourly rate and 230 hours a month.`,
  'kot-first-child-tie': (v, f) =>
    `Two children have the same number of childcare hours, so it is not certain which one counts as the first child. The amount is ${f.euro(v.low)} or ${f.euro(v.high)} a month; we show the lower one.`,
  'kot-hours-capped': (v) => `You get the allowance for at most ${v.max} hours per child per month.`,
  'kot-registered-childcare': () =>
    'The childcare must be in the national childcare register (LRK). You need its LRK number to apply.',
  'dont-know-range': (v, f) =>
    `You did not know everything (${String(v.fields)
      .split(', ')
      .filter(Boolean)
      .map((path) => f.field(path))
      .join(', ')}). So we give a range: you may or may not be entitled.`,
  'parameters-stale': (v) =>
    `Not all new amounts for ${v.peildatum} are known yet. For some we used the last known amounts (valid up to ${v.knownUntil}), with a margin of ${v.margin}% a year for the usual yearly increase.`,
  'parameters-indexation-margin': (v) =>
    `You are close to a limit. That limit is not known yet for ${v.peildatum}: we used last year's (valid up to ${v.knownUntil}). With the usual yearly increase (up to ${v.margin}%) the outcome may differ. So: possibly.`,
};

export const fieldsEn: Record<string, string> = {
  age: 'age',
  partner: 'partner',
  partnerAge: "partner's age",
  children: 'children',
  coResidents27Plus: 'co-residents aged 27 or over',
  housing: 'housing situation',
  rent: 'basic rent',
  selfContainedHome: 'self-contained home',
  homeEquity: 'home equity',
  netIncomeMonthly: 'net income per month',
  grossIncomeYearly: 'gross yearly income (toetsingsinkomen)',
  assets: 'assets',
  residence: 'nationality or residence permit',
  livesInNetherlands: 'living in the Netherlands',
  healthInsuranceNL: 'health insurance',
  studentFinance: 'student finance',
  selfEmployed: 'self-employed',
  partnerSelfEmployed: 'partner self-employed',
  'working.applicant': 'work',
  'working.partner': "partner's work",
  childcare: 'childcare',
  specialCosts: 'extra costs',
  parentsCannotSupport: "your parents' support",
  receivesKinderbijslag: 'child benefit',
};

export const applyEn = {
  'algemene-bijstand': 'Apply at your municipality (often via werk.nl)',
  aio: 'Apply at the SVB',
  'bijzondere-bijstand': 'Apply at your municipality',
  zorgtoeslag: 'Apply at Dienst Toeslagen (Mijn toeslagen)',
  huurtoeslag: 'Apply at Dienst Toeslagen (Mijn toeslagen)',
  'kindgebonden-budget': 'Usually automatic; otherwise apply at Dienst Toeslagen',
  kinderopvangtoeslag: 'Apply at Dienst Toeslagen, within 3 months of the start of childcare',
};

export const thresholdEn: ThresholdWords = {
  per: { month: ' a month', year: ' a year', stock: '' },
  under: (amount, per, limit, field) => `${amount}${per} under the limit of ${limit} (${field})`,
  over: (amount, per, limit, field) => `${amount}${per} over the limit of ${limit} (${field})`,
};
