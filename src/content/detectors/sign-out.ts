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

/**
 * The control clicked, if its whole label is a sign-out label: a link or button, or — in menus
 * built of plain <div>s — the element itself or one of its few nearest ancestors.
 * Exact labels only: "退出" alone is sign-out, "退出全屏" (exit full screen) is not.
 */
function signOutControl(target: Element): Element | undefined {
  const isSignOut = (el: Element) => {
    const label = normalize(controlLabel(el));
    return SIGN_OUT_LABELS.some((phrase) => label === phrase);
  };
  const control = target.closest(CLICKABLE);
  if (control) return isSignOut(control) ? control : undefined;
  let node: Element | null = target;
  for (let depth = 0; node && depth < 3; depth += 1, node = node.parentElement) {
    if (isSignOut(node)) return node;
  }
  return undefined;
}

export const signOut: Detector = {
  id: 'sign-out',
  start(ctx) {
    let lastAt = 0;
    const onClick = (event: MouseEvent) => {
      if (!event.isTrusted || !(event.target instanceof Element)) return;
      const control = signOutControl(event.target);
      if (!control) return;
      // The click itself is the gesture: spent here, it pays for nothing else.
      if (Date.now() - lastAt < 2000 || !ctx.gestures.take(control)) return;
      lastAt = Date.now();
      void ctx.report('logout');
    };
    window.addEventListener('click', onClick, true);
    return () => window.removeEventListener('click', onClick, true);
  },
};
