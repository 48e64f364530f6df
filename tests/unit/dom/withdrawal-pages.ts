/**
 * Generated withdrawal pages in the languages wallet sites serve: a withdrawal to a bank
 * account (IBAN, comma decimals) or to a crypto address, with a continue step and a confirm
 * step, as a <form> with a review dialog or as a formless table with a `<div>` control that
 * first asks for a verification code and then confirms.
 */
export interface WithdrawalWords {
  title: string;
  amount: string;
  to: string;
  next: string;
  confirm: string;
  getCode: string;
  typed: string;
  currency: string;
  failure: string;
  pending: string;
  success: string;
}

const IBAN = 'ES91 2100 0418 4502 0005 1332';
export const ADDRESS = '0x52908400098527886E0F7030069857D2E4169EE7';

export const WITHDRAWAL_LANGS: Record<string, WithdrawalWords> = {
  en: {
    title: 'Withdraw',
    amount: 'Amount',
    to: 'Address',
    next: 'Continue',
    confirm: 'Confirm',
    getCode: 'Get verification code',
    typed: '1,234.56',
    currency: 'USDT',
    failure: 'Insufficient balance.',
    pending: 'Your withdrawal is being processed.',
    success: 'Withdrawal completed.',
  },
  zh: {
    title: '提现',
    amount: '提现金额',
    to: '提币地址',
    next: '下一步',
    confirm: '确认',
    getCode: '获取验证码',
    typed: '1234.56',
    currency: 'USDT',
    failure: '提现失败：余额不足',
    pending: '提现申请审核中',
    success: '提现成功',
  },
  'zh-Hant': {
    title: '提領',
    amount: '金額',
    to: '地址',
    next: '繼續',
    confirm: '確定',
    getCode: '取得驗證碼',
    typed: '1,234.56',
    currency: 'USDT',
    failure: '餘額不足',
    pending: '處理中',
    success: '提領成功',
  },
  es: {
    title: 'Retirar fondos',
    amount: 'Importe',
    to: 'IBAN',
    next: 'Continuar',
    confirm: 'Confirmar',
    getCode: 'Obtener código',
    typed: '1.234,56',
    currency: 'EUR',
    failure: 'Saldo insuficiente.',
    pending: 'Tu retiro está pendiente.',
    success: 'Retiro completado.',
  },
  pt: {
    title: 'Sacar',
    amount: 'Valor',
    to: 'IBAN',
    next: 'Continuar',
    confirm: 'Confirmar',
    getCode: 'Obter código',
    typed: '1.234,56',
    currency: 'EUR',
    failure: 'Saldo insuficiente.',
    pending: 'Seu saque está em processamento.',
    success: 'Saque concluído com sucesso.',
  },
  fr: {
    title: 'Retrait',
    amount: 'Montant',
    to: 'IBAN',
    next: 'Continuer',
    confirm: 'Confirmer',
    getCode: 'Obtenir le code',
    typed: '1 234,56',
    currency: 'EUR',
    failure: 'Solde insuffisant.',
    pending: 'Votre retrait est en cours de traitement.',
    success: 'Retrait effectué.',
  },
  de: {
    title: 'Auszahlung',
    amount: 'Betrag',
    to: 'IBAN',
    next: 'Weiter',
    confirm: 'Bestätigen',
    getCode: 'Code anfordern',
    typed: '1.234,56',
    currency: 'EUR',
    failure: 'Auszahlung fehlgeschlagen: Guthaben unzureichend.',
    pending: 'Ihre Auszahlung wird bearbeitet.',
    success: 'Auszahlung erfolgreich.',
  },
  it: {
    title: 'Prelievo',
    amount: 'Importo',
    to: 'IBAN',
    next: 'Continua',
    confirm: 'Conferma',
    getCode: 'Ottieni codice',
    typed: '1.234,56',
    currency: 'EUR',
    failure: 'Saldo insufficiente.',
    pending: 'Il prelievo è in elaborazione.',
    success: 'Prelievo completato.',
  },
  ru: {
    title: 'Вывод средств',
    amount: 'Сумма',
    to: 'Адрес',
    next: 'Продолжить',
    confirm: 'Подтвердить',
    getCode: 'Получить код',
    typed: '1 234,56',
    currency: 'USDT',
    failure: 'Недостаточно средств.',
    pending: 'Заявка на вывод обрабатывается.',
    success: 'Вывод успешно выполнен.',
  },
  tr: {
    title: 'Para çekme',
    amount: 'Tutar',
    to: 'Adres',
    next: 'Devam et',
    confirm: 'Onayla',
    getCode: 'Kod al',
    typed: '1.234,56',
    currency: 'USDT',
    failure: 'Yetersiz bakiye.',
    pending: 'Çekim talebiniz işleniyor.',
    success: 'Çekim başarılı.',
  },
  vi: {
    title: 'Rút tiền',
    amount: 'Số tiền',
    to: 'Địa chỉ',
    next: 'Tiếp tục',
    confirm: 'Xác nhận',
    getCode: 'Lấy mã',
    typed: '1.234,56',
    currency: 'USDT',
    failure: 'Số dư không đủ.',
    pending: 'Yêu cầu rút tiền đang xử lý.',
    success: 'Rút tiền thành công.',
  },
  id: {
    title: 'Penarikan',
    amount: 'Jumlah',
    to: 'Alamat',
    next: 'Lanjutkan',
    confirm: 'Konfirmasi',
    getCode: 'Dapatkan kode',
    typed: '1.234,56',
    currency: 'USDT',
    failure: 'Saldo tidak cukup.',
    pending: 'Penarikan sedang diproses.',
    success: 'Penarikan berhasil.',
  },
  ja: {
    title: '出金',
    amount: '数量',
    to: 'アドレス',
    next: '次へ',
    confirm: '確認',
    getCode: '認証コードを取得',
    typed: '1,234.56',
    currency: 'USDT',
    failure: '残高が不足しています',
    pending: '出金処理中です',
    success: '出金が完了しました',
  },
  ko: {
    title: '출금',
    amount: '출금 수량',
    to: '주소',
    next: '다음',
    confirm: '확인',
    getCode: '인증번호 받기',
    typed: '1,234.56',
    currency: 'USDT',
    failure: '잔액이 부족합니다',
    pending: '출금 처리중',
    success: '출금 완료',
  },
};

export const destinationTyped = (w: WithdrawalWords) => (w.currency === 'EUR' ? IBAN : ADDRESS);
export const destinationRecorded = (w: WithdrawalWords) =>
  w.currency === 'EUR' ? '****1332' : ADDRESS;

export type WithdrawalShape = 'form-dialog' | 'table-code-div';

export function withdrawalPage(w: WithdrawalWords, shape: WithdrawalShape): string {
  if (shape === 'form-dialog') {
    return `<main><div class="card"><h2>${w.title}</h2><form id="f">
      <label>${w.amount} <input id="amount" name="amount" inputmode="decimal"></label>
      <span>${w.currency}</span>
      <label>${w.to}<input id="to" name="destination"></label>
      <div class="form-error" id="err"></div>
      <button type="submit" id="next">${w.next}</button></form></div></main>`;
  }
  // Saved copies of real pages: no <form>, labels in cells, fields without names.
  return `<main><div class="wd-box"><div class="wd-title">${w.title}</div>
    <table><tr><td>${w.amount}</td>
      <td><input id="amount" type="text"></td>
      <td>${w.currency}</td></tr>
    <tr><td>${w.to}</td>
      <td><input id="to" type="text"></td></tr></table>
    <div class="err-line" id="err"></div>
    <div class="btn-submit" id="next">${w.getCode}</div></div></main>`;
}
