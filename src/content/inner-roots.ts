/**
 * Open shadow roots and same-origin frame documents (issue 14): a web component's alert, a
 * toast drawn in a shadow root or a modal's `<iframe>` holds text that the page's own
 * `textContent`, `querySelectorAll` and MutationObserver never reach. `InnerRoots` finds them
 * under an element and has the caller's MutationObserver watch each as it appears, so what
 * they show late is seen like a change of the page. Closed shadow roots and cross-origin
 * frames stay out of reach, as they should.
 */

/** Elements looked at per search for shadow hosts and frames: a busy page stays cheap. */
export const MAX_INNER_WALK = 4000;

export interface InnerRoot {
  /** The shadow host or the `<iframe>`: where the content is shown on the page. */
  owner: Element;
  /** What holds the content: the shadow root, or the frame's body. */
  root: ParentNode;
}

/** A same-origin frame's document, or undefined (cross-origin, not loaded). */
export function frameDocument(frame: Element): Document | undefined {
  try {
    const doc = (frame as HTMLIFrameElement).contentDocument;
    return doc?.body && doc.URL !== 'about:blank' ? doc : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Open shadow roots under `root` (itself included), and the frames, handed to `onFrame`. Only
 * custom elements (a "-" in the tag) can host a shadow root a site builds.
 */
export function innerRoots(
  root: Element,
  onFrame: (frame: HTMLIFrameElement) => void,
  budget = { left: MAX_INNER_WALK },
): Array<{ owner: Element; root: ShadowRoot }> {
  const found: Array<{ owner: Element; root: ShadowRoot }> = [];
  const look = (el: Element) => {
    if (el.shadowRoot) found.push({ owner: el, root: el.shadowRoot });
    else if (el.localName === 'iframe') onFrame(el as HTMLIFrameElement);
  };
  look(root);
  if (root.firstElementChild === null) return found;
  const walker = (root.ownerDocument ?? document).createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
  for (let node = walker.nextNode(); node && budget.left > 0; node = walker.nextNode()) {
    budget.left -= 1;
    const el = node as Element;
    if (el.localName.includes('-') || el.localName === 'iframe') look(el);
  }
  return found;
}

export class InnerRoots {
  /** Shadow roots and frame documents already watched. */
  private readonly watched = new WeakSet<Node>();
  private readonly frames = new WeakSet<Element>();
  /** Shadow root or frame document → its owner on the page. */
  private readonly owners = new WeakMap<Node, Element>();

  /**
   * `observer` watches each root found with `init`; `onFrameLoad` hears of the roots a frame
   * brings when its document loads after it was found.
   */
  constructor(
    private readonly observer: MutationObserver,
    private readonly init: MutationObserverInit,
    private readonly onFrameLoad?: (roots: InnerRoot[]) => void,
  ) {}

  /**
   * Starts watching the open shadow roots and same-origin frame documents under `el` (nested
   * ones too) that are not watched yet; returns them. At most `budget.left` elements are looked at.
   */
  add(el: Element, budget = { left: MAX_INNER_WALK }): InnerRoot[] {
    const found: InnerRoot[] = [];
    const frames: Element[] = [];
    for (const { owner, root } of innerRoots(el, (frame) => frames.push(frame), budget)) {
      this.take(owner, root, root, found, budget);
    }
    for (const frame of frames) this.frame(frame, found, budget);
    return found;
  }

  /** The owner of the shadow root or frame `node` is in; undefined for the page itself. */
  ownerOf(node: Node): Element | undefined {
    return this.owners.get(node.getRootNode());
  }

  private take(
    owner: Element,
    watched: Node,
    root: ParentNode,
    found: InnerRoot[],
    budget: { left: number },
  ) {
    if (this.watched.has(watched)) return;
    this.watched.add(watched);
    this.owners.set(watched, owner);
    this.observer.observe(watched, this.init);
    found.push({ owner, root });
    // Roots inside roots: a component drawn by another one, a frame inside a frame.
    for (
      let child = root.firstElementChild;
      child && budget.left > 0;
      child = child.nextElementSibling
    ) {
      found.push(...this.add(child, budget));
    }
  }

  private frame(frame: Element, found: InnerRoot[], budget: { left: number }) {
    if (!this.frames.has(frame)) {
      this.frames.add(frame);
      // A modal's frame often loads after it is added, or loads another page later.
      frame.addEventListener('load', () => {
        const loaded: InnerRoot[] = [];
        this.frame(frame, loaded, { left: MAX_INNER_WALK });
        if (loaded.length > 0) this.onFrameLoad?.(loaded);
      });
    }
    const doc = frameDocument(frame);
    if (doc) this.take(frame, doc, doc.body, found, budget);
  }
}
