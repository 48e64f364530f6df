import { resolve } from 'node:path';
import { defineConfig, type InlineConfig, type Plugin } from 'vite';
import { PAGES, pageShell, type PageName, type PageSpec } from './src/ui/pages.ts';

/**
 * Locale files carry a description per string for translators; pages need only the messages and
 * placeholders. Dropping the rest roughly halves what a page parses at start.
 */
export function localeMessagesOnly(): Plugin {
  return {
    name: 'locale-messages-only',
    enforce: 'pre',
    transform(code, id) {
      if (
        !/(_locales[\\/][^\\/]+[\\/]messages|[\\/]wording[\\/]locales[\\/][^\\/]+)\.json$/.test(id)
      )
        return null;
      const catalog = JSON.parse(code) as Record<
        string,
        { message: string; placeholders?: unknown }
      >;
      const slim = Object.fromEntries(
        Object.entries(catalog).map(([key, { message, placeholders }]) => [
          key,
          placeholders ? { message, placeholders } : { message },
        ]),
      );
      return { code: JSON.stringify(slim), map: null };
    },
  };
}

const root = resolve(import.meta.dirname, 'src/ui');
const PURE_MODULE =
  /[\\/]src[\\/](model|catalog|parsing|rules)[\\/]|[\\/]node_modules[\\/](big\.js|@noble[\\/]hashes)[\\/]/;
// WS_DIST: another output folder, so two checkouts' test runs do not share one build.
const outDir = resolve(import.meta.dirname, process.env.WS_DIST ?? 'dist', 'chrome');

/**
 * Each page's HTML shell, made from src/ui/pages.ts: `src/ui/NAME.html` is not a file on disk,
 * this plugin answers for it.
 */
