/**
 * English (en) versions of M01 and M02. Codes, keys, value-set literals, numbers and URLs are
 * those of the zh-CN source (matters.ts), which stays the source of truth; only human text is
 * translated. Directive labels and plain notes are in English too.
 */
import type { Asset, ComplaintChannel, ConsultChannel, Matter, Owner } from '../../../src/domain/guide';
import { matters } from './matters';

const PDF = 'application/pdf';

function source(code: string): Matter {
  const found = matters.find((m) => m.code === code);
  if (!found) throw new Error(`no zh-CN matter ${code}`);
  return found;
}

function blankForm(matter: string, key: string, title: string): Asset {
  return { name: `${title} (blank form)`, url: `/uploads/samples/${matter}-${key}-blank.pdf`, mime: PDF };
}

function sampleForm(matter: string, key: string, title: string): Asset {
  return { name: `${title} (filled-in sample)`, url: `/uploads/samples/${matter}-${key}-sample.pdf`, mime: PDF };
}

function resultSample(matter: string, title: string): Asset {
  return { name: `${title} (specimen)`, url: `/uploads/samples/${matter}-result-sample.pdf`, mime: PDF };
}

const zh01 = source('M01');
const zh02 = source('M02');

const CONSULT: ConsultChannel = {
  phone: '0769-12345',
  online: 'https://www.gdzwfw.gov.cn',
  wechat: 'iGuanjia',
  address: 'Information desk, Dongguan Citizen Service Centre, 199 Hongfu Road, Nancheng Subdistrict, Dongguan',
};

const HALL_HOURS = 'Dongguan Citizen Service Centre: Mon–Fri 9:00–12:00 and 13:30–17:30, Sat 9:00–17:00. Town windows: Mon–Fri 9:00–12:00 and 14:00–17:30. Closed on public holidays.';

const GA_OWNERS: Owner[] = [
  { role: '编辑', name: 'Chen Jiaxin', phone: '0769-22466131', backup: 'Liang Zijian' },
  { role: '审核', name: 'Huang Zhiqiang', phone: '0769-22466132' },
  { role: '热线联络员', name: 'Li Wanting', phone: '0769-22466133' },
];

const SCJG_OWNERS: Owner[] = [
  { role: '编辑', name: 'Mo Xiaolin', phone: '0769-22833041', backup: 'Zhong Weiming' },
  { role: '审核', name: 'Ye Guohua', phone: '0769-22833042' },
  { role: '热线联络员', name: 'Yuan Jiayi', phone: '0769-22833043' },
];

const GA_COMPLAINT: ComplaintChannel = {
  phone: '0769-22466120',
  online: 'https://www.gdzwfw.gov.cn',
  letterAddress: 'Household Registration Division, Dongguan Public Security Bureau, c/o Dongguan Citizen Service Centre, 199 Hongfu Road, Nancheng Subdistrict, Dongguan',
};

const SCJG_COMPLAINT: ComplaintChannel = {
  phone: '0769-22833315',
  online: 'https://www.gdzwfw.gov.cn',
  letterAddress: 'Registration Section, Dongguan Administration for Market Regulation, c/o Dongguan Citizen Service Centre, 199 Hongfu Road, Nancheng Subdistrict, Dongguan',
};

const T_HUKOU = ':term[household register]{plain="the family hukou booklet"}';
const T_REMOTE = ':term[cross-region application]{plain="you can apply in Dongguan even if your hukou is registered elsewhere; the card is issued by your home police"}';

