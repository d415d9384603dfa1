import { SRC } from './sources';
import type { Content, Fact, NextSteps } from './types';

/** English copy: plain words, short sentences; Dutch names of schemes kept where people will meet them. */

const toeslagApply: Fact[] = [
  {
    text: 'You apply with Mijn toeslagen on the website of the Belastingdienst (tax office).',
    source: SRC.bdAanvragen,
  },
  { text: 'You need a DigiD and your citizen service number (BSN).', source: SRC.bdBsn },
  {
    text: 'You apply only once. If you still meet the conditions, you get the allowance again the next year automatically.',
    source: SRC.bdAanvragen,
  },
];

const toeslagDeadline: Fact = {
  text: 'You can apply until 31 December of the following year. But the later you apply, the later you get the money.',
  source: SRC.awirArt15,
};

const toeslagDuration: Fact[] = [
  {
    text: 'If you apply before 1 April of the following year, you get an advance within 13 weeks.',
    source: SRC.awirArt16,
  },
];

const toeslagHelp: Fact[] = [
  {
    text: 'Questions about allowances? Call the BelastingTelefoon for free: 0800 0543. Dial this number yourself, not through a call-forwarding service: those cost money.',
    source: SRC.belastingTelefoon,
  },
  {
    text: 'In many libraries the Informatiepunt Digitale Overheid helps you apply, for free.',
    source: SRC.nieuwsIdoToeslagen,
  },
];

const gemeenteHelp: Fact[] = [
  {
    text: 'Cannot manage the application? Call the general number of your municipality. Ask for the social team (sociaal team) or the Wmo desk. They will help you.',
    source: SRC.wmoLoket,
  },
  { text: 'In the library, the Informatiepunt Digitale Overheid helps you for free.', source: SRC.kbIdo },
];

