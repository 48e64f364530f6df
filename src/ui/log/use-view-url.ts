import { useEffect, useState } from 'preact/hooks';
import { parseView, serializeView, type LogView } from '../../views/log-view';

/**
 * The view held in the address bar: read on open (anything not understood is dropped from the
 * URL), written on each change, read again on back and forward.
 */
export function useViewUrl(): [LogView, (view: LogView, mode?: 'push' | 'replace') => void] {
  const [view, setView] = useState(() => parseView(location.search));

  useEffect(() => {
    const clean = serializeView(view);
    if (clean !== location.search) history.replaceState(null, '', clean || location.pathname);
    const onPop = () => setView(parseView(location.search));
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, []);

  const update = (next: LogView, mode: 'push' | 'replace' = 'push') => {
    const search = serializeView(next);
    if (search !== location.search) {
      const url = search || location.pathname;
      if (mode === 'push') history.pushState(null, '', url);
      else history.replaceState(null, '', url);
    }
    setView(next);
  };
  return [view, update];
}
