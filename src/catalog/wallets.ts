import type { Wallet } from './types';

/**
 * Known wallets, sorted by id (tests/unit/catalog.test.ts checks order, format and uniqueness).
 *
 * `hosts` lists only the exact hosts where people sign in, see balances and withdraw: every one
 * becomes a host permission and a content-script match, so a host added here widens what the
 * extension may read. Marketing sites and API hosts stay out.
 *
 * Where an exchange offers support only as a chat opened from its help centre, `contact` is that
 * help centre: a deeper link would be a guess that breaks when the site is redesigned.
 */
export const WALLETS: readonly Wallet[] = [
  {
    id: 'alipay',
    name: { en: 'Alipay', zh: '支付宝' },
    kind: 'payment',
    regions: ['cn'],
    // auth: sign-in; my/personalweb: account home and withdrawal; consumeprod: transaction records.
    hosts: [
      'auth.alipay.com',
      'consumeprod.alipay.com',
      'my.alipay.com',
      'personalweb.alipay.com',
      'www.alipay.com',
    ],
    help: 'https://cshall.alipay.com/',
    contact: 'https://cshall.alipay.com/',
  },
  {
    id: 'binance',
    name: { en: 'Binance', zh: '币安' },
    kind: 'exchange',
    regions: ['global'],
    hosts: ['accounts.binance.com', 'www.binance.com'],
    help: 'https://www.binance.com/en/support/faq',
    contact: 'https://www.binance.com/en/chat',
  },
  {
    id: 'bitfinex',
    name: { en: 'Bitfinex', zh: 'Bitfinex' },
    kind: 'exchange',
    regions: ['global'],
    // setting: sign-in and security; trading: the exchange, wallets and withdrawals.
    hosts: ['setting.bitfinex.com', 'trading.bitfinex.com', 'www.bitfinex.com'],
    help: 'https://support.bitfinex.com/',
    contact: 'https://support.bitfinex.com/hc/en-us/requests/new',
  },
  {
    id: 'bitget',
    name: { en: 'Bitget', zh: 'Bitget' },
    kind: 'exchange',
    regions: ['global'],
    hosts: ['www.bitget.com'],
    help: 'https://www.bitget.com/support',
    contact: 'https://www.bitget.com/support',
  },
  {
    id: 'bitstamp',
    name: { en: 'Bitstamp', zh: 'Bitstamp' },
    kind: 'exchange',
    regions: ['eu', 'uk', 'us'],
    hosts: ['www.bitstamp.net'],
    help: 'https://support.bitstamp.net/hc/en-us',
    contact: 'https://support.bitstamp.net/hc/en-us/requests/new',
  },
  {
    id: 'bybit',
    name: { en: 'Bybit', zh: 'Bybit' },
    kind: 'exchange',
    regions: ['global'],
    hosts: ['www.bybit.com'],
    help: 'https://www.bybit.com/en/help-center',
    contact: 'https://www.bybit.com/en/help-center',
  },
  {
    id: 'cash-app',
    name: { en: 'Cash App', zh: 'Cash App' },
    kind: 'payment',
    regions: ['us'],
    hosts: ['cash.app'],
    help: 'https://cash.app/help',
    contact: 'https://cash.app/help',
  },
  {
    id: 'coinbase',
    name: { en: 'Coinbase', zh: 'Coinbase' },
    kind: 'exchange',
    regions: ['eu', 'global', 'uk', 'us'],
    hosts: ['login.coinbase.com', 'www.coinbase.com'],
    help: 'https://help.coinbase.com/',
    contact: 'https://help.coinbase.com/en/contact-us',
  },
  {
    id: 'crypto-com',
    name: { en: 'Crypto.com', zh: 'Crypto.com' },
    kind: 'exchange',
    regions: ['global', 'sg'],
    // accounts: sign-in; crypto.com itself serves the exchange under /exchange.
    hosts: ['accounts.crypto.com', 'crypto.com'],
    help: 'https://help.crypto.com/en/',
    contact: 'https://help.crypto.com/en/',
  },
  {
    id: 'gate',
    name: { en: 'Gate', zh: 'Gate 芝麻开门' },
    kind: 'exchange',
    regions: ['global'],
    // Gate.io moved to gate.com in 2025; old bookmarks still land on www.gate.io.
    hosts: ['www.gate.com', 'www.gate.io'],
    help: 'https://www.gate.com/help',
    contact: 'https://www.gate.com/help',
    // A frozen account's appeal is filed from the help centre ("提交申诉"); no deeper public URL
    // for the form is known that would not change, so the person is sent to the centre itself.
    appeal: 'https://www.gate.com/help',
  },
  {
    id: 'gemini',
    name: { en: 'Gemini', zh: 'Gemini' },
    kind: 'exchange',
    regions: ['global', 'us'],
    hosts: ['exchange.gemini.com'],
    help: 'https://support.gemini.com/hc/en-us',
    contact: 'https://support.gemini.com/hc/en-us/requests/new',
  },
  {
    id: 'htx',
    name: { en: 'HTX', zh: '火币 HTX' },
    kind: 'exchange',
    regions: ['global'],
    hosts: ['www.htx.com'],
    help: 'https://www.htx.com/support/',
    contact: 'https://www.htx.com/support/',
  },
  {
    id: 'jd-pay',
    name: { en: 'JD Pay', zh: '京东支付' },
    kind: 'payment',
    regions: ['cn'],
    // passport: the one JD sign-in; jr: JD Finance, where the wallet balance is moved out.
    hosts: ['jr.jd.com', 'passport.jd.com'],
    help: 'https://help.jd.com/',
    contact: 'https://help.jd.com/',
  },
  {
    id: 'kraken',
    name: { en: 'Kraken', zh: 'Kraken' },
    kind: 'exchange',
    regions: ['eu', 'global', 'uk', 'us'],
    hosts: ['pro.kraken.com', 'www.kraken.com'],
    help: 'https://support.kraken.com/',
    contact: 'https://support.kraken.com/hc/en-us/requests/new',
  },
  {
    id: 'kucoin',
    name: { en: 'KuCoin', zh: '库币' },
    kind: 'exchange',
    regions: ['global'],
    hosts: ['www.kucoin.com'],
    help: 'https://www.kucoin.com/support',
    contact: 'https://www.kucoin.com/support',
  },
  {
    id: 'mexc',
    name: { en: 'MEXC', zh: '抹茶' },
    kind: 'exchange',
    regions: ['global'],
    hosts: ['www.mexc.com'],
    help: 'https://www.mexc.com/support',
    contact: 'https://www.mexc.com/support/requests',
  },
  {
    id: 'neteller',
    name: { en: 'NETELLER', zh: 'NETELLER' },
    kind: 'payment',
    regions: ['eu', 'global', 'uk'],
    hosts: ['member.neteller.com'],
    help: 'https://www.neteller.com/en/support',
    contact: 'https://www.neteller.com/en/support',
  },
  {
    id: 'okx',
    name: { en: 'OKX', zh: '欧易' },
    kind: 'exchange',
    regions: ['global'],
    hosts: ['www.okx.com'],
    help: 'https://www.okx.com/help',
    contact: 'https://www.okx.com/help',
  },
  {
    id: 'payoneer',
    name: { en: 'Payoneer', zh: '派安盈' },
    kind: 'payment',
    regions: ['global', 'us'],
    hosts: ['login.payoneer.com', 'myaccount.payoneer.com'],
    // Payoneer's help centre is hosted by Oracle (custhelp.com), not on payoneer.com.
    help: 'https://payoneer.custhelp.com/app/home',
    contact: 'https://www.payoneer.com/customer-disclosures-and-complaints/',
  },
  {
    id: 'paypal',
    name: { en: 'PayPal', zh: 'PayPal' },
    kind: 'payment',
    regions: ['global', 'us'],
    hosts: ['www.paypal.com'],
    help: 'https://www.paypal.com/us/cshelp/personal',
    contact: 'https://www.paypal.com/us/cshelp/contact-us',
  },
  {
    id: 'revolut',
    name: { en: 'Revolut', zh: 'Revolut' },
    kind: 'payment',
    regions: ['eu', 'uk'],
    // sso: sign-in; app: the web app where transfers are made.
    hosts: ['app.revolut.com', 'sso.revolut.com'],
    help: 'https://help.revolut.com/help/',
    contact: 'https://www.revolut.com/contact-us/',
  },
  {
    id: 'skrill',
    name: { en: 'Skrill', zh: 'Skrill' },
    kind: 'payment',
    regions: ['eu', 'global', 'uk'],
    hosts: ['account.skrill.com'],
    help: 'https://www.skrill.com/en/support/',
    contact: 'https://www.skrill.com/en/support/',
  },
  {
    id: 'venmo',
    name: { en: 'Venmo', zh: 'Venmo' },
    kind: 'payment',
    regions: ['us'],
    // id: sign-in; account: the web app (balance, transfer to bank).
    hosts: ['account.venmo.com', 'id.venmo.com'],
    help: 'https://help.venmo.com/',
    contact: 'https://help.venmo.com/hc/en-us/articles/217532217-Contact-Venmo',
  },
  {
    id: 'wechat-pay',
    name: { en: 'WeChat Pay', zh: '微信支付' },
    kind: 'payment',
    regions: ['cn'],
    // Personal WeChat Pay has no web client; the web is the merchant platform, which withdraws.
    hosts: ['pay.weixin.qq.com'],
    help: 'https://kf.qq.com/product/wechatpaymentmerchant.html',
    contact: 'https://kf.qq.com/product/wechatpaymentmerchant.html',
  },
  {
    id: 'wise',
    name: { en: 'Wise', zh: 'Wise' },
    kind: 'payment',
    regions: ['eu', 'global', 'uk'],
    hosts: ['wise.com'],
    help: 'https://wise.com/help',
    contact: 'https://wise.com/help/contact',
  },
];
