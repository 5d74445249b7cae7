import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// The pure core may import nothing but zod and itself: no React, no table or form library, no
// storage, no Node built-ins. It must run unchanged in Node and in the browser.
const pureCoreRestrictions = {
  patterns: [
    {
      group: [
        'react',
        'react-dom',
        'react-dom/*',
        'react/*',
        'react-hook-form',
        '@tanstack/*',
        '@hookform/*',
      ],
      message:
        'src/model and src/export are framework-free: UI code depends on them, never the reverse.',
    },
    {
      group: ['idb', 'idb-keyval', 'node:*', 'fs', 'path', 'os', 'child_process'],
      message: 'src/model and src/export do no I/O: storage and files belong to storage/ and cli/.',
    },
    {
      group: ['**/editor/**', '**/storage/**', '**/cli/**', '**/sample/**'],
      message:
        'Arrows point one way: model <- export <- editor; nothing in the core imports outer layers.',
    },
  ],
};

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'playwright-report', 'test-results', 'coverage'] },
  js.configs.recommended,
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
  ...tseslint.configs.strict,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.tsx', 'src/editor/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['src/model/**/*.ts', 'src/export/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', pureCoreRestrictions] },
  },
  {
    // Storage sits between the model and the editor: it never reaches up into the UI.
    files: ['src/storage/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', 'react/*', 'react-dom/*', '**/editor/**', '**/cli/**'],
              message: 'Arrows point one way: model <- storage <- editor.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/editor/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/cli/**'], message: 'The browser app cannot use the Node CLI.' },
            {
              group: ['**/storage/*', '!**/storage/index.ts', '!**/storage/draftSession.ts'],
              message:
                'The editor uses storage through src/storage/index.ts and draftSession.ts, its public API.',
            },
          ],
        },
      ],
    },
  },
);
