/**
 * Every locale this Node's ICU formats numbers for. There is no API that lists them, so build
 * candidate tags — every two- and three-letter language ICU supports, alone, with every region
 * and with a few scripts — and keep one tag per distinct resolved locale.
 */
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const SCRIPTS = [
  'Adlm',
  'Arab',
  'Beng',
  'Cyrl',
  'Deva',
  'Guru',
  'Hans',
  'Hant',
  'Latn',
  'Mtei',
  'Olck',
  'Vaii',
];

function languages(): string[] {
  const two = [...LETTERS].flatMap((a) => [...LETTERS].map((b) => a + b));
  const three = two.flatMap((ab) => [...LETTERS].map((c) => ab + c));
  return Intl.NumberFormat.supportedLocalesOf([...two, ...three], { localeMatcher: 'lookup' });
}

function regions(): string[] {
  const names = new Intl.DisplayNames('en', { type: 'region', fallback: 'none' });
  const upper = LETTERS.toUpperCase();
  const codes = [...upper].flatMap((a) => [...upper].map((b) => a + b));
  return [...codes, '001', '150', '419'].filter((code) => {
    try {
      return names.of(code) !== undefined;
    } catch {
      return false;
    }
  });
}

function resolve(tag: string): string | undefined {
  try {
    return new Intl.NumberFormat(tag).resolvedOptions().locale;
  } catch {
    return undefined;
  }
}

export function knownLocales(): string[] {
  const found = new Set<string>();
  const regionList = regions();
  const add = (base: string) => {
    const own = resolve(base);
    if (own === undefined) return;
    found.add(own);
    for (const region of regionList) {
      const locale = resolve(`${base}-${region}`);
      if (locale !== undefined) found.add(locale);
    }
  };
  for (const language of languages()) {
    add(language);
    const plain = resolve(language);
    for (const script of SCRIPTS) {
      const scripted = resolve(`${language}-${script}`);
      if (scripted !== undefined && scripted !== plain && !found.has(scripted))
        add(`${language}-${script}`);
    }
  }
  return [...found].sort();
}

/** Each region's currency, to test a locale with its own money too (ISO 3166 → ISO 4217). */
const REGION_CURRENCY =
  'AD:EUR AE:AED AF:AFN AG:XCD AI:XCD AL:ALL AM:AMD AO:AOA AR:ARS AS:USD AT:EUR AU:AUD AW:AWG AX:EUR AZ:AZN BA:BAM BB:BBD BD:BDT BE:EUR BF:XOF BG:BGN BH:BHD BI:BIF BJ:XOF BL:EUR BM:BMD BN:BND BO:BOB BQ:USD BR:BRL BS:BSD BT:BTN BW:BWP BY:BYN BZ:BZD CA:CAD CC:AUD CD:CDF CF:XAF CG:XAF CH:CHF CI:XOF CK:NZD CL:CLP CM:XAF CN:CNY CO:COP CR:CRC CU:CUP CV:CVE CW:XCG CX:AUD CY:EUR CZ:CZK DE:EUR DG:USD DJ:DJF DK:DKK DM:XCD DO:DOP DZ:DZD EA:EUR EC:USD EE:EUR EG:EGP EH:MAD ER:ERN ES:EUR ET:ETB FI:EUR FJ:FJD FK:FKP FM:USD FO:DKK FR:EUR GA:XAF GB:GBP GD:XCD GE:GEL GF:EUR GG:GBP GH:GHS GI:GIP GL:DKK GM:GMD GN:GNF GP:EUR GQ:XAF GR:EUR GT:GTQ GU:USD GW:XOF GY:GYD HK:HKD HN:HNL HR:EUR HT:HTG HU:HUF IC:EUR ID:IDR IE:EUR IL:ILS IM:GBP IN:INR IO:USD IQ:IQD IR:IRR IS:ISK IT:EUR JE:GBP JM:JMD JO:JOD JP:JPY KE:KES KG:KGS KH:KHR KI:AUD KM:KMF KN:XCD KP:KPW KR:KRW KW:KWD KY:KYD KZ:KZT LA:LAK LB:LBP LC:XCD LI:CHF LK:LKR LR:LRD LS:LSL LT:EUR LU:EUR LV:EUR LY:LYD MA:MAD MC:EUR MD:MDL ME:EUR MF:EUR MG:MGA MH:USD MK:MKD ML:XOF MM:MMK MN:MNT MO:MOP MP:USD MQ:EUR MR:MRU MS:XCD MT:EUR MU:MUR MV:MVR MW:MWK MX:MXN MY:MYR MZ:MZN NA:NAD NC:XPF NE:XOF NF:AUD NG:NGN NI:NIO NL:EUR NO:NOK NP:NPR NR:AUD NU:NZD NZ:NZD OM:OMR PA:PAB PE:PEN PF:XPF PG:PGK PH:PHP PK:PKR PL:PLN PM:EUR PN:NZD PR:USD PS:ILS PT:EUR PW:USD PY:PYG QA:QAR RE:EUR RO:RON RS:RSD RU:RUB RW:RWF SA:SAR SB:SBD SC:SCR SD:SDG SE:SEK SG:SGD SH:SHP SI:EUR SJ:NOK SK:EUR SL:SLE SM:EUR SN:XOF SO:SOS SR:SRD SS:SSP ST:STN SV:USD SX:XCG SY:SYP SZ:SZL TC:USD TD:XAF TG:XOF TH:THB TJ:TJS TK:NZD TL:USD TM:TMT TN:TND TO:TOP TR:TRY TT:TTD TV:AUD TW:TWD TZ:TZS UA:UAH UG:UGX UM:USD US:USD UY:UYU UZ:UZS VA:EUR VC:XCD VE:VES VG:USD VI:USD VN:VND VU:VUV WF:XPF WS:WST XK:EUR YE:YER YT:EUR ZA:ZAR ZM:ZMW ZW:ZWG';

const CURRENCY_OF_REGION = new Map(
  REGION_CURRENCY.split(' ').map((pair) => pair.split(':') as [string, string]),
);

/** The currency of the locale's region (`de-AT` → EUR; a maximised `ja` → JPY), if known. */
export function ownCurrency(locale: string): string | undefined {
  const region = new Intl.Locale(locale).maximize().region;
  return region === undefined ? undefined : CURRENCY_OF_REGION.get(region);
}
