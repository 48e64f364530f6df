/**
 * What wallet pages say, as data. Matching is done on `normalize()`d text: lower case, all white
 * space removed — so "Log In", "LOGIN", "log  in" and Alipay's spaced "登 录" all compare equal.
 * Keep each list sorted; a unit test checks it and that every entry is already normalised.
 */
export function normalize(text: string): string {
  return text.toLowerCase().replace(/[\s\u00a0\u3000]+/g, '');
}

/** A button that submits credentials. */
export const SIGN_IN_ACTIONS = [
  'continue',
  'login',
  'next',
  'signin',
  'submit',
  'ログイン',
  '下一步',
  '登入',
  '登录',
  '登錄',
  '确定',
  '确认',
  '继续',
  '로그인',
] as const;

/** Wording of a sign-up flow: a password there is being created, not used. */
export const SIGN_UP = [
  'createaccount',
  'createanaccount',
  'createyouraccount',
  'getstarted',
  'join',
  'openaccount',
  'register',
  'signup',
  '免费注册',
  '创建账户',
  '开户',
  '注册',
  '註冊',
] as const;

/** Changing or resetting a password: not a sign-in. */
export const CHANGE_PASSWORD = [
  'changepassword',
  'newpassword',
  'resetpassword',
  'setpassword',
  'updatepassword',
  '修改密码',
  '新密码',
  '设置密码',
  '重置密码',
] as const;

/** A password asked for to approve a payment or withdrawal, not to sign in. */
export const PAYMENT_PASSWORD = [
  'fundpassword',
  'fundspassword',
  'paymentpassword',
  'paynow',
  'tradingpassword',
  'transactionpassword',
  '交易密码',
  '付款',
  '支付',
  '资金密码',
] as const;

/** Text of an error shown after a failed sign-in. */
export const FAILURE = [
  'attemptsleft',
  "couldn'tsignyouin",
  'couldn\u2019tsignyouin',
  "didn'tmatch",
  "didn'trecognize",
  "doesn'tmatch",
  'donotmatch',
  'failed',
  'incorrect',
  'invalid',
  "isn'tcorrect",
  'isnotcorrect',
  'locked',
  'moreattempts',
  'notcorrect',
  'notrecognized',
  'tryagain',
  'unabletolog',
  'unabletosign',
  'wrong',
  '不匹配',
  '不存在',
  '不正确',
  '失败',
  '有误',
  '次机会',
  '请重试',
  '錯誤',
  '锁定',
  '错误',
] as const;

/** A second-factor or verification step. */
export const CHALLENGE = [
  '2-step',
  '2fa',
  'authenticator',
  'enterthecode',
  'one-time',
  'onetime',
  'securitycode',
  'securityverification',
  'sentacode',
  'sentyouacode',
  'two-factor',
  'two-step',
  'twofactor',
  'verificationcode',
  'verifyit',
  '二次验证',
  '动态码',
  '双重验证',
  '安全校验',
  '安全验证',
  '校验码',
  '短信验证',
  '谷歌验证',
  '身份验证',
  '验证码',
] as const;

/** Attributes (name, id, placeholder, aria-label) of a one-time code input. */
export const CHALLENGE_FIELD =
  /(otp|one-?time|2fa|mfa|totp|verif\w*code|auth\w*code|sms\w*code|security\w*code|^code$|验证码|校验码|动态码)/i;

/** Attributes of a field that holds a secret the extension must never read. */
export const SECRET_FIELD =
  /(pass|pwd|pin|otp|one-?time|2fa|mfa|totp|code|cvv|cvc|csc|security|seed|mnemonic|recovery|secret|private|密码|验证码|校验码|助记词|私钥)/i;

export function matchesAny(text: string, phrases: readonly string[]): boolean {
  const n = normalize(text);
  return n.length > 0 && phrases.some((phrase) => n.includes(phrase));
}
