import { createContext } from './context';
import { DETECTORS } from './detectors';

// Top frame only: a cross-origin iframe inside a wallet page must never speak for the wallet.
if (window.top === window) {
  const ctx = createContext();
  for (const detector of DETECTORS) detector.start(ctx);
}
