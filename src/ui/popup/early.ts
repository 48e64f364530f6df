// popup-early.js: a classic script the popup's page loads `async` in its head (early-read.ts).
import { earlyReads } from './early-read';

earlyReads();
