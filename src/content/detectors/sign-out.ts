import { controlLabel } from '../dom';
import { normalize } from '../phrases';
import type { Detector } from '../context';

/** A click on "Log out" / "Sign out" / 退出登录: the user ended their session here. */
export const SIGN_OUT_LABELS = [
  'logout',
  'signout',
  'ログアウト',
  '注销',
  '退出',
  '退出登录',
  '로그아웃',
] as const;

const CLICKABLE = 'a, button, [role="button"], [role="menuitem"], input[type="button" i]';

export const signOut: Detector = {
  id: 'sign-out',
  start(ctx) {
    let lastAt = 0;
    const onClick = (event: MouseEvent) => {
      if (!event.isTrusted || !(event.target instanceof Element)) return;
      const control = event.target.closest(CLICKABLE);
      if (!control) return;
      const label = normalize(controlLabel(control));
      // Exact labels only: "退出" alone is sign-out, "退出全屏" (exit full screen) is not.
      if (!SIGN_OUT_LABELS.some((phrase) => label === phrase)) return;
      if (Date.now() - lastAt < 2000) return;
      lastAt = Date.now();
      void ctx.report('logout');
    };
    window.addEventListener('click', onClick, true);
    return () => window.removeEventListener('click', onClick, true);
  },
};
