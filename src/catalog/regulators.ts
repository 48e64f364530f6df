import type { Region } from './types';

/**
 * Official bodies that take complaints about wallets, by region: the guide's directory
 * (guide.html#regulators). Sorted by region (REGULATOR_REGIONS order), then by id;
 * tests/unit/regulators.test.ts checks order and format.
 *
 * Written without web access (2026-11). The bodies and their main sites are well known; entries
 * marked UNCONFIRMED below have a detail (a deep link, https on that host, or a phone number)
 * that could not be checked against the live site and should be verified before a release.
 * Details later checked against stored public sources carry a `Confirmed:` comment with the
 * source's address; `(third-party only)` means no page of the body itself was found, and
 * `(path only)` that only pages below the linked one were found.
 * Where a complaint form sits deep in a site that is often redesigned, `url` is the body's home
 * page and `howToFile` says where to go from there.
 */
export type RegulatorRegion = Exclude<Region, 'global'>;

/** Directory order when nothing puts a region first. */
export const REGULATOR_REGIONS: readonly RegulatorRegion[] = [
  'cn',
  'hk',
  'tw',
  'sg',
  'us',
  'uk',
  'eu',
];

/** What a body handles; shown as labels, so the user can pick the one that fits the problem. */
export const REGULATOR_TOPICS = [
  'banking',
  'consumer',
  'fraud',
  'payments',
  'securities',
  'virtual-assets',
] as const;
export type RegulatorTopic = (typeof REGULATOR_TOPICS)[number];

export interface Regulator {
  /** kebab-case, unique. */
  id: string;
  region: RegulatorRegion;
  name: { en: string; zh: string };
  /** Sorted, at least one. */
  handles: RegulatorTopic[];
  /** Official https page where a complaint or report starts. */
  url: string;
  /** Public hotline, as the body writes it (local format). */
  phone?: string;
  /** One or two sentences: where to file and what to have ready. */
  howToFile: { en: string; zh: string };
}

