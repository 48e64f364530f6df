/**
 * What names a currency next to an amount, as data. Every list is sorted (JavaScript string
 * order) and checked by tests/unit/parsing/currency-data.test.ts.
 */

/**
 * Symbols and words written next to amounts. The first code is the default; the others share
 * the symbol and are chosen when `hints.currency` names one of them (a `$` on a Mexican page
 * that says MXN is MXN). `¥` is CNY unless the page language is Japanese (see amount.ts).
 */
export const CURRENCY_SYMBOLS: ReadonlyArray<readonly [symbol: string, codes: string]> = [
  [
    '$',
    'USD ARS AUD BBD BMD BND BSD BZD CAD CLP COP CUP DOP FJD GYD HKD JMD KYD LRD MOP MXN NAD NZD SBD SGD SRD TOP TTD TWD UYU WST XCD',
  ],
  ['A$', 'AUD'],
  ['AU$', 'AUD'],
  ['C$', 'CAD NIO'],
  ['CA$', 'CAD'],
  ['CN¥', 'CNY'],
  ['FCFA', 'XAF XOF'],
  ['Ft', 'HUF'],
  ['HK$', 'HKD'],
  ['JP¥', 'JPY'],
  ['Kč', 'CZK'],
  ['MX$', 'MXN'],
  ['NT$', 'TWD'],
  ['NZ$', 'NZD'],
  ['R$', 'BRL'],
  ['RD$', 'DOP'],
  ['RM', 'MYR'],
  ['RMB', 'CNY'],
  ['Rp', 'IDR'],
  ['Rs', 'INR LKR MUR NPR PKR SCR'],
  ['S$', 'SGD'],
  ['S/', 'PEN'],
  ['TL', 'TRY'],
  ['US$', 'USD'],
  ['kr', 'SEK DKK ISK NOK'],
  ['lei', 'RON'],
  ['zł', 'PLN'],
  ['£', 'GBP EGP FKP GIP LBP SHP SSP SYP'],
  ['¥', 'CNY JPY'],
  ['đ', 'VND'],
  ['Ξ', 'ETH'],
  ['лв', 'BGN'],
  ['руб', 'RUB'],
  ['ج.م', 'EGP'],
  ['د.إ', 'AED'],
  ['ر.س', 'SAR'],
  ['৳', 'BDT'],
  ['฿', 'THB BTC'],
  ['៛', 'KHR'],
  ['₡', 'CRC'],
  ['₦', 'NGN'],
  ['₨', 'PKR INR LKR MUR NPR SCR'],
  ['₩', 'KRW KPW'],
  ['₪', 'ILS'],
  ['₫', 'VND'],
  ['€', 'EUR'],
  ['₭', 'LAK'],
  ['₮', 'MNT'],
  ['₱', 'PHP'],
  ['₲', 'PYG'],
  ['₴', 'UAH'],
  ['₵', 'GHS'],
  ['₸', 'KZT'],
  ['₹', 'INR'],
  ['₺', 'TRY'],
  ['₼', 'AZN'],
  ['₽', 'RUB'],
  ['₾', 'GEL'],
  ['₿', 'BTC'],
  ['人民币', 'CNY'],
  ['元', 'CNY'],
  ['円', 'JPY'],
  ['加元', 'CAD'],
  ['卢布', 'RUB'],
  ['台币', 'TWD'],
  ['新台币', 'TWD'],
  ['日元', 'JPY'],
  ['欧元', 'EUR'],
  ['港元', 'HKD'],
  ['港币', 'HKD'],
  ['澳元', 'AUD'],
  ['美元', 'USD'],
  ['英镑', 'GBP'],
  ['韩元', 'KRW'],
  ['원', 'KRW'],
];

/** ISO 4217 codes in use: what Intl knows, less the XDR and XSU accounting units. */
export const ISO_CURRENCIES =
  'AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN BWP BYN BZD CAD CDF CHF CLP CNY COP CRC CUC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HRK HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SLL SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD UYU UZS VES VND VUV WST XAF XCD XCG XOF XPF YER ZAR ZMW ZWG ZWL';

/** ISO currencies shown with three minor digits (per CLDR, so not IQD): `1.234 KWD` may be a decimal. */
export const MINOR_DIGITS_OVER_TWO = 'BHD JOD KWD LYD OMR TND';

/** Common crypto tickers, recognised in any letter case ("5 usdt"). */
export const CRYPTO_TICKERS =
  'ADA APT ARB ATOM AVAX BCH BNB BTC BUSD DAI DOGE DOT ETC ETH FDUSD FIL LINK LTC MATIC NEAR OP PEPE POL SHIB SOL SUI TON TRX TUSD USDC USDT WBTC WETH XLM XMR XRP';

/** Known codes that are also words: not a currency when written in lower case ("try 5 times"). */
export const LOWER_CASE_WORDS = 'all bob cup dot gel link mad mop near op pen sos ton top try';

/** Upper-case words next to amounts that are not tickers ("5 MAX", "10 UTC"). */
export const UPPER_CASE_WORDS = 'ALL AND DAY FEE FOR GMT MAX MIN OFF THE UTC VIP';
