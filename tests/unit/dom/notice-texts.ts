import type { NoticeKind } from '../../../src/model/event-types';

/**
 * Notices as wallet sites word them, per language, and lines that hold the same words but say
 * the opposite (issue 14, class 7): completed states, negations, questions, statements.
 */
export const NOTICES: Record<string, Array<[string, NoticeKind]>> = {
  en: [
    ['Your account has been temporarily blocked.', 'frozen'],
    ['Your access has been suspended. Contact support.', 'frozen'],
    ['We noticed unusual activity — verify your details to continue.', 'suspicious'],
    ['Please verify your identity to continue withdrawing.', 'kyc'],
    ['Scheduled maintenance: withdrawals are paused until 14:00 UTC.', 'maintenance'],
    ['The amount exceeds your daily withdrawal limit.', 'limit'],
    ['This withdrawal exceeds the remaining daily withdrawal limit of 2 BTC.', 'limit'],
    ['You have exceeded your daily withdrawal limit. Try again tomorrow.', 'limit'],
  ],
  zh: [
    ['您的账户已被冻结，请联系客服', 'frozen'],
    ['提币金额超出单日提币限额，请明日再试', 'limit'],
    ['本次提现已超过每日提现限额', 'limit'],
    ['请先完成实名认证', 'kyc'],
    ['系统维护中，预计2小时后恢复', 'maintenance'],
    ['因合规要求，该服务在您所在的地区暂不可用', 'compliance'],
    ['检测到异常登录，请确认是否本人操作', 'suspicious'],
  ],
  'zh-Hant': [
    ['您的帳戶已被凍結，請聯繫客服', 'frozen'],
    ['請先完成實名認證', 'kyc'],
    ['系統維護中，請稍後再試', 'maintenance'],
    ['偵測到異常登入', 'suspicious'],
  ],
  ja: [
    ['お客様のアカウントは凍結されています', 'frozen'],
    ['出金するには本人確認を完了してください', 'kyc'],
    ['システムメンテナンスのため、出金を停止しています', 'maintenance'],
  ],
  ko: [
    ['계정이 일시적으로 정지되었습니다', 'frozen'],
    ['출금하려면 본인인증을 진행해 주세요', 'kyc'],
    ['시스템 점검 중입니다', 'maintenance'],
  ],
  es: [
    ['Tu cuenta ha sido bloqueada temporalmente.', 'frozen'],
    ['Verifica tu identidad para continuar.', 'kyc'],
    ['Actividad sospechosa detectada en tu cuenta.', 'suspicious'],
  ],
  pt: [
    ['Sua conta foi bloqueada.', 'frozen'],
    ['Verifique sua identidade para continuar.', 'kyc'],
    ['Estamos em manutenção programada.', 'maintenance'],
  ],
  fr: [
    ['Votre compte a été suspendu.', 'frozen'],
    ['Vérifiez votre identité pour continuer.', 'kyc'],
    ['Maintenance en cours : les retraits sont suspendus.', 'maintenance'],
  ],
  de: [
    ['Ihr Konto wurde gesperrt.', 'frozen'],
    ['Bitte bestätigen Sie Ihre Identität.', 'kyc'],
    ['Wegen Wartungsarbeiten sind Auszahlungen nicht möglich.', 'maintenance'],
  ],
  it: [
    ['Il tuo account è stato sospeso.', 'frozen'],
    ['Verifica la tua identità per continuare.', 'kyc'],
    ['Il sito è in manutenzione.', 'maintenance'],
    ['Hai superato il limite giornaliero di prelievo.', 'limit'],
    ['Limite giornaliero superato: riprova domani.', 'limit'],
    ['Hai raggiunto il limite mensile di prelievo.', 'limit'],
  ],
  ru: [
    ['Ваш аккаунт заблокирован.', 'frozen'],
    ['Подтвердите личность, чтобы продолжить.', 'kyc'],
    ['Ведутся технические работы.', 'maintenance'],
  ],
  tr: [
    ['Hesabınız askıya alındı.', 'frozen'],
    ['Devam etmek için kimliğinizi doğrulayın.', 'kyc'],
    ['Sistem bakımı nedeniyle çekimler durduruldu.', 'maintenance'],
  ],
  vi: [
    ['Tài khoản đã bị khóa.', 'frozen'],
    ['Vui lòng xác minh danh tính của bạn.', 'kyc'],
    ['Hệ thống đang bảo trì.', 'maintenance'],
  ],
  id: [
    ['Akun Anda telah diblokir.', 'frozen'],
    ['Silakan lakukan verifikasi identitas.', 'kyc'],
    ['Sedang dalam pemeliharaan sistem.', 'maintenance'],
  ],
};

export const NOT_NOTICES: Record<string, string[]> = {
  en: [
    'System upgrade completed',
    'Your account is frozen? Contact us',
    'What to do if your account is frozen',
    'How do I complete KYC?',
    'No unusual activity on your account.',
    'Scheduled maintenance is complete.',
    'Daily withdrawal limit: 8,000,000 USDT',
  ],
  zh: [
    '实名认证：已认证',
    '实名认证 已完成',
    '合规声明',
    '系统升级已完成',
    '账户被冻结怎么办？',
    '为什么我的账户被冻结',
    '没有异常登录',
  ],
  'zh-Hant': ['實名認證：已認證', '系統維護已完成', '帳戶被凍結怎麼辦？'],
  ja: [
    '本人確認済み',
    '本人確認：完了',
    'メンテナンスは終了しました',
    'なぜアカウントが凍結されるのですか',
  ],
  ko: ['본인인증 완료', '시스템 점검 종료', '계정이 정지되었나요?'],
  es: [
    'Verificación de identidad ✓ Verificada',
    'Verificación de identidad completada',
    '¿Tu cuenta ha sido bloqueada?',
    'Sin actividad sospechosa',
  ],
  pt: [
    'Verificação de identidade ✓ Verificada',
    'Verificação de identidade concluída',
    'Sua conta foi bloqueada?',
    'Manutenção programada concluída',
  ],
  fr: [
    "Vérification d'identité ✓ Vérifiée",
    "Vérification d'identité terminée",
    'Pourquoi mon compte a été suspendu',
    'Aucune activité suspecte',
  ],
  de: [
    'Identitätsprüfung ✔ Verifiziert',
    'Identitätsprüfung abgeschlossen',
    'Warum wurde mein Konto gesperrt?',
    'Keine verdächtige Aktivität',
  ],
  it: [
    "Verifica dell'identità ✓ Verificata",
    'Manutenzione programmata completata',
    'Perché il mio account è stato sospeso?',
    'Nessuna attività sospetta',
  ],
  ru: [
    'Технические работы завершены',
    'Почему аккаунт заблокирован?',
    'Нет подозрительная активность',
  ],
  tr: [
    'Kimlik doğrulama ✓ Doğrulandı',
    'Kimlik doğrulama tamamlandı',
    'Hesabınız askıya alındı mı?',
    'Sistem bakımı tamamlandı',
  ],
  vi: [
    'Xác minh danh tính ✓ Đã xác minh',
    'Bảo trì hệ thống hoàn tất',
    'Tại sao tài khoản bị khóa?',
    'Không có hoạt động đáng ngờ',
  ],
  id: [
    'Verifikasi identitas ✅ Terverifikasi',
    'Verifikasi identitas selesai',
    'Mengapa akun diblokir?',
    'Tidak ada aktivitas mencurigakan',
  ],
};
