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

/** The other flow's words, as the same sites show them. */
export const SIGN_UP_WORDS: Record<
  Lang,
  { button: string; title: string; have: string; forgot: string; newsletter: string }
> = {
  en: {
    button: 'Sign up',
    title: 'Create an account',
    have: 'Already have an account?',
    forgot: 'Forgot password?',
    newsletter: 'Sign up for our newsletter',
  },
  zh: {
    button: '注册',
    title: '创建账户',
    have: '已有账号？',
    forgot: '忘记密码？',
    newsletter: '订阅我们的新闻',
  },
  'zh-Hant': {
    button: '註冊',
    title: '建立帳戶',
    have: '已經有帳戶？',
    forgot: '忘記密碼？',
    newsletter: '訂閱電子報',
  },
  es: {
    button: 'Regístrate',
    title: 'Crear cuenta',
    have: '¿Ya tienes una cuenta?',
    forgot: '¿Olvidaste tu contraseña?',
    newsletter: 'Suscríbete al boletín',
  },
  pt: {
    button: 'Cadastre-se',
    title: 'Criar conta',
    have: 'Já tem uma conta?',
    forgot: 'Esqueceu a senha?',
    newsletter: 'Assine a newsletter',
  },
  fr: {
    button: "S'inscrire",
    title: 'Créer un compte',
    have: 'Vous avez déjà un compte ?',
    forgot: 'Mot de passe oublié ?',
    newsletter: 'Abonnez-vous à la newsletter',
  },
  de: {
    button: 'Registrieren',
    title: 'Konto erstellen',
    have: 'Bereits ein Konto?',
    forgot: 'Passwort vergessen?',
    newsletter: 'Newsletter abonnieren',
  },
  it: {
    button: 'Registrati',
    title: 'Crea un account',
    have: 'Hai già un account?',
    forgot: 'Password dimenticata?',
    newsletter: 'Iscriviti alla newsletter',
  },
  ru: {
    button: 'Зарегистрироваться',
    title: 'Создать аккаунт',
    have: 'Уже есть аккаунт?',
    forgot: 'Забыли пароль?',
    newsletter: 'Подпишитесь на рассылку',
  },
  tr: {
    button: 'Kayıt ol',
    title: 'Hesap oluştur',
    have: 'Zaten hesabın var mı?',
    forgot: 'Şifremi unuttum',
    newsletter: 'Bültene abone olun',
  },
  vi: {
    button: 'Đăng ký',
    title: 'Tạo tài khoản',
    have: 'Đã có tài khoản?',
    forgot: 'Quên mật khẩu?',
    newsletter: 'Đăng ký nhận bản tin',
  },
  id: {
    button: 'Daftar',
    title: 'Buat akun',
    have: 'Sudah punya akun?',
    forgot: 'Lupa kata sandi?',
    newsletter: 'Berlangganan buletin',
  },
  ja: {
    button: '新規登録',
    title: 'アカウント作成',
    have: 'すでにアカウントをお持ちですか？',
    forgot: 'パスワードをお忘れですか？',
    newsletter: 'ニュースレターを購読',
  },
  ko: {
    button: '회원가입',
    title: '계정 만들기',
    have: '이미 계정이 있으신가요?',
    forgot: '비밀번호를 잊으셨나요?',
    newsletter: '뉴스레터 구독',
  },
};