export function pageShells(): Plugin {
  const shells = new Map(
    Object.entries(PAGES).map(([name, spec]) => [
      resolve(root, `${name}.html`),
      pageShell(name, spec),
    ]),
  );
  return {
    name: 'page-shells',
    enforce: 'pre',
    resolveId: (id) => (shells.has(id) ? id : undefined),
    load: (id) => shells.get(id),
    // A page's early script (src/ui/pages.ts), at the top of its head. Added after bundling: it is
    // built on its own (earlyScriptBuild), not part of the page's module graph.
    transformIndexHtml: {
      order: 'post',
      handler: (html, { path: page }) => {
        const name = page.replace(/^\//, '').replace(/\.html$/, '') as PageName;
        const spec: PageSpec | undefined = PAGES[name];
        if (!spec?.early) return html;
        return html.replace(
          '</title>',
          `</title>\n    <script async src="./${name}-early.js"></script>`,
        );
      },
    },
  };
}

/**
 * The pure layers have no side effects at load (scripts/layers.mjs), and neither have the decimal
 * and hash libraries only rules use: saying so lets the bundler leave out of a page what the page
 * does not call. A page that reads a rule's declaration (its thresholds, its sentence) then does
 * not carry the rule's fold.
 */
export function pureLayers(): Plugin {
  return {
    name: 'pure-layers',
    transform: (code, id) => (PURE_MODULE.test(id) ? { code, moduleSideEffects: false } : null),
  };
}

/**
 * What every build of the extension shares: ES modules into dist/chrome (or WS_DIST), locale
 * files slimmed, fixed file names. scripts/build.ts runs the three kinds below and writes the two
 * browsers' manifests; the output is copied to dist/firefox.
 */
function extensionBuild(options: {
  emptyOutDir: boolean;
  input: Record<string, string>;
  /** `<link rel="modulepreload">` in a page for the chunks its script imports (pages only). */
  modulePreload?: boolean;
}): InlineConfig {
  return {
    configFile: false,
    logLevel: 'warn',
    root,
    plugins: [localeMessagesOnly(), pageShells(), pureLayers()],
    base: './',
    publicDir: false,
    build: {
      outDir,
      emptyOutDir: options.emptyOutDir,
      target: 'es2022',
      modulePreload: options.modulePreload ? { polyfill: false } : false,
      minify: true,
      sourcemap: false,
      rolldownOptions: {
        input: options.input,
        output: {
          entryFileNames: '[name].js',
          chunkFileNames: 'chunks/[name]-[hash].js',
          assetFileNames: 'assets/[name]-[hash][extname]',
        },
      },
    },
  };
}

/** The service worker, an ES module. It empties the output folder: build it first. */
export function workerBuild(): InlineConfig {
  const config = extensionBuild({
    emptyOutDir: true,
    input: { background: resolve(import.meta.dirname, 'src/background/index.ts') },
  });
  // Vite warns above 500 kB, a size that matters for a file downloaded over a network. The worker
  // (about 530 kB: Dexie, the polyfill, date-fns, every rule, the catalog and the look-alike
  // tables) is read from the extension's own folder; what it costs is its start after a stop,
  // which `npm run bench` measures (latency.stored-stopped-p95). The warning said nothing new.
  config.build!.chunkSizeWarningLimit = 700;
  return config;
}

/**
 * One extension page, built on its own. Why apart: in one build for all pages the bundler splits
 * what pages share into a dozen chunks, and the browser walks them one import at a time before a
 * page's first line runs — most of the popup's start-up with a large history (issue 5) and of
 * the log's (issue 6). Built alone, a page's static imports are one module; only what it loads on
 * demand (its strings in the chosen language, the export code) stays in chunks. Pages repeat
 * shared code (Preact, Dexie): the extension grows, the pages do not wait.
 *
 * A chunk a page's script imports statically is still fetched only once the script is parsed:
 * `modulePreload` lists those chunks in the page, so the browser fetches them beside it. There
 * should be none (each page is one module) but Rolldown still splits out a module that a page's
 * script and one of its lazy chunks share (the popup's saved-view code, used before the first
 * paint and by the database side loaded after it; rolldown/rolldown#10731).
 */
export function pageBuild(name: PageName): InlineConfig {
  return extensionBuild({
    emptyOutDir: false,
    modulePreload: true,
    input: { [name]: resolve(root, `${name}.html`) },
  });
}

/** One classic IIFE file with no imports, added to the same folder. */
function classicScript(options: {
  entry: string;
  name: string;
  fileName: string;
  target: string;
  plugins?: Plugin[];
}): InlineConfig {
  return {
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    ...(options.plugins ? { plugins: options.plugins } : {}),
    build: {
      outDir,
      emptyOutDir: false,
      target: options.target,
      minify: true,
      sourcemap: false,
      lib: {
        entry: resolve(import.meta.dirname, options.entry),
        formats: ['iife'],
        name: options.name,
        fileName: () => options.fileName,
      },
    },
  };
}

/** The content script: one classic IIFE file with no imports, added to the same folder. */
export function contentBuild(): InlineConfig {
  return classicScript({
    entry: 'src/content/index.ts',
    name: 'walletSentinelContent',
    fileName: 'content.js',
    target: 'es2022',
  });
}

/**
 * A page's early script (`early` in src/ui/pages.ts): `NAME-early.js`, one classic IIFE file with
 * no imports, which the page's head loads `async` so it runs before the page's own module is
 * fetched and compiled (the popup begins its reads there, src/ui/popup/early-read.ts).
 */
export function earlyScriptBuild(name: PageName): InlineConfig {
  return classicScript({
    entry: `src/ui/${name}/early.ts`,
    name: `walletSentinel_${name}_early`,
    fileName: `${name}-early.js`,
    target: 'es2022',
    plugins: [pureLayers()],
  });
}

/**
 * The evidence pack's verify page (src/ui/verify-page): one classic IIFE file with no imports,
 * `verify-page.js`, that the log page reads and inlines into each pack's verify.html
 * (src/export/verify-html.ts). It runs from a file:// folder, so it cannot load anything else.
 */
export function verifyPageBuild(): InlineConfig {
  return classicScript({
    entry: 'src/ui/verify-page/main.ts',
    name: 'walletSentinelVerify',
    fileName: 'verify-page.js',
    target: 'es2020',
    plugins: [localeMessagesOnly(), pureLayers()],
  });
}

/** `vite build` alone builds the worker; `npm run build` builds everything (scripts/build.ts). */
export default defineConfig(workerBuild());
