import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { localeMessagesOnly } from './vite.config.ts';

/**
 * The popup is opened more often than any other page and must show the findings at once
 * (issue 5: ≤ 100 ms with a large history). Built on its own as one module with no chunks, so
 * the browser fetches one script instead of walking a dozen shared chunks before the first line
 * runs. It repeats code the other pages share (Preact, Dexie); the extension grows, the popup
 * does not wait. Appended to the pages build by scripts/build.mjs.
 */
const root = resolve(import.meta.dirname, 'src/ui');

export default defineConfig({
  root,
  plugins: [localeMessagesOnly()],
  base: './',
  publicDir: false,
  build: {
    outDir: resolve(import.meta.dirname, process.env.WS_DIST ?? 'dist', 'chrome'),
    emptyOutDir: false,
    target: 'es2022',
    modulePreload: false,
    minify: true,
    sourcemap: false,
    rolldownOptions: {
      input: { popup: resolve(root, 'popup.html') },
      output: {
        entryFileNames: '[name].js',
        codeSplitting: false,
        assetFileNames: 'assets/[name]-[hash][extname]',
      },
    },
  },
});