export const REGULATORS: readonly Regulator[] = [
  // ── Mainland China ──
  {
    // Confirmed (third-party only): 96110 is the Ministry of Public Security's national
    // anti-fraud warning and consultation line (local news and police pages, 2021–2025); it is not
    // an emergency number. UNCONFIRMED: the Ministry's site as the link (no page of 96110's own).
    id: 'anti-fraud-96110',
    region: 'cn',
    name: {
      en: '96110 anti-fraud warning line (Ministry of Public Security)',
      zh: '96110 反诈预警劝阻专线（公安部）',
    },
    handles: ['fraud'],
    url: 'https://www.mps.gov.cn/',
    phone: '96110',
    howToFile: {
      en: 'Call 96110 to ask whether something is a scam or to report a scam lead, and always answer a call from 96110: it means the police think you or your family are being targeted. If you already lost money, call 110.',
      zh: '拨打 96110 咨询是否遇到诈骗或举报诈骗线索；接到 96110 来电务必接听：这说明警方认为您或家人可能正在被骗。如已被骗，请拨打 110 报警。',
    },
  },
  {
    id: 'csrc',
    region: 'cn',
    name: {
      en: 'China Securities Regulatory Commission (CSRC)',
      zh: '中国证券监督管理委员会（证监会）',
    },
    handles: ['securities'],
    // Confirmed (third-party only): https://github.com/MLT-OSS/FirstData/blob/81194b5fe06b516d54df565267720a7ac8411d9d/firstdata/sources/china/finance/securities/csrc.json
    // (a data catalog lists the site as https://www.csrc.gov.cn; no official page was found).
    url: 'https://www.csrc.gov.cn/',
    phone: '12386',
    howToFile: {
      en: 'Complaints about securities and futures firms: call the 12386 hotline or use the online channel on the CSRC site.',
      zh: '涉及证券、期货机构的投诉：拨打 12386 热线，或通过证监会网站的在线渠道提交。',
    },
  },
  {
    id: 'mps',
    region: 'cn',
    name: { en: 'Public security (police)', zh: '公安机关' },
    handles: ['fraud'],
    // Confirmed: https://github.com/DIYgod/RSSHub/blob/768a70c8dfef4aa4ed4ccfea94f01fde5d04e43a/lib/routes/gov/mps/policy.ts
    // (RSSHub loads the ministry's pages from https://www.mps.gov.cn).
    url: 'https://www.mps.gov.cn/',
    phone: '110',
    howToFile: {
      en: 'If you were defrauded, report it at once by calling 110 or at a local police station; bring transaction records and chat logs. Crypto-exchange business is illegal on the mainland (notice of the PBOC and nine other authorities, September 2021): no financial regulator takes complaints about an exchange, and the police act only where there was fraud.',
      zh: '遭遇诈骗请立即拨打 110 或到当地派出所报案，携带交易记录和聊天记录。虚拟货币交易所业务在中国内地属于非法金融活动（中国人民银行等十部门 2021 年 9 月通知）：没有金融监管机构受理针对交易所的投诉，只有在涉及诈骗时公安机关才会介入。',
    },
  },
  {
    id: 'nfra',
    region: 'cn',
    name: {
      en: 'National Financial Regulatory Administration (NFRA)',
      zh: '国家金融监督管理总局',
    },
    handles: ['banking', 'consumer'],
    // Confirmed: https://github.com/DIYgod/RSSHub/blob/4c98df169ef64fc8e5fdf9cea652350f9476e3f7/lib/routes/gov/cbirc/index.ts
    // (RSSHub fetches the administration's pages and data from https://www.nfra.gov.cn).
    url: 'https://www.nfra.gov.cn/',
    phone: '12378',
    howToFile: {
      en: 'Complaints about banks and insurers: call 12378, the banking and insurance consumer complaint hotline, after the institution itself has not resolved it.',
      zh: '针对银行、保险机构的投诉：机构自身未解决时，拨打 12378 银行保险消费者投诉维权热线。',
    },
  },
  {
    id: 'pboc',
    region: 'cn',
    name: { en: "People's Bank of China (PBOC)", zh: '中国人民银行' },
    handles: ['banking', 'consumer', 'payments'],
    // Confirmed (third-party only): https://github.com/MLT-OSS/FirstData/blob/81194b5fe06b516d54df565267720a7ac8411d9d/firstdata/sources/china/finance/banking/pbc.json
    // (a data catalog lists the site as https://www.pbc.gov.cn; no official page was found).
    url: 'https://www.pbc.gov.cn/',
    phone: '12363',
    howToFile: {
      en: 'Supervises payment institutions such as Alipay and WeChat Pay. Call the 12363 financial consumer protection hotline with your account details and records.',
      zh: '负责监管支付宝、微信支付等非银行支付机构。拨打 12363 金融消费权益保护热线，准备好账户信息和相关记录。',
    },
  },
  {
    id: 'samr-12315',
    region: 'cn',
    name: {
      en: '12315 consumer complaint platform (SAMR)',
      zh: '全国 12315 平台（国家市场监督管理总局）',
    },
    handles: ['consumer'],
    url: 'https://www.12315.cn/',
    phone: '12315',
    howToFile: {
      en: 'File a consumer complaint online or call 12315; name the company, describe the dispute and upload evidence.',
      zh: '在线提交消费投诉或拨打 12315，写明经营者名称、争议经过并上传证据。',
    },
  },
  // ── Hong Kong ──
  {
    id: 'adcc',
    region: 'hk',
    name: {
      en: 'Anti-Deception Coordination Centre, Hong Kong Police (ADCC)',
      zh: '香港警务处反诈骗协调中心',
    },
    handles: ['fraud'],
    // Confirmed: https://www.adcc.gov.hk/en-hk/about-us.html (the ADCC's own site, served over https;
    // names the 24-hour Anti-Scam Helpline 18222).
    url: 'https://www.adcc.gov.hk/',
    phone: '18222',
    howToFile: {
      en: 'Call the 18222 Anti-Scam Helpline at once if you paid a scammer; report the case to the police.',
      zh: '如已向骗子付款，请立即拨打 18222 防骗易热线并向警方报案。',
    },
  },
  {
    id: 'consumer-council-hk',
    region: 'hk',
    name: { en: 'Consumer Council', zh: '消费者委员会' },
    handles: ['consumer'],
    url: 'https://www.consumer.org.hk/',
    phone: '2929 2222',
    howToFile: {
      en: 'Lodge a complaint online or through the hotline; the Council mediates between you and the company.',
      zh: '通过网上表格或热线投诉，消委会会在您和商户之间调解。',
    },
  },
  {
    id: 'fdrc',
    region: 'hk',
    name: {
      en: 'Financial Dispute Resolution Centre (FDRC)',
      zh: '金融纠纷调解中心',
    },
    handles: ['banking', 'consumer', 'securities'],
    url: 'https://www.fdrc.org.hk/',
    phone: '3199 5199',
    howToFile: {
      en: 'Mediation and arbitration of money disputes with banks and licensed financial firms, after you have complained to the firm itself.',
      zh: '调解或仲裁与银行及持牌金融机构之间的金钱纠纷；需先向该机构本身投诉。',
    },
  },
  {
    id: 'hkma',
    region: 'hk',
    name: { en: 'Hong Kong Monetary Authority (HKMA)', zh: '香港金融管理局' },
    handles: ['banking', 'payments'],
    url: 'https://www.hkma.gov.hk/',
    // Confirmed: https://www.hkma.gov.hk/eng/smart-consumers/complaints/complaints-about-banks/
    // (the Complaint Processing Centre's enquiry line, (852) 2878 1378). The general line,
    // 2878 8196, is attested only by a third party (centralbanking.com); a user here has a
    // complaint, so the complaints line is the one shown.
    phone: '2878 1378',
    howToFile: {
      en: 'Supervises banks and stored value facilities (e-wallets such as AlipayHK or WeChat Pay HK). Use the complaint form on the HKMA site.',
      zh: '监管银行和储值支付工具（如 AlipayHK、WeChat Pay HK 等电子钱包）。可通过金管局网站的投诉表格提交。',
    },
  },
  {
    id: 'sfc',
    region: 'hk',
    name: {
      en: 'Securities and Futures Commission (SFC)',
      zh: '证券及期货事务监察委员会（证监会）',
    },
    handles: ['securities', 'virtual-assets'],
    url: 'https://www.sfc.hk/',
    // Confirmed: http://www.sfc.hk/web/EN/faqs/sfc-office-hours.html (general line 2231 1222;
    // option 2 reaches the duty officers for public complaints and general enquiries).
    phone: '2231 1222',
    howToFile: {
      en: 'Licenses virtual asset trading platforms. Check the SFC list of licensed platforms, then file a complaint form about the platform.',
      zh: '负责虚拟资产交易平台的发牌。先查阅证监会的持牌平台名单，再就该平台提交投诉表格。',
    },
  },
  // ── Taiwan ──
  {
    id: 'cpc-tw',
    region: 'tw',
    name: { en: 'Consumer Protection Committee', zh: '消费者保护会' },
    handles: ['consumer'],
    url: 'https://www.cpc.ey.gov.tw/',
    phone: '1950',
    howToFile: {
      en: 'File an online consumer complaint or call the 1950 consumer hotline.',
      zh: '在线提交消费申诉，或拨打 1950 消费者服务专线。',
    },
  },
  {
    id: 'foi-tw',
    region: 'tw',
    name: { en: 'Financial Ombudsman Institution (FOI)', zh: '金融消费评议中心' },
    handles: ['banking', 'consumer', 'payments'],
    url: 'https://www.foi.org.tw/',
    phone: '0800-789-885',
    howToFile: {
      en: 'Complain to the financial institution first; if it does not answer within 30 days or you disagree, apply to the FOI for review within 60 days (Financial Consumer Protection Act).',
      zh: '先向金融机构申诉；若 30 天内未获处理或不接受结果，须在 60 天内向评议中心申请评议（《金融消费者保护法》）。',
    },
  },
  {
    id: 'fsc-tw',
    region: 'tw',
    name: { en: 'Financial Supervisory Commission (FSC)', zh: '金融监督管理委员会（金管会）' },
    handles: ['banking', 'payments', 'securities', 'virtual-assets'],
    url: 'https://www.fsc.gov.tw/',
    howToFile: {
      en: 'Supervises banks, electronic payment institutions and virtual asset service providers. Use the petition mailbox on the FSC site.',
      zh: '监管银行、电子支付机构和虚拟资产服务商。可通过金管会网站的民意信箱陈情。',
    },
  },
  {
    id: 'npa-165',
    region: 'tw',
    name: { en: '165 Anti-Fraud Hotline (National Police Agency)', zh: '165 反诈骗咨询专线' },
    handles: ['fraud'],
    url: 'https://165.npa.gov.tw/',
    phone: '165',
    howToFile: {
      en: 'Call 165 or report online if you were defrauded or suspect a scam.',
      zh: '遭遇或怀疑诈骗时拨打 165，或在线报案。',
    },
  },
  // ── Singapore ──
  {
    id: 'case-sg',
    region: 'sg',
    name: { en: 'Consumers Association of Singapore (CASE)', zh: '新加坡消费者协会' },
    handles: ['consumer'],
    url: 'https://www.case.org.sg/',
    howToFile: {
      en: 'Consumer disputes with businesses: file a complaint online; CASE helps negotiate or mediate.',
      zh: '与商家的消费纠纷：在线提交投诉，消协可协助协商或调解。',
    },
  },
  {
    id: 'fidrec',
    region: 'sg',
    name: {
      en: 'Financial Industry Disputes Resolution Centre (FIDReC)',
      zh: '金融业纠纷调解中心',
    },
    handles: ['banking', 'consumer', 'securities'],
    url: 'https://www.fidrec.com.sg/',
    phone: '+65 6327 8878',
    howToFile: {
      en: 'Disputes with financial institutions after their own complaint process: file the case online with your correspondence.',
      zh: '经金融机构内部投诉仍未解决的纠纷：附上往来记录，在线提交投诉。',
    },
  },
  {
    id: 'mas',
    region: 'sg',
    name: { en: 'Monetary Authority of Singapore (MAS)', zh: '新加坡金融管理局' },
    handles: ['banking', 'payments', 'securities', 'virtual-assets'],
    url: 'https://www.mas.gov.sg/',
    howToFile: {
      en: 'Licenses payment and digital payment token services. Check the Financial Institutions Directory, then send feedback through the MAS site.',
      zh: '负责支付服务和数字支付代币服务的发牌。先查阅金融机构名录，再通过金管局网站提交意见。',
    },
  },
  {
    id: 'scamshield',
    region: 'sg',
    name: { en: 'ScamShield Helpline', zh: 'ScamShield 反诈骗热线' },
    handles: ['fraud'],
    url: 'https://www.scamshield.gov.sg/',
    // Confirmed: https://scamshield.gov.sg/scamshield-helpline ("1799 – the ScamShield Helpline", 24/7).
    phone: '1799',
    howToFile: {
      en: 'Call the helpline if you suspect a scam; make a police report if you lost money.',
      zh: '怀疑遇到诈骗时拨打热线；已有损失请向警方报案。',
    },
  },
  // ── United States ──
  {
    id: 'cfpb',
    region: 'us',
    name: { en: 'Consumer Financial Protection Bureau (CFPB)', zh: '消费者金融保护局' },
    handles: ['banking', 'consumer', 'payments'],
    url: 'https://www.consumerfinance.gov/complaint/',
    phone: '(855) 411-2372',
    howToFile: {
      en: 'Submit a complaint about a bank, money transfer or payment app online; the CFPB forwards it and the company must respond.',
      zh: '在线投诉银行、汇款或支付应用；消费者金融保护局会转交，公司须作出回应。',
    },
  },
  {
    // Confirmed: https://forms.cftc.gov/Forms/Complaint (the CFTC's tips and complaints form) and
    // https://www.cftc.gov/ConsumerProtection/RedressReparations/index.htm. UNCONFIRMED: the
    // toll-free number.
    id: 'cftc',
    region: 'us',
    name: { en: 'Commodity Futures Trading Commission (CFTC)', zh: '商品期货交易委员会' },
    handles: ['fraud', 'virtual-assets'],
    url: 'https://www.cftc.gov/complaint',
    phone: '866-366-2382',
    howToFile: {
      en: 'Report fraud with crypto assets traded as commodities, including fake trading platforms and "investment" scams: give dates, amounts, wallet addresses and transaction IDs.',
      zh: '举报涉及作为商品交易的加密资产的欺诈，包括虚假交易平台和“投资”骗局：提供日期、金额、钱包地址和交易 ID。',
    },
  },
  {
    id: 'csbs',
    region: 'us',
    name: { en: 'State financial regulators (CSBS)', zh: '各州金融监管机构（CSBS）' },
    handles: ['banking', 'payments', 'virtual-assets'],
    url: 'https://www.csbs.org/',
    howToFile: {
      en: 'Money transmitters and many crypto firms are licensed by each state. Find your state regulator through the CSBS site and file with it.',
      zh: '汇款机构和许多加密货币公司由各州发牌。通过 CSBS 网站找到您所在州的监管机构并向其投诉。',
    },
  },
  {
    id: 'ftc',
    region: 'us',
    name: { en: 'Federal Trade Commission (FTC)', zh: '联邦贸易委员会' },
    handles: ['consumer', 'fraud'],
    url: 'https://reportfraud.ftc.gov/',
    phone: '1-877-382-4357',
    howToFile: {
      en: 'Report fraud, scams and bad business practices at ReportFraud.ftc.gov.',
      zh: '在 ReportFraud.ftc.gov 举报欺诈、诈骗和不良商业行为。',
    },
  },
  {
    id: 'ic3',
    region: 'us',
    name: {
      en: 'FBI Internet Crime Complaint Center (IC3)',
      zh: '联邦调查局互联网犯罪投诉中心',
    },
    handles: ['fraud'],
    url: 'https://www.ic3.gov/',
    howToFile: {
      en: 'Report online and crypto fraud with transaction IDs, wallet addresses and dates.',
      zh: '举报网络诈骗和加密货币诈骗，附上交易 ID、钱包地址和日期。',
    },
  },
  {
    id: 'sec',
    region: 'us',
    name: { en: 'Securities and Exchange Commission (SEC)', zh: '证券交易委员会' },
    handles: ['fraud', 'securities'],
    url: 'https://www.sec.gov/tcr',
    howToFile: {
      en: 'Submit a tip or complaint about investment fraud or a securities firm.',
      zh: '就投资诈骗或证券机构提交线索或投诉。',
    },
  },
  // ── United Kingdom ──
  {
    id: 'fca',
    region: 'uk',
    name: { en: 'Financial Conduct Authority (FCA)', zh: '金融行为监管局' },
    handles: ['banking', 'payments', 'securities', 'virtual-assets'],
    url: 'https://www.fca.org.uk/',
    phone: '0800 111 6768',
    howToFile: {
      en: 'Check the Financial Services Register to see if the firm is authorised, and tell the FCA about a firm through its consumer helpline.',
      zh: '在金融服务登记册查询该公司是否获得授权，并通过消费者热线向金融行为监管局反映。',
    },
  },
  {
    id: 'fos',
    region: 'uk',
    name: { en: 'Financial Ombudsman Service', zh: '金融申诉专员服务机构' },
    handles: ['banking', 'consumer', 'payments', 'securities'],
    url: 'https://www.financial-ombudsman.org.uk/',
    phone: '0800 023 4567',
    howToFile: {
      en: 'Complain to the firm first; after its final response or 8 weeks, bring the complaint to the ombudsman within 6 months of that final response, free of charge. It looks only at regulated activities: most crypto exchange and custody services are not covered.',
      zh: '先向公司投诉；收到最终答复或满 8 周后，须在最终答复后 6 个月内免费向申诉专员提出。它只处理受监管的业务：多数加密货币交易和托管服务不在其范围内。',
    },
  },
  {
    // Confirmed: Report Fraud replaced Action Fraud on 4 December 2025 for England, Wales and
    // Northern Ireland, same number; Scotland reports to Police Scotland on 101 (City of London
    // Police release on wired-gov.net, 2025-12-04).
    id: 'report-fraud',
    region: 'uk',
    name: {
      en: 'Report Fraud (formerly Action Fraud)',
      zh: 'Report Fraud 反欺诈举报中心（原 Action Fraud）',
    },
    handles: ['fraud'],
    url: 'https://www.reportfraud.police.uk/',
    phone: '0300 123 2040',
    howToFile: {
      en: 'England, Wales and Northern Ireland: report fraud and cyber crime online or by phone; you get a crime reference number for your bank. It replaced Action Fraud in December 2025. In Scotland, call Police Scotland on 101.',
      zh: '英格兰、威尔士和北爱尔兰：在线或电话举报欺诈和网络犯罪，您会获得可提供给银行的报案编号。它于 2025 年 12 月取代了 Action Fraud。在苏格兰请拨打 101 联系苏格兰警方。',
    },
  },
  // ── European Union ──
  {
    // Confirmed: https://www.lb.lt/en/what-are-the-steps-to-settle-a-dispute-with-a-financial-services-provider
    // (claim to the firm within 3 months, its answer within 15 working days, then the Bank within
    // a year; free; decisions are recommendations) and the information line +370 800 50 500.
    id: 'bank-of-lithuania',
    region: 'eu',
    name: { en: 'Bank of Lithuania (Lietuvos bankas)', zh: '立陶宛银行' },
    handles: ['banking', 'payments', 'virtual-assets'],
    url: 'https://www.lb.lt/en/dbc-settle-a-dispute-with-a-financial-service-provider',
    phone: '+370 800 50 500',
    howToFile: {
      en: "Licenses many e-money, payment and crypto firms that serve all of the EU. Complain to the firm in writing within 3 months; if it does not settle within 15 working days, apply to the Bank within a year, free. Firms licensed elsewhere (Cyprus, Malta, Ireland…) answer to that country's authority: the licence is named in the firm's terms.",
      zh: '为许多面向全欧盟的电子货币、支付和加密货币公司发牌。先在 3 个月内书面向公司投诉；若 15 个工作日内未解决，可在一年内免费向立陶宛银行申请。在其他国家（塞浦路斯、马耳他、爱尔兰等）持牌的公司由该国主管机关负责：牌照信息写在公司的服务条款中。',
    },
  },
  {
    id: 'eba',
    region: 'eu',
    name: { en: 'European Banking Authority (EBA)', zh: '欧洲银行管理局' },
    handles: ['banking', 'payments'],
    url: 'https://www.eba.europa.eu/',
    howToFile: {
      en: 'Does not handle individual cases: its site lists the national authority for banks and payment institutions in each country.',
      zh: '不处理个案，但其网站列出各国负责银行和支付机构的主管机关。',
    },
  },
  {
    id: 'ecc-net',
    region: 'eu',
    name: { en: 'European Consumer Centres Network (ECC-Net)', zh: '欧洲消费者中心网络' },
    handles: ['consumer'],
    // The Commission deep link (…/live-work-travel-eu/…/european-consumer-centres-network-ecc-net_en)
    // could not be confirmed, and other projects cite it under /topics/consumers/ instead, so this is
    // the network's home page. Confirmed: https://www.eccnet.eu/ecc-network/our-services/our-work
    // (ECC-Net's own site over https: complain to the trader, then to the ECC of your country).
    url: 'https://www.eccnet.eu/',
    howToFile: {
      en: 'Free help with a dispute with a company in another EU country: on the ECC-Net site, find the European Consumer Centre of your country and contact it.',
      zh: '与其他欧盟国家公司发生纠纷时可获免费帮助：在 ECC-Net 网站上找到您所在国家的欧洲消费者中心并与其联系。',
    },
  },
  {
    id: 'esma',
    region: 'eu',
    name: {
      en: 'European Securities and Markets Authority (ESMA)',
      zh: '欧洲证券和市场管理局',
    },
    handles: ['securities', 'virtual-assets'],
    url: 'https://www.esma.europa.eu/',
    howToFile: {
      en: 'Keeps the MiCA register of authorised crypto-asset service providers; complaints go to the national competent authority it lists.',
      zh: '维护 MiCA 加密资产服务商授权名册；投诉请提交给其列出的本国主管机关。',
    },
  },
  {
    id: 'fin-net',
    region: 'eu',
    name: {
      en: 'FIN-NET (financial dispute resolution network)',
      zh: '金融纠纷解决网络（FIN-NET）',
    },
    handles: ['banking', 'consumer', 'payments', 'securities'],
    // Confirmed (path only): https://finance.ec.europa.eu/consumer-finance-and-payments/retail-financial-services/financial-dispute-resolution-network-fin-net/members-fin-net-country/fin-net-members-italy_en
    // (the Commission's FIN-NET member pages sit under this page's path; the page itself was not found).
    url: 'https://finance.ec.europa.eu/consumer-finance-and-payments/retail-financial-services/financial-dispute-resolution-network-fin-net_en',
    howToFile: {
      en: 'Find the out-of-court dispute body for a bank, payment or investment firm in any EU country, including cross-border cases.',
      zh: '查找各欧盟国家银行、支付或投资机构的庭外纠纷解决机构，也适用于跨境纠纷。',
    },
  },
];

/** The bodies of one region, in directory order. */
export function regulatorsIn(region: RegulatorRegion): Regulator[] {
  return REGULATORS.filter((r) => r.region === region);
}
