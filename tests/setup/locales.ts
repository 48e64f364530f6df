// Unit tests render and format strings of every page: all locale parts are loaded up front, as
// each page loads its own in the browser (src/ui/components/boot.tsx).
import { addAllMessages } from '../../src/wording/locale-parts';

addAllMessages();
