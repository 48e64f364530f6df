/**
 * How wallet pages word a withdrawal, as data (normalised: lower case, no white space; see
 * `normalize` in phrases.ts). Sorted; a unit test checks it.
 */

/** A container, heading, button or URL that says "money leaves the account". */
export const WITHDRAW_CONTEXT = [
  'auszahlen',
  'auszahlung',
  'cashout',
  'payout',
  'retirar',
  'retirer',
  'retiro',
  'retrait',
  'sendcrypto',
  'sendmoney',
  'transferout',
  'transfertobank',
  'withdraw',
  'withdrawal',
  'withdrawfunds',
  'のお引き出し',
  '出金',
  '取款',
  '引き出し',
  '提币',
  '提款',
  '提现',
  '提現',
  '转出',
  '转账到银行卡',
  '送金',
  '송금',
  '출금',
] as const;

/** URL paths of withdrawal pages. */
export const WITHDRAW_PATH = /withdraw|cash-?out|payout|transfer|\/send\b|tixian|提现/i;

/** A control that submits a withdrawal step. */
export const WITHDRAW_SUBMIT = [
  'auszahlen',
  'bestätigen',
  'cashout',
  'confirm',
  'confirmer',
  'continue',
  'continuer',
  'next',
  'retirar',
  'retirer',
  'review',
  'send',
  'submit',
  'transfer',
  'weiter',
  'withdraw',
  '下一步',
  '出金',
  '发送',
  '提交',
  '提币',
  '提现',
  '次へ',
  '确定',
  '确认',
  '確認',
  '继续',
  '转出',
  '다음',
  '출금',
  '확인',
] as const;

/** Controls that never submit, even when their label contains a submit word. */
export const NOT_A_SUBMIT = [
  'all',
  'cancel',
  'max',
  'paste',
  '全部',
  '取消',
  '最大',
  '粘贴',
] as const;

/** Outcome texts, checked in this order: failure, then pending, then success. */
export const WITHDRAW_FAILURE = [
  "can'tbe",
  'cannot',
  'couldnot',
  'declined',
  'denied',
  'dépasse',
  'excede',
  'exceeded',
  'exceeds',
  'failed',
  'failure',
  'fallido',
  'fehlgeschlagen',
  'insufficient',
  'invalid',
  'notallowed',
  'notavailable',
  'rechazado',
  'rejected',
  'unable',
  'échoué',
  'überschreitet',
  '不足',
  '失敗',
  '失败',
  '拒绝',
  '无法',
  '暂停',
  '超え',
  '超出',
  '超过',
  '错误',
  '실패',
  '초과',
] as const;

/**
 * What a review step warns of before the user confirms ("Transactions cannot be cancelled"):
 * that a withdrawal cannot be undone is not a failure, though it says "cannot". Taken out of a
 * text before failure wording is looked for.
 */
export const IRREVERSIBLE = [
  "can'tbecancel",
  "can'tbereversed",
  "can'tbeundone",
  'cannotbecancel',
  'cannotberecovered',
  'cannotbereversed',
  'cannotbeundone',
  '无法取消',
  '无法找回',
  '无法撤回',
  '无法撤销',
] as const;

export const WITHDRAW_PENDING = [
  'awaitingapproval',
  'awaitingconfirmation',
  'beingprocessed',
  'beingreviewed',
  'encoursdetraitement',
  'enrevisión',
  'entraitement',
  'inbearbeitung',
  'inreview',
  'pendiente',
  'pending',
  'procesando',
  'processing',
  'underreview',
  'wirdbearbeitet',
  'wirdgeprüft',
  '処理中',
  '处理中',
  '审核中',
  '審査中',
  '待审核',
  '确认中',
  '等待',
  '심사중',
  '처리중',
] as const;

export const WITHDRAW_SUCCESS = [
  'completado',
  'completed',
  'erfolgreich',
  'exitoso',
  'fundssent',
  'onitsway',
  'paymentsent',
  'requestreceived',
  'réussi',
  'submitted',
  'success',
  'transferred',
  'withdrawalsent',
  "you'vesent",
  'yousent',
  '完了',
  '已到账',
  '已发送',
  '已完成',
  '已提交',
  '成功',
  '성공',
  '완료',
] as const;

/** Attributes of an amount field. */
export const AMOUNT_FIELD =
  /amount|amt|qty|quantity|\bsum\b|value|volume|金额|數量|数量|数额|額|金額|금액|수량|monto|cantidad|importe/i;

/** Attributes of a destination field: address, recipient, account. */
export const DESTINATION_FIELD =
  /address|addr|wallet|recipient|receiver|payee|beneficiary|destination|\bto\b|iban|account|acct|bank|收款|地址|账号|帳號|账户|卡号|宛先|주소|계좌|dirección|cuenta/i;
