// DOM unit tests (files that start with `// @vitest-environment happy-dom`) run the content
// script's page-reading code on generated pages. happy-dom does no layout: every element has a
// zero-sized box, so `isVisible` would call everything hidden. Here an element has a box unless
// it or an ancestor is `display: none`, `visibility: hidden`, `opacity: 0` or `[hidden]` — the
// only ways the generated pages hide things. Files in the node environment are left alone.
if (typeof document !== 'undefined' && typeof Element !== 'undefined') {
  const rendered = (el: Element): boolean => {
    if (!el.isConnected) return false;
    for (let node: Element | null = el; node; node = node.parentElement) {
      if (node.hasAttribute('hidden')) return false;
      const style = getComputedStyle(node);
      if (style.display === 'none') return false;
      if (node === el && (style.visibility === 'hidden' || style.opacity === '0')) return false;
    }
    return true;
  };
  const box = (el: Element) => {
    const size = rendered(el) ? { width: 120, height: 24 } : { width: 0, height: 0 };
    return { x: 0, y: 0, top: 0, left: 0, right: size.width, bottom: size.height, ...size };
  };
  Element.prototype.getBoundingClientRect = function (this: Element) {
    return box(this) as DOMRect;
  };
  (HTMLElement.prototype as { checkVisibility?: unknown }).checkVisibility = function (
    this: Element,
  ) {
    return rendered(this);
  };
}

// Both target browsers have requestIdleCallback (always asynchronous); happy-dom has not, and the
// content script's fallback for its absence runs the work at once, which is not what a browser does.
if (typeof window !== 'undefined' && typeof window.requestIdleCallback !== 'function') {
  const w = window as unknown as Record<string, unknown>;
  w.requestIdleCallback = (callback: IdleRequestCallback) =>
    setTimeout(() => callback({ didTimeout: false, timeRemaining: () => 10 }), 1);
  w.cancelIdleCallback = (handle: number) => clearTimeout(handle);
  const g = globalThis as unknown as Record<string, unknown>;
  g.requestIdleCallback = w.requestIdleCallback;
  g.cancelIdleCallback = w.cancelIdleCallback;
}