const nextSteps: Record<string, NextSteps> = {
  'algemene-bijstand': {
    apply: [
      {
        text: 'You apply for bijstand via werk.nl. Sometimes you can also apply at the municipality itself. Your municipality can tell you.',
        source: SRC.roBijstand,
      },
      { text: 'The municipality decides whether you get bijstand and pays it.', source: SRC.roBijstand },
      {
        text: 'Are you under 27? Then you hand in the application only 4 weeks after you first reported.',
        source: SRC.pwArt41,
      },
    ],
    documents: [
      { text: 'The municipality decides which papers you must show.', source: SRC.pwArt53a },
      {
        text: 'Municipalities often ask for: a valid passport or ID card (not a driving licence), your rental contract, proof of your income for the last 2 months, and statements of all your bank and savings accounts. This differs per municipality.',
        source: SRC.orionisDocs,
      },
    ],
    deadlines: [
      {
        text: 'You get bijstand from the day you report to apply. So do not wait too long.',
        source: SRC.pwArt44,
      },
      {
        text: 'If your situation calls for it, the municipality may pay bijstand up to 3 months before the day you reported.',
        source: SRC.pwArt44,
      },
    ],
    duration: [
      { text: 'The municipality must decide within 8 weeks.', source: SRC.awbArt413 },
      {
        text: 'No decision after 4 weeks? Then you get an advance: money that is settled or paid back later.',
        source: SRC.pwArt52,
      },
    ],
    help: gemeenteHelp,
  },
  aio: {
    apply: [
      { text: 'You apply for the AIO supplement at the SVB.', source: SRC.roAio },
      {
        text: 'First do the AIO check on the SVB website. It shows whether applying makes sense.',
        source: SRC.govAio,
      },
    ],
    documents: [
      {
        text: 'The SVB uses information about your income, your housing, your assets, your bank account number and (if it applies to you) your residence permit. Have these at hand.',
        source: SRC.svbPrivacyAio,
      },
    ],
    deadlines: [
      {
        text: 'You get AIO only from the day you contact the SVB. So do not wait.',
        source: SRC.pwArt47b,
      },
      { text: 'Does your situation change? Report it within 4 weeks.', source: SRC.svbSb1309 },
    ],
    duration: [],
    help: [
      { text: 'In the library, the Informatiepunt Digitale Overheid helps you for free.', source: SRC.kbIdo },
    ],
  },
  'bijzondere-bijstand': {
    apply: [
      {
        text: 'You apply for bijzondere bijstand at your municipality, not via werk.nl.',
        source: SRC.pwArt41,
      },
      {
        text: 'Do you get AIO from the SVB? You still apply for bijzondere bijstand at the municipality.',
        source: SRC.inlichtingenbureau,
      },
      {
        text: 'The municipality can give the money, or lend it (for example for a washing machine or furniture).',
        source: SRC.pwArt51,
      },
    ],
    documents: [
      {
        text: 'Municipalities often ask for: proof of your income, proof of your savings, a valid ID and the bill or quote for the costs. This differs per municipality.',
        source: SRC.kampenBb,
      },
    ],
    deadlines: [
      {
        text: 'Every municipality has its own deadlines. In Kampen, for example, you apply within 2 months after the costs were made. Ask your municipality what applies to you.',
        source: SRC.kampenBb,
      },
    ],
    duration: [{ text: 'The municipality must decide within 8 weeks.', source: SRC.awbArt413 }],
    help: gemeenteHelp,
  },
  zorgtoeslag: {
    apply: toeslagApply,
    documents: [
      {
        text: 'Your BSN is on your passport, ID card, driving licence, payslip, annual statement (jaaropgaaf) or health insurance card.',
        source: SRC.bdBsn,
      },
      { text: 'You give an estimate of your income this year, and that of your allowance partner.' },
    ],
    deadlines: [
      {
        text: 'Healthcare allowance starts on the 1st of the month in which you meet all conditions.',
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
      { text: 'Do other adults live with you? Then they sign the application too.', source: SRC.awirArt15 },
    ],
    documents: [
      {
        text: 'Have at hand: your rental contract or other proof of your rent, your income and that of your allowance partner and co-residents, your BSN and your bank account number.',
        source: SRC.actiumHt,
      },
    ],
    deadlines: [
      {
        text: 'Housing allowance starts on the 1st of a month. For example: registered at the address from 15 April? Then you get housing allowance from 1 May.',
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
        text: 'Usually you do not need to do anything. Do you already get another allowance, such as housing allowance? Then you get child budget automatically.',
        source: SRC.svbKgb,
      },
      {
        text: 'Apply yourself with Mijn toeslagen if: you get child benefit for the first time and no other allowance, you got no letter but think you are entitled, or it stopped before.',
        source: SRC.svbKgb,
      },
    ],
    documents: [],
    deadlines: [
      {
        text: 'Child budget starts on the 1st day of the month after your child was born or came to live with you.',
        source: SRC.bdAanvragen,
      },
      toeslagDeadline,
    ],
    duration: [
      {
        text: 'You get a decision within 8 weeks. You only get a letter if you get child budget.',
        source: SRC.svbKgb,
      },
    ],
    help: toeslagHelp,
  },
  kinderopvangtoeslag: {
    apply: [
      ...toeslagApply,
      {
        text: 'Do you have an allowance partner? Then you each need your own DigiD.',
        source: SRC.kotChecklist,
      },
    ],
    documents: [
      {
        text: 'Only childcare in the national childcare register (LRK) counts. You need the LRK number of the address where your child is looked after.',
        source: SRC.bdLrk,
      },
      {
        text: 'The contract with the childcare must state: the name, date of birth and address of the child, the price per hour, the number of hours per year, the start and end date, and the type of childcare.',
        source: SRC.bdLrk,
      },
    ],
    deadlines: [
      {
        text: 'Apply within 3 months after your child starts childcare. If you are later, you miss money.',
        source: SRC.bdKot,
      },
      {
        text: 'Childcare allowance starts on the day your child first goes to childcare.',
        source: SRC.bdAanvragen,
      },
    ],
    duration: toeslagDuration,
    help: toeslagHelp,
  },
};

export const en: Content = {
  lang: 'en',
  dir: 'ltr',
  name: 'English',
  speechLang: 'en-GB',
  apiLang: 'en',
  locale: 'en-GB',

  common: {
    appName: 'Steunwijzer',
    tagline: 'Find out if you can get money',
    skipLink: 'Skip to the content',
    languageSwitch: 'Language',
    back: 'Back',
    next: 'Next',
    startAgain: 'Start again',
    privacyLink: 'Privacy: what we do and do not keep',
    loading: 'Please wait…',
    loadError: 'This page could not load. Check your internet connection and try again.',
    retry: 'Try again',
    yes: 'Yes',
    no: 'No',
    readAloud: 'Read aloud',
    stopReading: 'Stop reading',
    noVoice: 'Reading aloud is not available here: this browser has no English voice.',
    readInDutch: 'Read aloud in Dutch (Nederlands)',
    dutchAuthoritative: 'This is a translation. The Dutch text is the official one.',
    footer: 'Steunwijzer is a government check. The result is an indication, not a decision.',
    pageTitle: (page) => `${page} - Steunwijzer`,
    errorPageTitle: (page) => `Error: ${page} - Steunwijzer`,
  },

  start: {
    title: 'Find out if you can get money',
    lead: 'Many people are entitled to money from the government but do not get it. This check quickly shows what you may be able to get, and how to apply.',
    checks: 'We look at:',
    regulations: [
      'social assistance (bijstand) and AIO (money to live on)',
      'special assistance (bijzondere bijstand, for extra costs)',
      'healthcare allowance (zorgtoeslag) and housing allowance (huurtoeslag)',
      'child budget (kindgebonden budget) and childcare allowance (kinderopvangtoeslag)',
    ],
    safetyTitle: 'Safe and anonymous',
    safety: [
      'You do not give your name, BSN or DigiD.',
      'When you look at the result, your answers go to our server. It works out the result, and again if you change an answer. The server does not keep your answers. It only adds to anonymous counts, with nothing that can identify you.',
      'No amounts appear in the address bar.',
    ],
    beforeTitle: 'Useful to have at hand',
    before: [
      'what you get each month: a payslip, benefit statement or pension statement',
      'your income for the year: the annual statement (jaaropgaaf), or your income tax return',
      'if you rent: your rental contract or the latest rent increase (the rent without service costs)',
      'what is in your bank and savings accounts',
    ],
    beforeNote: 'Not sure about something? Choose "I don\'t know" or fill in an estimate.',
    duration: 'It takes about 3 minutes. You only answer the questions that matter for you.',
    indication: 'The result is an indication, not a decision. Only the organisation where you apply decides.',
    startButton: 'Start the check',
  },

  flow: {
    progress: (step, total) => `Question ${step} of about ${total}`,
    dontKnowButton: 'I do not know',
    dontKnowChosen: 'Your earlier answer: I do not know.',
    moneyPrefix: '€',
    period: { month: 'a month', year: 'a year', stock: 'in total' },
    moneyExample: 'For example: 1401.50',
    childrenCount: 'Number of children',
    childAge: (n) => `Age of child ${n}`,
    childcareCount: 'Number of children in childcare',
    childcareChild: (n) => `Childcare ${n}`,
    childcareType: 'Type of childcare',
    childcareTypes: {
      dagopvang: 'Day care (kinderdagverblijf)',
      bso: 'After-school care (bso)',
      gastouder: 'Childminder (gastouder)',
    },
    childcareWhich: 'For which child?',
    childcareChildOption: (n, age) =>
      age === undefined ? `Child ${n}` : `Child ${n} (${age} ${age === 1 ? 'year' : 'years'})`,
    childcareUnit: 'How do you fill in the childcare?',
    childcareUnits: { days: 'In days a week', hours: 'In hours a week' },
    childcareDays: 'Days a week',
    childcarePerDay: 'Hours a day',
    childcareWeekHours: 'Hours a week',
    childcareHalfHours: 'In whole or half hours, for example 10.5.',
    childcareRate: 'Price per hour',
    workingApplicant: 'Do you work, or follow education or a programme?',
    workingPartner: 'Does your partner work, or follow education or a programme?',
    yearsSuffix: 'years',
  },

  questions: {
    age: { label: 'How old are you?', hint: 'Fill in your age in years.' },
    partner: {
      label: 'Do you have a partner?',
      hint: 'Are you married or in a registered partnership? Or do you live together as a couple? Then you have a partner.',
      help: {
        title: 'What is an allowance partner (toeslagpartner)?',
        body: [
          'For allowances (toeslagen), your partner is called your toeslagpartner.',
          'That is your husband or wife, your registered partner, or someone you live with at the same address. For example when you have a child together, buy a home together or have a cohabitation contract.',
          'Not sure? Mijn toeslagen shows who your allowance partner is. You can also ask the BelastingTelefoon: 0800 0543 (free).',
        ],
      },
    },
    partnerAge: { label: 'How old is your partner?', hint: 'Fill in the age in years.' },
    children: {
      label: 'How many children live with you?',
      hint: 'Count the children who live in your home. No children? Fill in 0.',
    },
    livesInNetherlands: { label: 'Do you live in the Netherlands?' },
    residence: {
      label: 'What is your nationality?',
      hint: 'Some schemes are only for people who live here lawfully. We do not keep your answer.',
      options: {
        dutch: 'Dutch',
        eu: 'From another country in the EU, the EEA or Switzerland',
        permit: 'Another nationality, with a residence permit',
        none: 'Another nationality, without a residence permit',
      },
    },
    housing: {
      label: 'Where do you live?',
      options: {
        rent: 'I rent a house or room',
        own: 'I own my home',
        lodging: 'I live in someone else’s home, without a rental contract of my own',
        homeless: 'I have no fixed place to live',
        institution: 'I live in an institution, for example a care home',
      },
    },
    coResidents27Plus: {
      label: 'How many other people aged 27 or over live with you?',
      hint: 'Do not count yourself or your partner. Nobody? Fill in 0.',
      help: {
        title: 'What is a cost-sharer (kostendeler)?',
        body: [
          'A kostendeler is someone aged 27 or over who lives with you. You can share the costs of the home. For example an adult child, a parent or a friend.',
          'Do not count: someone who rents from you, or from whom you rent, at a normal price and who is not family. And not a student with student finance.',
          'If a kostendeler lives with you, bijstand is lower, because you share costs.',
        ],
      },
    },
    netIncomeMonthly: {
      label: 'How much money comes in each month?',
      hint: 'Net per month: what arrives in your bank account. Do you have a partner? Fill in the amount for you and your partner together. It is about wages, benefits, pension and AOW. Do not count allowances (toeslagen) or child benefit. We work out bijstand with this amount.',
      help: {
        title: 'Where do I find this amount?',
        body: [
          'Look at your payslip or the letter about your benefit or pension. Look for the "netto" (net) amount.',
          'Or look in your banking app at what came in last month from work, benefits or pension.',
          'Different every month? Fill in an average.',
        ],
      },
    },
    assets: {
      label: 'How much savings and other assets do you have?',
      hint: 'Do you have a partner? Include what your partner owns. Do not count your own home. Subtract your debts.',
      help: {
        title: 'What are assets (vermogen)?',
        body: [
          'Vermogen is everything you own, minus what you owe. For example money in your current and savings accounts, investments, or an expensive car.',
          'Where do I find it? Your banking app shows the balance of all your accounts. Add them up.',
          'More debts than assets? Fill in a minus, for example -500.',
        ],
      },
    },
    grossIncomeYearly: {
      label: 'How much do you earn this year before tax?',
      hint: 'Gross per year: before tax, for the whole year. Do you have a partner? Fill in the amount for you and your partner together. An estimate is fine. This is called your toetsingsinkomen. We work out the allowances (toeslagen) with this amount.',
      receive: { label: 'How much do you receive this year before tax?' },
      help: {
        title: 'What is the toetsingsinkomen?',
        body: [
          'The toetsingsinkomen is your income per year before tax: wages, benefits, pension, AOW and profit.',
          'Where do I find it? Your annual statement (jaaropgaaf) of last year shows the "fiscaal loon". Or look in Mijn toeslagen. Does your income change this year? Take the gross amount on your payslip times 12, plus your holiday pay.',
          'Estimate a little too high rather than too low. Then you are less likely to pay back allowance later.',
        ],
      },
    },
    studentFinance: {
      label: 'Do you go to school or study, with student finance?',
      hint: 'Also choose "Yes" if you could get student finance for your course. For example in mbo, hbo or university.',
    },
    selfEmployed: { label: 'Do you work as self-employed (zzp or own business)?' },
    partnerSelfEmployed: { label: 'Does your partner work as self-employed (zzp or own business)?' },
    parentsCannotSupport: {
      label: 'Is it true that your parents cannot support you?',
      hint: 'For example because you come from youth care, because there is no contact, or because your parents have too little money themselves.',
      options: {
        true: 'Yes, my parents cannot support me',
        false: 'No, my parents can support me',
      },
    },
    homeEquity: {
      label: 'How much is your home worth, minus the mortgage?',
      help: {
        title: 'Where do I find this?',
        body: [
          'The value of your home is on the WOZ decision (WOZ-beschikking) you get from the municipality every year.',
          'How much mortgage is left is on the annual statement from your bank.',
          'Fill in the difference. Is the mortgage higher than the value? Fill in a minus, for example -10000.',
        ],
      },
    },
    rent: {
      label: 'How much basic rent (kale huur) do you pay a month?',
      help: {
        title: 'What is kale huur?',
        body: [
          'Kale huur is the rent without service costs, and without gas, water and electricity.',
          'Where do I find it? In your rental contract, or in the letter about the rent increase you get every year. It says "kale huur" or "netto huur".',
        ],
      },
    },
    selfContainedHome: {
      label: 'Does your home have its own front door, kitchen and toilet?',
      hint: 'So you do not share them with other residents. This is called a self-contained home.',
    },
    healthInsuranceNL: {
      label: 'Do you have Dutch health insurance?',
      hint: 'The basic insurance that everyone in the Netherlands must have.',
    },
    working: {
      label: 'Work and education',
      hint: 'A programme is for example civic integration (inburgering) or a return-to-work programme.',
    },
    childcare: {
      label: 'How many of your children go to childcare?',
      hint: 'Only childcare in the national childcare register: day care, after-school care (bso) or a childminder. No childcare? Fill in 0.',
      help: {
        title: 'Where do I find the hours and the price?',
        body: [
          'The number of hours and the price per hour are in your contract with the childcare, or on the invoice.',
          'Fill in the childcare per week, in days or in hours. We turn that into hours a month (per week × 52 ÷ 12). The allowance counts at most 230 hours a month per child.',
        ],
      },
    },
    receivesKinderbijslag: {
      label: 'Do you (or your partner) receive the child benefit (kinderbijslag) for your children under 18?',
      hint: 'The SVB pays child benefit to one parent. Only that parent gets child budget. With shared parenting the other parent sometimes receives it. You can see it in Mijn SVB.',
    },
    specialCosts: {
      label: 'Do you have extra costs that you cannot pay?',
      hint: 'Costs that are necessary, such as medical costs, a new washing machine or bed, or help from a lawyer.',
    },
  },

  errors: {
    summaryTitle: 'There is a problem',
    required: 'Choose an answer.',
    childcareType: 'Choose the type of childcare.',
    childcareChild: 'Choose which child this childcare is for.',
    childcareChildTwice: 'You chose this child already. Choose a different child for each childcare.',
    childcareUnit: 'Choose whether you fill in days a week or hours a week.',
    halfHours: (min, max) =>
      `Enter a number of hours from ${min} to ${max}, in whole or half hours, like 10.5.`,
    wholeNumber: (min, max) => `Fill in a whole number from ${min} to ${max}.`,
    money: 'Fill in an amount in euros, like 1250 or 1,250.50.',
    moneyNegative: 'Fill in an amount of 0 or more, like 1250 or 1,250.50.',
    moneyTooHigh: 'This amount is too high. Fill in the amount in euros, like 1250 or 1,250.50.',
    age: (min, max) => `Fill in an age in years, from ${min} to ${max}.`,
    screenFailed: 'We could not get the result. Please try again.',
    offline: 'You have no internet connection. Try again when you are back online.',
  },

  municipality: {
    title: 'In which municipality do you live?',
    hint: 'Then the result shows where to apply in your municipality and where to get free help. You do not have to answer. Your answer does not change the result.',
    listHint: 'Type the name of your municipality and choose it from the list.',
    skip: 'Skip this question',
    notFound: 'Choose a municipality from the list, or skip the question',
    summaryLabel: 'Your municipality',
    skipped: 'Not answered',
  },

  localRoute: {
    title: (gemeente) => `Applying and free help in ${gemeente}`,
    nationalNote: (gemeente) =>
      `We do not have details of the municipality of ${gemeente} yet. Below is the way that applies everywhere.`,
    topicNational: 'We do not have details of your municipality for this yet. This applies everywhere:',
    topics: {
      bijstand: 'Applying for social assistance (bijstand)',
      bijzondereBijstand: 'Applying for special assistance (bijzondere bijstand)',
      clientondersteuning: 'Someone to help you, for free: cliëntondersteuning',
      schuldhulp: 'Help with debts',
      formHelp: 'Help with forms',
    },
    what: {
      applyAtGemeente: () => 'You apply to the municipality where you live.',
      applyOnline: () => 'You apply online with your DigiD.',
      applyPortal: () => "You apply in the municipality's online portal Werk en Inkomen, with your DigiD.",
      applyAtLocation: () =>
        'No DigiD or computer? Then you apply at a Werk en Inkomen location. Staff there help you.',
      callBack: ({ phone }) =>
        `You can also call ${phone}. The municipality then calls you back for an appointment.`,
      postForm: ({ address }) =>
        `You download the application form, fill it in and send it with the documents by post to: ${address}.`,
      handInForm: () =>
        'Do you want proof that you handed in the form? Then take it to the service desk of a Werk en Inkomen location.',
      schemePage: () => "The municipality's page says what you need and how to apply.",
      localRules: () => "The municipality's rules for special assistance.",
      lowIncomeSchemes: () =>
        "The municipality's schemes for people on a low income (Pak je kans). Special assistance is one of them.",
      lowIncomeSchemesPhone: ({ phone }) => `Questions about these schemes? Call ${phone}.`,
      clientondersteuningFree: () =>
        'The municipality must make sure you can get an independent client supporter for free. Ask your municipality.',
      clientondersteuningWhat: () =>
        'A client supporter helps you with your application and forms, and can come with you to meetings with the municipality.',
      geldfit: () => 'On geldfit.nl you find free help with money worries near you.',
      geldfitPhone: ({ phone }) => `You can also call ${phone}, free and anonymous.`,
      callOrVisit: ({ phone }) =>
        `Call ${phone} or visit a Vraagwijzer of the municipality. Together you put the bills in order.`,
      neighbourhoodDesk: () =>
        'The municipality has Helpdesks Geldzaken (money help desks) in the neighbourhoods. You can ask for help there without an appointment.',
      buurtteam: () =>
        'You go to the neighbourhood team (buurtteam) in your area. You can also contact the municipality yourself.',
      library: () =>
        'At the library, the Informatiepunt Digitale Overheid helps you for free with government websites and forms.',
      authorise: () =>
        "Do you want someone else to apply for you? That is possible with the municipality's authorisation form.",
    },
    open: 'Go to the page',
    source: 'Source',
    reported: 'Reported by',
    checked: (date) => `checked on ${date}`,
    bringSomeone: [
      {
        text: 'You may bring someone to the municipality, or have someone arrange it for you.',
        source: SRC.awbArt21,
      },
      {
        text: 'The client supporter, the Informatiepunt at the library and Geldfit help you for free.',
        source: SRC.wmoArt232,
      },
    ],
  },

  obligations: {
    title: 'What bijstand asks of you',
    work: {
      text: 'You look for work you can do, accept it and keep it. You register as a jobseeker with UWV.',
      source: SRC.pwArt9,
    },
    tegenprestatie: {
      text: 'The municipality can ask you to do unpaid useful work, besides regular work: the tegenprestatie.',
      source: SRC.pwArt9,
    },
    inlichtingen: {
      text: 'You tell the municipality straight away everything that may matter for your benefit, even if they do not ask. For example other income, or who lives with you.',
      source: SRC.pwArt17,
    },
    singleParentUnder5: {
      text: 'Do you care for a child under 5 on your own? Then you can ask the municipality to exempt you from looking for work. With that exemption you do not have to do a tegenprestatie either.',
      source: SRC.pwArt9a,
    },
    under27: [
      {
        text: 'Are you under 27? Then you first look for work or a course yourself for 4 weeks. Only then do you hand in the application.',
        source: SRC.pwArt41,
      },
      {
        text: 'Not every municipality asks for those 4 weeks. Utrecht, for example, handles the application straight away. Ask your municipality, especially if you have no roof over your head or no money for food.',
        source: SRC.utrechtNoSearchPeriod,
      },
    ],
  },

  refused: {
    title: (regulation) => `You did not get ${regulation} before? This is what you can do`,
    facts: [
      {
        text: 'Has your situation changed, or do you know something new? Then you can apply again. Say what is different.',
        source: SRC.awbArt46,
      },
      {
        text: 'Do you disagree with the decision? Then object (bezwaar), within 6 weeks of the date of the letter.',
        source: SRC.awbArt67,
      },
      {
        text: 'Help with an objection is free at the Juridisch Loket, if you have a low income and little savings.',
        source: SRC.juridischLoket,
      },
    ],
  },

  check: {
    title: 'Are your answers right?',
    intro: 'Check that everything is correct. You can still change any answer.',
    change: (question) => `Change: ${question}`,
    submit: 'See the result',
    dontKnowAnswer: 'I do not know',
    none: 'None',
    childrenAnswer: (ages) =>
      ages.length === 0 ? 'No children' : `${ages.length}: ${ages.map((age) => `${age} years`).join(', ')}`,
    childcareAnswer: (entries) =>
      entries.length === 0
        ? 'No childcare'
        : entries
            .map(
              (entry) =>
                `Child ${entry.child}: ${entry.hoursPerMonth} ${entry.hoursPerMonth === 1 ? 'hour' : 'hours'} a month`,
            )
            .join('; '),
  },

  results: {
    title: 'Your result',
    loadingTitle: 'Working out your result…',
    errorTitle: 'Something went wrong',
    intro: 'This is an indication, not a decision.',
    todoTitle: 'What you can do now',
    summaryNone: 'With your answers we found no scheme you are probably entitled to.',
    staleNotice:
      "Not all amounts for this date are known yet. Where they are not, we used last year's amounts with a margin for the usual increase, so some amounts are ranges.",
    earlierYear: {
      title: (year) => `Allowances (toeslagen) for ${year}`,
      intro: (year, deadline) =>
        `You can still apply for allowances for ${year}, up to and including ${deadline}. Not for social assistance: it only starts from the day you report.`,
      button: (year) => `Also calculate ${year}`,
      note: (year) =>
        `We used your answers about now. If your income or situation in ${year} was different, so is the outcome. Give Dienst Toeslagen your income for ${year}.`,
    },
    workMore: {
      title: 'What if I earn more?',
      intro:
        'See what happens to your money each month if your net income rises. We work it out here on your phone. Nothing is sent to us.',
      button: 'Work it out',
      caption: (raise) => `If you get ${raise} more a month`,
      regulation: 'Scheme',
      now: 'Now, a month',
      after: 'After, a month',
      kept: (kept, raise) => `Of the extra ${raise} you keep about ${kept}.`,
      nothingChanges: 'Your schemes stay the same.',
      grossNote:
        'For the allowances (toeslagen) your gross income counts. We add 12 times the raise. Because of tax your gross income rises more, so the allowances may fall a little more.',
      noGross: 'You gave no yearly income, so we did not work out the allowances again.',
      bijstandNote:
        'With social assistance (bijstand), every extra euro you get is taken off. If the money comes from work, the municipality may leave part of it out for a while. Ask the municipality.',
    },
    regulations: {
      'algemene-bijstand': 'Social assistance (bijstand)',
      aio: 'AIO (supplement to the AOW state pension)',
      'bijzondere-bijstand': 'Special assistance (bijzondere bijstand)',
      zorgtoeslag: 'Healthcare allowance (zorgtoeslag)',
      huurtoeslag: 'Housing allowance (huurtoeslag)',
      'kindgebonden-budget': 'Child budget (kindgebonden budget)',
      kinderopvangtoeslag: 'Childcare allowance (kinderopvangtoeslag)',
    },
    verdicts: {
      likely: { label: 'Probably yes', text: 'You are probably entitled to this. Apply for it.' },
      possibly: {
        label: 'Possibly',
        text: 'You may be entitled to this. It depends on things we cannot check. Apply anyway.',
      },
      unlikely: { label: 'Probably not', text: 'With your answers you are probably not entitled to this.' },
      unknown: { label: 'We do not know', text: 'We have too few answers to say.' },
    },
    monthly: (amount) => `About ${amount} a month`,
    atMost: (amount) => `At most ${amount} a month`,
    yearly: (amount) => `That is ${amount} a year.`,
    range: (min, max) => `Between ${min} and ${max} a month.`,
    noAmount: 'How much you get depends on your costs. The municipality decides.',
    why: 'Why do we think this?',
    law: 'Law or rule',
    alsoReported: 'also reported by',
    threshold: 'How far are you from the limit?',
    missing: 'We do not know this yet:',
    perYear: (amount, upTo) => (upTo ? `up to ${amount} a year` : `${amount} a year`),
    todo: {
      'algemene-bijstand': {
        text: 'Read how to apply for bijstand',
        link: true,
      },
      aio: { text: 'Do the AIO check of the SVB', link: true },
      'bijzondere-bijstand': {
        text: 'Call your municipality. Ask for bijzondere bijstand.',
        link: false,
      },
      zorgtoeslag: { text: 'Apply with Mijn toeslagen', link: true },
      huurtoeslag: { text: 'Apply with Mijn toeslagen', link: true },
      'kindgebonden-budget': {
        text: 'Usually automatic. No letter? Apply with Mijn toeslagen',
        link: true,
      },
      kinderopvangtoeslag: {
        text: 'Apply within 3 months with Mijn toeslagen',
        link: true,
      },
    },
    newTab: '(opens in a new tab)',
    alreadyTitle: 'You already get this: check whether the amount is right',
    alreadyIntro: 'Do you get less than this check says? Then check that everything is right.',
    alreadyExpected: (amount) => `This check says about ${amount} a month.`,
    check: {
      toeslagen: {
        text: "Look in Mijn toeslagen under 'Mijn beschikkingen'. Is something wrong? Report it.",
        source: SRC.bdVoorschot,
      },
      svb: {
        text: 'Look in the letter from the SVB to see how much AIO you get. Is it wrong? Contact the SVB.',
        source: SRC.roAio,
      },
      gemeente: {
        text: 'Look in the letter (beschikking) from your municipality to see how much you get. Is it wrong? Call your municipality.',
      },
    },
    more: (regulation) => `More about ${regulation}`,
    applyAt: {
      gemeente: 'Apply at your municipality',
      svb: 'Apply at the SVB',
      toeslagen: 'Apply at Dienst Toeslagen',
    },
    applyHeading: 'How to apply',
    documentsHeading: 'What you need',
    deadlinesHeading: 'From when, and until when',
    durationHeading: 'How long does it take?',
    helpHeading: 'Help with applying',
    sourceLabel: 'Source',
    repaymentTitle: 'Will I have to pay it back later?',
    repayment: [
      {
        text: 'An allowance is an advance. Dienst Toeslagen first calculates it with an estimate of your income.',
        source: SRC.bdTerugbetalen,
      },
      {
        text: 'Do you earn more than you expected? Then you pay part of it back later. This can also happen when the income of your partner or co-resident changes.',
        source: SRC.bdTerugbetalen,
      },
      {
        text: 'To keep the risk low: estimate your income a little too high rather than too low.',
        source: SRC.ikwoonleefzorgTerug,
      },
      {
        text: 'Rather take no risk? You can also apply for an allowance afterwards, once your income for the whole year is known. You can do that up to and including 31 December of the next year. You then get the money later, in one go.',
        source: SRC.awirArt15,
      },
      {
        text: 'Does something change, such as your income or who lives with you? Report it within 4 weeks in Mijn toeslagen.',
        source: SRC.bdWijzigingen,
      },
      {
        text: 'Check every letter (voorschotbeschikking) carefully. Is something wrong? Report it.',
        source: SRC.bdVoorschot,
      },
      {
        text: 'Did you get too little? Then you get the rest later. A small amount after the final calculation does not have to be paid back.',
        source: SRC.awirArt26a,
      },
      {
        text: 'Must you pay back and cannot pay it all at once? Ask for a payment plan.',
        source: SRC.bdBetalingsregeling,
      },
    ],
    otherResults: 'Probably not entitled',
    receivingQuestion: 'Do you already get this?',
    reasonQuestion: 'Why have you not applied (yet)?',
    reasonOptional: 'You do not have to answer. Your answer helps the government improve the rules.',
    nonUseReasons: {
      'did-not-know': 'I did not know it existed',
      'thought-not-entitled': 'I thought I was not entitled',
      'fear-of-repayment': 'I am afraid I will have to pay it back',
      'too-complicated': 'Applying is too difficult',
      shame: 'I feel ashamed to apply',
      'not-worth-it': 'It is not worth the effort',
      'applied-refused': 'I applied, but did not get it',
      other: 'Another reason',
    },
    receivingFailed: 'Your answer could not be counted just now. Please choose it again later.',
    receivingSaved: 'Thank you. Your answer has been counted, without your details.',
    yourAnswers: 'Your answers (also on the print-out)',
    print: 'Print or save as PDF',
    printHint:
      'Want a PDF? Press the button, then in the print window choose "Save as PDF" as the "Printer" or "Destination".',
    printNote: 'Take this result with you when you ask for help with applying.',
    freeHelpTitle: 'Free help',
    freeHelp: [
      {
        text: 'In the library, the Informatiepunt Digitale Overheid helps you for free with government websites and applications.',
        source: SRC.kbIdo,
      },
      {
        text: 'Questions about allowances? Call the BelastingTelefoon for free: 0800 0543.',
        source: SRC.belastingTelefoon,
      },
      {
        text: 'Call the general number of your municipality. Ask for the social team (sociaal team) or the Wmo desk.',
        source: SRC.wmoLoket,
      },
      {
        text: 'Low income and little savings? At the Juridisch Loket, lawyers help you for free at their offices.',
        source: SRC.juridischLoket,
      },
      { text: 'Money worries? geldfit.nl shows help near you.', source: SRC.geldfit },
      {
        text: 'You can also call 0800-8115 for free and anonymously if you have money worries.',
        source: SRC.ndGeldfit,
      },
    ],
    checkedOn: (date) => `Calculated for ${date}.`,
    disclaimer:
      'This is an indication, not a decision. The municipality, the SVB or Dienst Toeslagen decides when you apply. You cannot derive rights from this result.',
  },

  nextSteps: nextSteps as Content['nextSteps'],

  device: {
    title: 'Continue later?',
    explain: [
      'You can save your answers on this device. Then you can continue later, without an account.',
      'Anyone who uses this device and this browser can then see them. So do not do this on a computer you share with others, such as in a library.',
      'Nothing goes to a server to save them. The answers are only in this browser.',
      'They are kept for 30 days. After that, Steunwijzer wipes them. You can also delete them yourself before then.',
    ],
    save: 'Save on this device',
    replaces: 'There are already answers saved on this device from before. Saving replaces them.',
    saved: (date, until) =>
      `Your answers are saved on this device (${date}). Anything you change is saved too. They are kept up to and including ${until}, or until you delete them.`,
    remove: 'Delete saved answers',
    removed: 'The saved answers have been deleted from this device.',
    failed: 'Saving did not work. Your browser may not allow it, for example in a private window.',
    footerSummary: 'Continue later? Save your answers on this device',
    resumeTitle: 'Continue where you left off',
    resumeText: (date, until) =>
      `This device has answers you saved on ${date}. They are kept up to and including ${until}, or until you delete them.`,
    resume: 'Continue where you left off',
  },

  privacy: {
    title: 'Privacy: what we do and do not keep',
    intro: [
      'Steunwijzer is anonymous. You do not give a name, BSN or DigiD.',
      'There are no cookies, no adverts and no software from other companies on this website. Everything on it comes from our own server.',
    ],
    browserTitle: 'On your own phone or computer',
    browser: [
      'Your answers are kept in this browser window (sessionStorage). When you close the window or press "Start again", they are gone.',
      'The address bar only shows which question you see, never an amount.',
    ],
    deviceTitle: 'If you choose "Save on this device"',
    device: [
      'Only if you choose it yourself, we also keep your answers in the browser on this device (localStorage). Without that choice, Steunwijzer puts nothing there.',
      'Anyone who uses this device and this browser can then see them.',
      'Nothing goes to our server for this. Only when you look at the result do the answers go to the server, as always.',
      'Anything you change after that is saved too. After 30 days Steunwijzer wipes the answers, the next time you open the website.',
      'You can always delete them yourself: with the button "Delete saved answers" on the start page, with your answers or with the result. Clearing your browser data removes them too.',
    ],
    serverTitle: 'When you look at the result',
    server: [
      'Your answers are then sent to our server. It works out the result and sends it back. The server does not keep or write down your answers.',
      'Your IP address is not kept.',
      'Your browser sends a random visit number. That way we count your visit only once, even if you change an answer. The server does not keep that number itself, only an unrecognisable version of it, and deletes that within 7 days.',
    ],
    countedTitle: 'What the server does count',
    counted: [
      'Only counters, per month and per scheme: how often the result was "probably yes", "possibly", "probably not" or "we do not know".',
      'Whether people said they already get the scheme: yes, no or not answered. And why not, if you want to say.',
      'How the check was done: on your own (this website) or with help at a counter.',
      'Broad groups: an age band (such as 27 to 66) and the type of household (such as single with children).',
      'The municipality, only when it is sent along. This website does not ask for your municipality and does not send it.',
    ],
    notCountedTitle: 'What is never kept',
    notCounted: [
      'Your answers themselves, such as your income, rent or age.',
      'Your name, address, BSN, IP address or anything else that could identify you.',
    ],
    example:
      'The ministry sees for example: "November 2026, housing allowance, on their own, probably yes, does not get it yet: 120 times". A group of fewer than 10 people is never shown.',
    back: 'Back',
  },
};
