import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import noFieldValue from './scripts/eslint/no-field-value.js';
import { DATA, LAYERS, mayImport, PACKAGES } from './scripts/layers.mjs';

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * One block per layer and folder depth: a relative import that climbs to `src/` and goes down into
 * a folder the layer may not use is an error (scripts/layers.mjs has the order and says why).
 * tests/unit/architecture.test.ts shows a wrong-way import failing and checks the whole graph.
 */
function layerBlocks() {
  const folders = [...Object.keys(LAYERS), ...Object.keys(DATA)];
  return Object.keys(LAYERS).flatMap((layer) => {
    const denied = folders.filter((to) => !mayImport(layer, to));
    const packages = Object.entries(PACKAGES)
      .filter(([, allowed]) => !allowed.includes(layer))
      .map(([name]) => name);
    return [1, 2, 3, 4].map((depth) => ({
      files: [`src/${layer}/${'*/'.repeat(depth - 1)}*.{ts,tsx}`],
      rules: {
        'no-restricted-imports': [
          'error',
          {
            paths: packages.map((name) => ({
              name,
              message: `${layer}/ may not use ${name} (scripts/layers.mjs).`,
            })),
            patterns: [
              ...(denied.length
                ? [
                    {
                      regex: `^${escape('../'.repeat(depth))}(${denied.join('|')})(/|$)`,
                      message: `${layer}/ imports only from lower layers (scripts/layers.mjs): ${denied.join(', ')} are not below it.`,
                    },
                  ]
                : []),
              ...packages.map((name) => ({
                regex: `^${escape(name)}/`,
                message: `${layer}/ may not use ${name} (scripts/layers.mjs).`,
              })),
            ],
          },
        ],
      },
    }));
  });
}

export default tseslint.config(
  { ignores: ['dist/', 'artifacts/', 'node_modules/', 'tests/fixtures/sites/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        console: 'readonly',
        process: 'readonly',
        URL: 'readonly',
        Buffer: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      // Page text is rendered as text, never parsed as HTML (see issue on hostile text).
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Render page text as text: use textContent or JSX.' },
        { property: 'outerHTML', message: 'Render page text as text.' },
        { property: 'insertAdjacentHTML', message: 'Render page text as text.' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Never inject HTML: page text is hostile.',
        },
        { selector: "CallExpression[callee.name='eval']", message: 'No eval.' },
        { selector: "NewExpression[callee.name='Function']", message: 'No new Function.' },
      ],
    },
  },
  {
    // The content script reads the page, never what the user typed into it.
    files: ['src/content/**/*.ts'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { sentinel: { rules: { 'no-field-value': noFieldValue } } },
    rules: { 'sentinel/no-field-value': 'error' },
  },
  ...layerBlocks(),
  {
    files: ['scripts/**/*.mjs', 'tests/**/*.ts', '*.config.ts', '*.config.js'],
    languageOptions: {
      globals: { console: 'readonly', process: 'readonly', setTimeout: 'readonly' },
    },
  },
);
