import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/** The content script: one classic IIFE file, no imports, appended to the pages build. */
export default defineConfig({
  publicDir: false,
  build: {
    // WS_DIST: another output folder, so two checkouts' test runs do not share one build.
    outDir: resolve(import.meta.dirname, process.env.WS_DIST ?? 'dist', 'chrome'),
    emptyOutDir: false,
    target: 'es2022',
    minify: true,
    sourcemap: false,
    lib: {
      entry: resolve(import.meta.dirname, 'src/content/index.ts'),
      formats: ['iife'],
      name: 'walletSentinelContent',
      fileName: () => 'content.js',
    },
  },
});
