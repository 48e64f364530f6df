// Unit tests render and format strings of every page: all locale parts are loaded up front, as
// each page loads its own in the browser (loadParts in src/ui/components/boot.tsx).
import { addMessages } from '../../src/wording/i18n';
import { LOCALE_PARTS } from '../../src/wording/locale-parts';

for (const language of ['en', 'zh_CN'] as const)
  for (const catalog of Object.values(LOCALE_PARTS[language])) addMessages(language, catalog);
