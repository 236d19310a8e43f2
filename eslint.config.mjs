// @ts-check
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '.tmp/',
      'dist/',
      'coverage/',
      'demo-dist/',
      'public/',
      'node_modules/',
      'e2e/fixtures/generated/',
      'custom-elements.json',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  wc.configs['flat/recommended'],
  wc.configs['flat/best-practice'],
  lit.configs['flat/recommended'],
  litA11y.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser } },
    settings: { wc: { elementBaseClasses: ['LitElement', 'CxElement'] } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      // Untrusted text never becomes markup: these are the ways it could.
      'no-restricted-syntax': [
        'error',
        {
          selector: 'AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]',
          message: 'Do not assign HTML strings; render text with Lit or sanitize with DOMPurify first.',
        },
        {
          selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
          message: 'Do not insert HTML strings.',
        },
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'lit/directives/style-map.js',
              message: 'styleMap breaks strict CSP; set element.style via CSSOM.',
            },
            {
              name: 'lit/directives/unsafe-html.js',
              message: 'Only src/core/sanitize may turn HTML into DOM, after DOMPurify.',
            },
          ],
        },
      ],
      // Lit element classes register through defineElement() in their define module.
      'wc/define-tag-after-class-definition': 'off',
      'wc/tag-name-matches-class': 'off',
      // LitElement implements every lifecycle callback, so super calls need no guard.
      'wc/guard-super-call': 'off',
    },
  },
  // The floors read bottom-up (core → api → components): a lower floor may name a higher one's
  // types, never import its code.
  {
    files: ['src/core/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/api/*', '**/components/**'],
              allowTypeImports: true,
              message: 'core/ imports no api/ or component code.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/api/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/components/**'],
              allowTypeImports: true,
              message: 'api/ imports no component code.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.test.ts', 'src/test-support/**'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
  {
    files: ['scripts/**', '*.config.*', '.ci/**', 'e2e/**/*.mjs'],
    languageOptions: { globals: { ...globals.node } },
  },
  prettier,
);
