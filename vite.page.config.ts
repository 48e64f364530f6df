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
export default extensionBuild({ emptyOutDir: false });
