import { extensionBuild } from './vite.config.ts';

/**
 * One extension page (popup, log, guide, cases, options, onboarding). scripts/build.mjs builds
 * each page on its own with this config, passing the page as `build.rolldownOptions.input`.
 *
 * Why apart: in one build for all pages the bundler splits what pages share into a dozen chunks,
 * and the browser walks them one import at a time before a page's first line runs — most of the
 * popup's start-up with a large history (issue 5) and of the log's (issue 6). Built alone, a
 * page's static imports are one module; only what it loads on demand (its strings in the chosen
 * language, the export code) stays in chunks. Pages repeat shared code (Preact, Dexie): the
 * extension grows, the pages do not wait.
 */
//
// A chunk a page's script imports statically is still fetched only once the script is parsed:
// `modulePreload` lists those chunks in the page, so the browser fetches them beside it. There
// should be none (each page is one module) but Rolldown still splits out a module that a page's
// script and one of its lazy chunks share (the popup's saved-view code, used before the first
// paint and by the database side loaded after it; rolldown/rolldown#10731).
export default extensionBuild({ emptyOutDir: false, modulePreload: true });
