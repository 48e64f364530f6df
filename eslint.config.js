import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import noFieldValue from './scripts/eslint/no-field-value.js';

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
  {
    files: ['scripts/**/*.mjs', 'tests/**/*.ts', '*.config.ts', '*.config.js'],
    languageOptions: {
      globals: { console: 'readonly', process: 'readonly', setTimeout: 'readonly' },
    },
  },
);
