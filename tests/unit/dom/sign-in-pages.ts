/**
 * Generated sign-in pages: one form in the language of the page, in one of the shapes real
 * wallet sites use. The texts are what such sites show; the tests pick from them.
 */
export const LANGUAGES = {
  en: { button: 'Log in', error: 'Invalid username or password.', title: 'Log in to your account' },
  zh: { button: '登录', error: '账号或密码错误', title: '账号登录' },
  'zh-Hant': { button: '登入', error: '密碼錯誤，請重試', title: '會員登入' },
  es: {
    button: 'Iniciar sesión',
    error: 'Usuario o contraseña incorrectos.',
    title: 'Inicia sesión',
  },
  pt: { button: 'Entrar', error: 'E-mail ou senha incorretos.', title: 'Entrar na sua conta' },
  fr: { button: 'Se connecter', error: 'Mot de passe incorrect.', title: 'Connexion' },
  de: {
    button: 'Anmelden',
    error: 'Falsches Passwort. Bitte erneut versuchen.',
    title: 'Anmelden',
  },
  it: { button: 'Accedi', error: 'Password errata.', title: 'Accedi al tuo account' },
  ru: { button: 'Войти', error: 'Неверный логин или пароль', title: 'Вход в аккаунт' },
  tr: { button: 'Giriş yap', error: 'E-posta veya şifre hatalı.', title: 'Giriş yap' },
  vi: { button: 'Đăng nhập', error: 'Mật khẩu không đúng.', title: 'Đăng nhập' },
  id: { button: 'Masuk', error: 'Email atau kata sandi salah.', title: 'Masuk ke akun' },
  ja: { button: 'ログイン', error: 'パスワードが正しくありません。', title: 'ログイン' },
  ko: { button: '로그인', error: '비밀번호가 올바르지 않습니다.', title: '로그인' },
} as const;
export type Lang = keyof typeof LANGUAGES;

/** How the form is built and sent: a `<form>` and its button, Enter in it, or `<div>`s only. */
export type Shape = 'form-click' | 'form-enter' | 'div-click';

/** A sign-in card with an error line (empty until the site writes it). */
export function signInCard(lang: Lang, shape: Shape, errorHtml = ''): string {
  const t = LANGUAGES[lang];
  const fields = `
    <div class="field"><input type="email" name="email" placeholder="Email"></div>
    <div class="field"><input type="password" name="password" id="pw"></div>
    <div class="form-error" id="err">${errorHtml}</div>`;
  if (shape === 'div-click') {
    return `<div class="login-card"><h2>${t.title}</h2>${fields}
      <div class="btn-primary" id="go"><span>${t.button}</span></div></div>`;
  }
  return `<div class="login-card"><h2>${t.title}</h2><form id="f">${fields}
    <button type="submit" id="go">${t.button}</button></form></div>`;
}