// ───────────────────────────────────────────────────────────────────────────────────────────
// M01 Renewal and replacement of the resident identity card — Dongguan Public Security Bureau
// ───────────────────────────────────────────────────────────────────────────────────────────
const m01: Matter = {
  code: 'M01',
  taskName: 'Renewal and replacement of the resident identity card',
  shortName: 'ID card renewal and replacement',
  colloquialNames: ['renew my ID card', 'replace a lost ID card', 'expired ID card', 'new ID card'],
  catalogCode: zh01.catalogCode,
  taskCode: zh01.taskCode,
  taskVersion: 3,
  taskState: '在用',
  taskType: '行政确认',
  powerSource: '法定本级行使',
  useLevels: ['市级'],
  projectType: '承诺件',
  reviewType: '前审后批',
  serviceObjects: ['自然人'],
  department: 'DG-GA',
  deptNature: '法定机关',
  handlingItems: [
    { code: '01', name: 'Renewal on expiry', note: 'The card expires within 3 months or has already expired.' },
    { code: '02', name: 'Renewal of a damaged card', note: 'The card is badly damaged, the photo or text cannot be read, or the chip no longer works.' },
    { code: '03', name: 'Replacement of a lost card', note: 'The card was lost or stolen; it is reported lost when the application is accepted.' },
    { code: '04', name: 'Renewal or replacement for non-Dongguan hukou holders', note: 'People whose hukou is registered elsewhere but who live, work or study in Dongguan may apply in Dongguan; the card is issued by the police of their hukou place.' },
  ],
  legalBasis: [
    {
      lawName: 'Resident Identity Card Law of the People\'s Republic of China',
      docNumber: 'Presidential Order No. 51 (2011 amendment)',
      article: 'Articles 5 and 11',
      issuer: 'Standing Committee of the National People\'s Congress',
      effectiveDate: '2012-01-01',
    },
    {
      lawName: 'Resident Identity Card Law of the People\'s Republic of China',
      docNumber: 'Presidential Order No. 51 (2011 amendment)',
      article: 'Article 20',
      clauseText: 'Citizens applying for, renewing or replacing a resident identity card pay a production fee set by the State Council\'s price and finance authorities. Urban residents receiving the minimum living allowance and rural residents in special hardship are exempt when they first apply or renew; other residents in real hardship may have the fee reduced. (Unofficial English summary.)',
      issuer: 'Standing Committee of the National People\'s Congress',
      effectiveDate: '2012-01-01',
    },
    {
      lawName: 'Measures of the People\'s Republic of China for the Administration of Temporary Resident Identity Cards',
      docNumber: 'Ministry of Public Security Order No. 78',
      article: 'Articles 2, 7 and 12',
      issuer: 'Ministry of Public Security',
    },
    {
      lawName: 'Notice of the NDRC and the Ministry of Finance on the Fee Standards for Resident Identity Cards',
      docNumber: 'Fagai Jiage [2003] No. 2322',
      issuer: 'National Development and Reform Commission; Ministry of Finance',
    },
  ],
  acceptConditions: [
    'You may apply in any of the following cases:',
    '',
    '1. **Renewal on expiry**: the card has expired or expires within 3 months.',
    '2. **Renewal of a damaged card**: the card is badly damaged, the photo or text cannot be read, or the chip cannot be read.',
    '3. **Replacement of a lost card**: the card was lost or stolen. It is reported lost when the application is accepted and stops being valid at once.',
    '4. **Hukou outside Dongguan**: if you live, work or study in Dongguan, you can use ' + T_REMOTE + ' for all three services above.',
    '',
    'Applicants with a Dongguan hukou show their ' + T_HUKOU + '. Applicants under 16 must be accompanied by a guardian.',
  ].join('\n'),
  quantityLimit: 'Each citizen holds only one valid resident identity card at a time.',
  prohibitions: 'Do not apply in another person\'s name or with false information; a card reported lost may not be used again even if it is found.',
  legalTimeLimit: { value: 60, unit: '工作日', note: 'Counted from the day the application is accepted.' },
  promisedTimeLimit: {
    value: 20,
    unit: '工作日',
    note: '20 working days for Dongguan hukou holders; 40 working days for cross-region applications. Postage time is not included.',
  },
  specialProcedures: '无', // sentinel value of the element, kept as in zh-CN
  isCharged: true,
  feeBasis: 'Article 20 of the Resident Identity Card Law; Notice of the NDRC and the Ministry of Finance on the Fee Standards for Resident Identity Cards (Fagai Jiage [2003] No. 2322).',
  feeItems: [
    {
      name: 'Card production fee (renewal on expiry)',
      standard: 'CNY 20 per card',
      amountYuan: 20,
      basis: 'Fagai Jiage [2003] No. 2322',
      reducible: true,
      reductionBasis: 'Article 20 of the Resident Identity Card Law: waived on renewal for urban residents receiving the minimum living allowance and rural residents in special hardship; may be reduced for others in real hardship.',
      order: 1,
    },
    {
      name: 'Card production fee (renewal of a damaged card)',
      standard: 'CNY 40 per card',
      amountYuan: 40,
      basis: 'Fagai Jiage [2003] No. 2322',
      reducible: false,
      order: 2,
    },
    {
      name: 'Card production fee (replacement of a lost card)',
      standard: 'CNY 40 per card',
      amountYuan: 40,
      basis: 'Fagai Jiage [2003] No. 2322',
      reducible: false,
      order: 3,
    },
    {
      name: 'Temporary resident identity card production fee',
      standard: 'CNY 10 per card',
      amountYuan: 10,
      basis: 'Fagai Jiage [2003] No. 2322',
      reducible: false,
      order: 4,
      remark: 'Charged only if you choose to take a temporary card because you urgently need ID while waiting for the new card.',
    },
  ],
  onlinePayment: true,
  offlineSteps: [
    {
      order: 1,
      name: 'Acceptance',
      actor: 'Household registration window officer',
      timeLimit: 'On the spot',
      note: 'Take a queue number and go to the household registration window. The officer checks your identity and, for a Dongguan hukou, your ' + T_HUKOU + '; the old card is handed in for renewals, and a lost card is reported lost on the spot.',
    },
    {
      order: 2,
      name: 'Data capture',
      actor: 'Household registration window officer',
      timeLimit: 'On the spot',
      note: 'Your photo and fingerprints are taken free of charge at the window; you check and sign the ID card application form.',
    },
    {
      order: 3,
      name: 'Review',
      actor: 'Household registration authority',
      timeLimit: '5 working days',
      note: 'The application is checked against the hukou records; a ' + T_REMOTE + ' is passed to the police of the hukou place for review.',
    },
    {
      order: 4,
      name: 'Issue and production',
      actor: 'Issuing public security authority',
      timeLimit: '13 working days (33 for cross-region applications)',
      note: 'Once approved, the new card is issued and produced.',
    },
    {
      order: 5,
      name: 'Delivery',
      actor: 'Household registration window',
      timeLimit: '2 working days',
      note: 'Collect the card at the window where you applied, or receive it by post, as chosen when applying. Progress is shown by text message and in the Yueshengshi app.',
    },
  ],
  onlineSteps: [
    { order: 1, name: 'Book online', actor: 'Applicant', note: 'Choose a window and time slot in the Guanjia Zhengwu mini-program or the Yueshengshi app.' },
    { order: 2, name: 'Pre-fill', actor: 'Applicant', note: 'State the reason (renewal or replacement), choose collection at the window or delivery by post, and enter your address.' },
    { order: 3, name: 'Capture at the window', actor: 'Household registration window officer', note: 'Come at the booked time for photo and fingerprints and pay the fee by scanning a code.' },
    { order: 4, name: 'Track progress', actor: 'Applicant', note: 'Follow production and delivery under certificate progress in Yueshengshi.' },
  ],
  handlingModes: ['窗口办理', '网上办理'],
  onSiteVisits: 1,
  onSiteReason: 'You must come to a household registration window in person so that your photo and fingerprints can be taken and your identity checked; if you choose delivery by post, no second visit is needed.',
  isOnline: true,
  onlineDepth: 'Ⅱ',
  onlineUrl: zh01.onlineUrl,
  inServiceHall: true,
  courier: true,
  bookable: true,
  bookingUrl: zh01.bookingUrl,
  locations: ['LOC-SMFWZX', 'LOC-DC-ZWFW', 'LOC-CA-ZWFW', 'LOC-HM-HZ'],
  openingHours: HALL_HOURS,
  resultType: '出证办结',
  resultName: 'Resident Identity Card of the People\'s Republic of China',
  resultSample: resultSample('M01', 'Resident identity card'),
  resultDelivery: ['窗口领取', '邮寄送达'],
  consult: CONSULT,
  complaint: GA_COMPLAINT,
  materials: [
    {
      key: 'household-register',
      name: 'Household register (hukou booklet)',
      order: 1,
      necessity: '必要',
      materialType: '证件证书证明',
      form: '原件',
      submission: '纸质和电子',
      sourceChannel: '调取电子证照库',
      sourceNote: 'The electronic household register in Yueshengshi can be shown instead of the paper original; bring the paper booklet if it cannot be retrieved.',
      copiesOriginal: 1,
      copiesCopy: 0,
      linkedECert: 'Electronic household register',
      plainNote: 'Your family hukou booklet; the window checks it and hands it straight back. Not needed if your hukou is outside Dongguan.',
      appliesWhen: [{ fact: 'hukouInDongguan', equals: true }],
      sharedKey: 'household-register',
    },
    {
      key: 'old-id-card',
      name: 'Current resident identity card',
      order: 2,
      necessity: '必要',
      materialType: '证件证书证明',
      form: '原件',
      submission: '纸质',
      sourceChannel: '申请人自备',
      copiesOriginal: 1,
      copiesCopy: 0,
      plainNote: 'Bring your old card if it has expired or is damaged; you hand it in. Not needed if it was lost.',
      legalBasis: 'Article 11 of the Resident Identity Card Law: the old card must be returned when the new one is collected.',
      appliesWhen: [{ fact: 'hasOldCard', equals: true }],
      sharedKey: 'resident-id-card',
    },
    {
      key: 'application',
      name: 'Resident identity card application form',
      order: 3,
      necessity: '必要',
      materialType: '申请表格',
      form: '原件',
      submission: '纸质',
      sourceChannel: '其他',
      sourceNote: 'Printed at the window after your data is captured; nothing to download or fill in beforehand.',
      copiesOriginal: 1,
      copiesCopy: 0,
      paperSize: 'A4',
      fillingInstructions: [
        '- When the window prints the form, check your name, citizen ID number, address and photo, then sign.',
        '- The address follows your ' + T_HUKOU + '; if your hukou details are wrong, have them corrected first.',
        '- Before signing you can :sample[see a filled-in sample]{material="application"} to find where to sign.',
      ].join('\n'),
      sampleForm: sampleForm('M01', 'application', 'Resident identity card application form'),
      plainNote: 'A form the window prints for you: check the details and sign.',
    },
    {
      key: 'guardian-id',
      name: 'Guardian\'s resident identity card',
      order: 4,
      necessity: '必要',
      materialType: '证件证书证明',
      form: '原件',
      submission: '纸质',
      sourceChannel: '申请人自备',
      copiesOriginal: 1,
      copiesCopy: 0,
      plainNote: 'A child under 16 comes with a parent or other guardian, who brings their own ID card.',
      appliesWhen: [{ fact: 'under16', equals: true }],
    },
    {
      key: 'guardian-commitment',
      name: 'Guardianship declaration',
      order: 5,
      necessity: '必要',
      materialType: '申请表格',
      form: '原件',
      submission: '纸质',
      sourceChannel: '申请人自备',
      copiesOriginal: 1,
      copiesCopy: 0,
      paperSize: 'A4',
      fillingInstructions: [
        '- Needed when the accompanying guardian and the applicant under 16 are not in the same household register.',
        '- State how you are related to the child (for example grandparent), then sign and date it.',
        '- You can :blank[download the blank form]{material="guardian-commitment"} or :sample[see a filled-in sample]{material="guardian-commitment"}.',
      ].join('\n'),
      blankForm: blankForm('M01', 'guardian-commitment', 'Guardianship declaration'),
      sampleForm: sampleForm('M01', 'guardian-commitment', 'Guardianship declaration'),
      plainNote: 'If the adult bringing the child is not in the same hukou booklet, they sign this to confirm they are the child\'s guardian.',
      appliesWhen: [
        { fact: 'under16', equals: true },
        { fact: 'guardianInSameHousehold', equals: false },
      ],
    },
  ],
  faqs: [
    {
      order: 1,
      question: 'My card has not expired yet. Can I renew it early?',
      answer: 'You can apply for renewal on expiry within 3 months before the expiry date; the fee is CNY 20 per card. If the card is intact and expires more than 3 months from now, renewal is not accepted yet. A damaged card can be renewed at any time as a damaged card; the fee is CNY 40 per card.',
    },
    {
      order: 2,
      question: 'How long is the new card valid?',
      answer: [
        'Validity depends on your age when you apply:',
        '',
        '- under 16: 5 years;',
        '- 16 to 25: 10 years;',
        '- 26 to 45: 20 years;',
        '- 46 and over: long-term.',
      ].join('\n'),
    },
    {
      order: 3,
      question: 'What if I urgently need ID while waiting for the new card?',
      answer: 'Applicants with a Dongguan hukou can apply for a temporary resident identity card at the same time. The fee is CNY 10 per card; it is usually issued within 3 days of acceptance and is valid for 3 months. Hand it back when you collect the new card.',
    },
    {
      order: 4,
      question: 'My hukou is not in Dongguan. Can I renew or replace my card in Dongguan?',
      answer: 'Yes. If you live, work or study in Dongguan, any household registration window in Dongguan accepts a ' + T_REMOTE + ' for renewal on expiry, renewal of a damaged card and replacement of a lost card. Fees are the same as for local residents and the card is ready within 40 working days. You can apply, for example, at the :location[Dongguan Citizen Service Centre]{code="LOC-SMFWZX"}.',
    },
  ],
  plainSummary: 'If your ID card has expired, is damaged or was lost, any household registration window in Dongguan can issue a new one. Renewal on expiry costs CNY 20; a damaged or lost card costs CNY 40. Your photo and fingerprints are taken free on the spot, so no photos are needed. Dongguan hukou holders get the card in about 20 working days, others in about 40, and it can be posted to your home.',
  plainNotes: [
    { element: 'materials', note: 'Dongguan hukou: bring the hukou booklet (or the electronic one in Yueshengshi). For a renewal, bring the old card. A child under 16 comes with a parent who brings their own ID card.' },
    { element: 'fees', note: 'CNY 20 for renewal on expiry, CNY 40 for a damaged or lost card, CNY 10 for an optional temporary card. Renewal on expiry is free for minimum-allowance households.' },
    { element: 'timeLimits', note: 'About 20 working days with a Dongguan hukou, about 40 with a hukou elsewhere, plus postage.' },
    { element: 'locations', note: 'The Citizen Service Centre and the household registration windows of every town can help; booking in the Guanjia Zhengwu mini-program saves waiting time.' },
    { element: 'result', note: 'Collect the new card at the window or have it posted home.' },
  ],
  beforeYouGo: [
    'Book a window and time slot in the Guanjia Zhengwu mini-program to avoid a long wait.',
    'Do not bring photos: the window takes your photo for free. Avoid white tops, hats and tinted glasses that day.',
    'For a lost card, the card is reported lost first at the window and becomes invalid at once, even if you find it later.',
    'If you want the card posted, have your full delivery address and mobile number ready.',
  ],
  commonMistakes: [
    'Thinking you must go back to your hukou place: people with a hukou elsewhere can renew or replace the card in Dongguan.',
    'Bringing photos from a studio: ID card photos are only taken at the household registration window.',
    'Sending a child alone: applicants under 16 must be accompanied by a guardian.',
    'Coming to renew six months before expiry: renewal on expiry starts 3 months before the expiry date.',
  ],
  owners: GA_OWNERS,
  highFrequency: true,
};

