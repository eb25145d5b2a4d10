// ESLint flat config: typescript-eslint (type-aware), eslint-plugin-lit and eslint-plugin-wc.
// Templates are type-checked separately by lit-analyzer (`npm run lint:lit`).
//
// typescript-eslint needs TypeScript's JavaScript API, which TypeScript 7 does not ship; the package named
// `typescript` is therefore the TypeScript 6 API (@typescript/typescript6) and `tsc` is TypeScript 7
// (@typescript/native). See package.json and README.md.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  globalIgnores(['dist/', 'dev-dist/', 'bench/', 'data/', 'public/', 'test-results/', 'playwright-report/', 'bench-results/']),
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // `const { a: _, ...rest } = o` is how a field is left out of a copy.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
  {
    files: ['src/**/*.ts', 'test/component/**/*.ts'],
    extends: [lit.configs['flat/recommended'], wc.configs['flat/recommended']],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['src/components/**/*.ts'],
    rules: {
      // Lit calls a template's @event listeners with `this` bound to the element (the render's host),
      // so `@click=${this.close}` is not an unbound method.
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  {
    files: ['test/**/*.ts', 'src/**/*.test.ts'],
    rules: {
      // Fakes of asynchronous APIs (fetch, File.arrayBuffer, a data loader) are async functions without
      // await so that a throw inside them becomes a rejection, as in the real API.
      '@typescript-eslint/require-await': 'off',
      // expect(spy.method) and saving a prototype's method to wrap it take methods without calling them.
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  {
    files: ['scripts/**', 'test/**', '*.config.ts', 'eslint.config.js'],
    languageOptions: { globals: globals.node },
  },
  {
    // No import circles in the app or the scripts (issue 15.5): a module that imports one importing it
    // can see its imports still undefined while both load, and the two cannot be read or moved apart.
    // Dynamic import() counts too (a lazily loaded view importing its loader was one); `import type`
    // does not (it leaves no import in the built code).
    files: ['src/**/*.ts', 'scripts/**/*.ts', 'scripts/**/*.mjs'],
    plugins: { 'import-x': importX },
    settings: {
      // Imports name their files with the extension (`./atlas.ts`): the plain Node resolver finds them.
      'import-x/resolver-next': [createNodeResolver()],
      'import-x/extensions': ['.ts', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
    },
    rules: { 'import-x/no-cycle': 'error' },
  },
  {
    // Plain JavaScript files are not in the TypeScript project.
    files: ['**/*.js', '**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
  },
);
