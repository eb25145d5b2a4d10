// ESLint flat config: typescript-eslint (type-aware), eslint-plugin-lit and eslint-plugin-wc.
// Templates are type-checked separately by lit-analyzer (`npm run lint:lit`).
//
// typescript-eslint needs TypeScript's JavaScript API, which TypeScript 7 does not ship; the package named
// `typescript` is therefore the TypeScript 6 API (@typescript/typescript6) and `tsc` is TypeScript 7
// (@typescript/native). See package.json and README.md.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
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
  },
  {
    files: ['src/**/*.ts', 'test/component/**/*.ts'],
    extends: [lit.configs['flat/recommended'], wc.configs['flat/recommended']],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['scripts/**', 'test/**', '*.config.ts', 'eslint.config.js'],
    languageOptions: { globals: globals.node },
  },
  {
    // Plain JavaScript files are not in the TypeScript project.
    files: ['**/*.js', '**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
  },
);
