import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';

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

/**
 * What the worker build and every page build (vite.page.config.ts) share: ES modules into
 * dist/chrome (or WS_DIST), locale files slimmed, fixed file names; the preload helper only
 * where asked (pages).
 */
export function extensionBuild(options: {
  emptyOutDir: boolean;
  input?: Record<string, string>;
  /** `<link rel="modulepreload">` in a page for the chunks its script imports (pages only). */
  modulePreload?: boolean;
}) {
  return defineConfig({
    root,
    plugins: [localeMessagesOnly()],
    base: './',
    publicDir: false,
    build: {
      // WS_DIST: another output folder, so two checkouts' test runs do not share one build.
      outDir: resolve(import.meta.dirname, process.env.WS_DIST ?? 'dist', 'chrome'),
      emptyOutDir: options.emptyOutDir,
      target: 'es2022',
      modulePreload: options.modulePreload ? { polyfill: false } : false,
      minify: true,
      sourcemap: false,
      rolldownOptions: {
        ...(options.input ? { input: options.input } : {}),
        output: {
          entryFileNames: '[name].js',
          chunkFileNames: 'chunks/[name]-[hash].js',
          assetFileNames: 'assets/[name]-[hash][extname]',
        },
      },
    },
  });
}

/**
 * The service worker, an ES module. Each page is built apart (vite.page.config.ts) and so is the
 * content script (vite.content.config.ts); scripts/build.mjs runs them all and writes the two
 * browsers' manifests. Output goes to dist/chrome and is copied to dist/firefox.
 */
export default extensionBuild({
  emptyOutDir: true,
  input: { background: resolve(import.meta.dirname, 'src/background/index.ts') },
});