// ───────────────────────────────────────────────────────────────────────────────────────────
// M02 Registration of an individual business — Dongguan Administration for Market Regulation
// ───────────────────────────────────────────────────────────────────────────────────────────
const T_SCOPE = ':term[business scope]{plain="the kinds of business you plan to do, chosen from the standard wording list"}';
const T_ADDRESS = ':term[standard address]{plain="the official door-plate address that can be found in the Dongguan address database"}';
const T_RONGQUE = ':term[acceptance with a pending document]{plain="the application is accepted now and the missing document is handed in later by a set date"}';
const T_PROPERTY = ':term[real estate title certificate]{plain="the property ownership certificate, often called the red book"}';
const T_USCC = ':term[unified social credit code]{plain="the 18-character number on the business licence, like an ID number for your shop"}';
const T_ONLINE_ALL = ':term[fully online service]{plain="everything from applying to receiving the result is done online, with no visit"}';

const m02: Matter = {
  code: 'M02',
  taskName: 'Registration of an individual business',
  shortName: 'Individual business registration',
  colloquialNames: ['open a small shop', 'individual business licence', 'register a sole trader business', 'getihu licence'],
  catalogCode: zh02.catalogCode,
  taskCode: zh02.taskCode,
  taskVersion: 4,
  taskState: '在用',
  taskType: '行政许可',
  powerSource: '法定本级行使',
  useLevels: ['市级', '乡镇(街道)级'],
  projectType: '承诺件',
  reviewType: '前审后批',
  serviceObjects: ['自然人'],
  department: 'DG-SCJG',
  deptNature: '法定机关',
  handlingItems: [
    { code: '01', name: 'Registration with physical premises', note: 'For businesses operating from a shop, stall or other physical premises.' },
    { code: '02', name: 'Registration with online premises', note: 'For businesses that only run an online shop on an e-commerce platform; the shop\'s web address serves as the premises.' },
  ],
  legalBasis: [
    {
      lawName: 'Regulations on Promoting the Development of Individual Businesses',
      docNumber: 'State Council Order No. 755',
      article: 'Article 2',
      issuer: 'State Council',
      effectiveDate: '2022-11-01',
    },
    {
      lawName: 'Regulations of the People\'s Republic of China on the Administration of Market Entity Registration',
      docNumber: 'State Council Order No. 746',
      article: 'Articles 3 and 19',
      issuer: 'State Council',
      effectiveDate: '2022-03-01',
    },
    {
      lawName: 'Implementing Rules of the Regulations on the Administration of Market Entity Registration',
      docNumber: 'SAMR Order No. 52',
      issuer: 'State Administration for Market Regulation',
      effectiveDate: '2022-03-01',
    },
  ],
  acceptConditions: [
    '1. The applicant is a citizen able to run a business, operating as an individual or as a family.',
    '2. A business name is optional; if you register one, it must not duplicate the name of an individual business in the same trade already registered with the same registration authority.',
    '3. The premises are clearly identified: a physical shop is registered at its ' + T_ADDRESS + '; an online-only shop uses its web address.',
    '4. The ' + T_SCOPE + ' is chosen from the Catalogue of Standard Wording for Business Scope Registration; for activities that need a permit, such as food business, apply for the permit after receiving the business licence.',
    '5. If the proof of premises is not ready yet, you may choose ' + T_RONGQUE + ': sign the commitment letter and hand the document in within 10 working days.',
  ].join('\n'),
  prohibitions: 'Trades that laws or administrative regulations close to individuals cannot be registered; do not apply with another person\'s identity or with false premises information.',
  legalTimeLimit: {
    value: 3,
    unit: '工作日',
    note: 'Article 19 of the Regulations on the Administration of Market Entity Registration: if registration cannot be done on the spot, it is done within 3 working days; complex cases may be extended by 3 more working days with the approval of the head of the registration authority.',
  },
  promisedTimeLimit: {
    value: 1,
    unit: '工作日',
    note: 'On the spot or within 1 working day when the documents are complete and in legal form; with a pending document, counted from the day it is handed in.',
  },
  specialProcedures: '无', // sentinel value of the element, kept as in zh-CN
  isCharged: false,
  feeItems: [],
  onlinePayment: false,
  offlineSteps: [
    {
      order: 1,
      name: 'Acceptance',
      actor: 'Registration window',
      timeLimit: 'On the spot',
      note: 'The window checks the operator\'s identity and the documents. Anything missing or not in legal form is listed for you in one go; if only the proof of premises is missing, you may ask for ' + T_RONGQUE + '.',
    },
    {
      order: 2,
      name: 'Review',
      actor: 'Registration window',
      timeLimit: 'On the spot or half a working day',
      note: 'The name, premises and ' + T_SCOPE + ' are checked for form.',
    },
    {
      order: 3,
      name: 'Decision',
      actor: 'Registration authority',
      timeLimit: 'Half a working day',
      note: 'Registration is granted if the conditions are met; otherwise a notice of refusal with the reasons is issued.',
    },
    {
      order: 4,
      name: 'Completion',
      actor: 'Registration authority',
      timeLimit: 'On the spot',
      note: 'A business licence carrying the ' + T_USCC + ' is issued, together with an electronic business licence.',
    },
    {
      order: 5,
      name: 'Delivery',
      actor: 'Registration window',
      timeLimit: 'On the spot',
      note: 'Collect the paper licence at the window or receive it by post; download the electronic licence in the Yueshangtong app or the national electronic business licence mini-program.',
    },
  ],
  onlineSteps: [
    { order: 1, name: 'Sign in', actor: 'Operator', note: 'Sign in to the Yueshangtong app or the Guangdong one-stop business start-up platform and verify your identity with face recognition.' },
    { order: 2, name: 'Fill in', actor: 'Operator', note: 'Choose or check the name, enter the ' + T_ADDRESS + ', tick the standard ' + T_SCOPE + ' and upload the proof of premises.' },
    { order: 3, name: 'Sign electronically', actor: 'Operator', note: 'The system generates the application form; sign it electronically and submit.' },
    { order: 4, name: 'Review and decision', actor: 'Registration authority', note: 'The authority reviews the application and sends the result by text message.' },
    { order: 5, name: 'Receive the licence', actor: 'Operator', note: 'Download the electronic licence; have the paper licence posted or collect it at a window.' },
  ],
  handlingModes: ['窗口办理', '网上办理'],
  onSiteVisits: 0,
  onSiteReason: '无', // sentinel value of the element, kept as in zh-CN
  isOnline: true,
  onlineDepth: 'Ⅳ',
  onlineUrl: zh02.onlineUrl,
  inServiceHall: true,
  courier: true,
  bookable: true,
  bookingUrl: zh02.bookingUrl,
  locations: ['LOC-SMFWZX', 'LOC-TX-SCJG', 'LOC-CA-ZWFW', 'LOC-SSH-ZWFW'],
  openingHours: HALL_HOURS,
  resultType: '出证办结',
  resultName: 'Business licence',
  resultSample: resultSample('M02', 'Business licence of an individual business'),
  resultDelivery: ['电子证照', '窗口领取', '邮寄送达'],
  consult: CONSULT,
  complaint: SCJG_COMPLAINT,
  materials: [
    {
      key: 'application',
      name: 'Application form for registration of an individual business',
      order: 1,
      necessity: '必要',
      materialType: '申请表格',
      form: '原件',
      submission: '纸质和电子',
      sourceChannel: '在线填报',
      sourceNote: 'Generated by the system when applying online; at a window, fill it in on site or download it in advance.',
      copiesOriginal: 1,
      copiesCopy: 0,
      paperSize: 'A4',
      fillingInstructions: [
        '- Online, the form is generated automatically; the operator only signs electronically, nothing needs printing.',
        '- At a window, fill it in with a black pen and have the operator sign it. You can :blank[download the blank form]{material="application"} and :sample[see a filled-in sample]{material="application"}.',
        '- Under premises, enter the ' + T_ADDRESS + ' down to the building and room number.',
        '- Choose the ' + T_SCOPE + ' from the standard wording catalogue instead of describing it yourself; if you pick an activity that needs a permit, apply for the permit after receiving the licence.',
        '- Choose individual or family operation; for a family business, every family member taking part signs.',
        '- The name is optional; if you want one, it usually reads "Dongguan + trade name + trade + shop (restaurant, store and so on)".',
      ].join('\n'),
      blankForm: blankForm('M02', 'application', 'Application form for registration of an individual business'),
      sampleForm: sampleForm('M02', 'application', 'Application form for registration of an individual business'),
      plainNote: 'The shop application form: who runs it, where it is and what it sells, signed by the operator.',
    },
    {
      key: 'operator-id',
      name: 'Operator\'s resident identity card',
      order: 2,
      necessity: '必要',
      materialType: '证件证书证明',
      form: '原件',
      submission: '纸质和电子',
      sourceChannel: '调取电子证照库',
      sourceNote: 'Online, identity is verified by real-name login and face recognition, so nothing is uploaded; at a window, show the original.',
      copiesOriginal: 1,
      copiesCopy: 0,
      linkedECert: 'Electronic resident identity card',
      plainNote: 'The operator\'s own ID card.',
      sharedKey: 'resident-id-card',
    },
    {
      key: 'premises-proof',
      name: 'Proof of business premises',
      order: 3,
      necessity: '容缺后补',
      materialType: '证件证书证明',
      form: '原件或复印件',
      submission: '纸质和电子',
      sourceChannel: '申请人自备',
      copiesOriginal: 0,
      copiesCopy: 1,
      paperSize: 'A4',
      fillingInstructions: [
        'Provide one of the following, depending on your premises:',
        '',
        '- **Your own property**: a copy of the ' + T_PROPERTY + ';',
        '- **Rented property**: the lease, plus a copy of the landlord\'s real estate title certificate;',
        '- **Property without a title certificate yet**: a certificate of premises use issued by the villagers\' or residents\' committee;',
        '- **Online shop only**: the shop\'s web address and a screenshot of its home page; no property documents are needed.',
        '',
        'If you cannot get it yet, ask for ' + T_RONGQUE + ': sign the commitment letter and hand the document in within 10 working days; otherwise the application is closed.',
      ].join('\n'),
      plainNote: 'Shows you have somewhere to run the shop: your property certificate if you own it, or the lease plus the landlord\'s property certificate if you rent.',
      remark: 'On the acceptance-with-pending-document list of the Dongguan Administration for Market Regulation; at most 10 working days to hand it in.',
      toleranceDays: 10,
      sharedKey: 'premises-proof',
    },
    {
      key: 'tolerance-commitment',
      name: 'Commitment letter for a pending document',
      order: 4,
      necessity: '必要',
      materialType: '申请表格',
      form: '原件',
      submission: '纸质和电子',
      sourceChannel: '申请人自备',
      copiesOriginal: 1,
      copiesCopy: 0,
      paperSize: 'A4',
      fillingInstructions: [
        '- Only needed when the proof of premises is missing and you choose ' + T_RONGQUE + '.',
        '- Name the missing document and the date you will hand it in (no more than 10 working days later), and sign as operator.',
        '- You can :blank[download the blank form]{material="tolerance-commitment"} or :sample[see a filled-in sample]{material="tolerance-commitment"}.',
      ].join('\n'),
      blankForm: blankForm('M02', 'tolerance-commitment', 'Commitment letter for a pending document'),
      sampleForm: sampleForm('M02', 'tolerance-commitment', 'Commitment letter for a pending document'),
      plainNote: 'If the lease is not ready but you want to start, sign this and say by when you will bring it.',
      appliesWhen: [{ fact: 'premisesProofPending', equals: true }],
    },
    {
      key: 'agent-authorization',
      name: 'Power of attorney for an agent',
      order: 5,
      necessity: '必要',
      materialType: '申请表格',
      form: '原件',
      submission: '纸质和电子',
      sourceChannel: '申请人自备',
      copiesOriginal: 1,
      copiesCopy: 0,
      paperSize: 'A4',
      fillingInstructions: [
        '- Needed when someone else applies at a window for you: state what they may do and sign as operator.',
        '- You can :blank[download the blank form]{material="agent-authorization"} or :sample[see a filled-in sample]{material="agent-authorization"}.',
      ].join('\n'),
      blankForm: blankForm('M02', 'agent-authorization', 'Power of attorney for an agent'),
      sampleForm: sampleForm('M02', 'agent-authorization', 'Power of attorney for an agent'),
      plainNote: 'Only if someone else goes to the window for you.',
      appliesWhen: [{ fact: 'byAgent', equals: true }],
    },
    {
      key: 'agent-id',
      name: 'Agent\'s resident identity card',
      order: 6,
      necessity: '必要',
      materialType: '证件证书证明',
      form: '原件',
      submission: '纸质',
      sourceChannel: '申请人自备',
      copiesOriginal: 1,
      copiesCopy: 0,
      plainNote: 'The person applying for you brings their own ID card.',
      appliesWhen: [{ fact: 'byAgent', equals: true }],
    },
  ],
  faqs: [
    {
      order: 1,
      question: 'Does an individual business need a name?',
      answer: 'No. An individual business may be registered without a name, and the name field of the licence stays empty. If you want a name, it usually reads "Dongguan + trade name + trade + shop (restaurant, store and so on)", and you can check online whether it is already taken.',
    },
    {
      order: 2,
      question: 'How do I fill in the business scope?',
      answer: 'Choose the ' + T_SCOPE + ' from the Catalogue of Standard Wording for Business Scope Registration instead of describing it yourself. If an item needs a permit (such as catering or food sales), first get the business licence, then apply to market regulation for a food business permit; you may start that activity only once the permit is granted.',
    },
    {
      order: 3,
      question: 'I rent my shop and the landlord has no real estate title certificate. What can I do?',
      answer: 'If the property has no ' + T_PROPERTY + ' yet, the villagers\' or residents\' committee can issue a certificate of premises use. If you cannot get it right away, ask for ' + T_RONGQUE + ' and hand it in within 10 working days after signing the commitment letter.',
    },
    {
      order: 4,
      question: 'Do I need to go anywhere if I apply online?',
      answer: 'No. The Yueshangtong app and the Guangdong one-stop business start-up platform offer a ' + T_ONLINE_ALL + '; the electronic licence is downloaded online and the paper licence can be posted.',
    },
  ],
  plainSummary: 'To open a small shop in Dongguan, first get a business licence. With your ID card and proof of premises you can do everything online in the Yueshangtong app or on the Guangdong one-stop business start-up platform, free of charge; with complete documents the licence is usually ready within 1 working day. Before applying, settle the standard address of the shop and the business scope you plan.',
  plainNotes: [
    { element: 'summary', note: 'Licence first: ID card plus proof of premises, done online, free.' },
    { element: 'acceptConditions', note: 'Settle two things first: the standard address of the shop (down to the room number) and the business scope (chosen from the standard list).' },
    { element: 'materials', note: 'Own property: a copy of the property certificate. Rented: the lease and a copy of the landlord\'s property certificate. Online shop only: the shop\'s web address. If the rental papers are missing, sign a commitment letter and bring them within 10 working days.' },
    { element: 'timeLimits', note: 'With complete documents, the licence is ready the same day or within 1 working day.' },
    { element: 'onlineService', note: 'Done entirely online in Yueshangtong or on the Guangdong one-stop business start-up platform, with no visit.' },
    { element: 'fees', note: 'The business licence is free.' },
  ],
  beforeYouGo: [
    'Confirm the standard address of the shop: the door-plate address found in the Dongguan address database, down to the building and room number.',
    'Confirm the business scope: choose it from the Catalogue of Standard Wording for Business Scope Registration; for food, tobacco and other permit items, apply for the permit after the licence.',
    'If you rent, ask the landlord early for the lease and a copy of the property certificate.',
    'If you want a name, prepare two or three trade names and check online that they are not taken.',
  ],
  commonMistakes: [
    'Giving only the estate or street instead of the building and room number.',
    'Describing the business scope in your own words, so the application is sent back for changes.',
    'Thinking a business licence is enough to run a restaurant: food businesses also need a food business permit.',
    'Sending someone to apply for you without a power of attorney and the agent\'s ID card.',
  ],
  owners: SCJG_OWNERS,
  highFrequency: true,
};

/** English versions of M01 and M02. */
export const mattersEn: Matter[] = [m01, m02];
