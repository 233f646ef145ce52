import js from '@eslint/js'
import checkFile from 'eslint-plugin-check-file'
import importX from 'eslint-plugin-import-x'
import jsxA11y from 'eslint-plugin-jsx-a11y'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'playwright-report', 'test-results', 'e2e/.artifacts', '.run'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y, 'import-x': importX, 'check-file': checkFile },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      // The kit's native controls, so a <label> around one counts as its label.
      'jsx-a11y/label-has-associated-control': [
        'error',
        { controlComponents: ['Select', 'Textarea'], depth: 3 },
      ],
      // The house: features never import app/ or each other's insides; shared code never imports features.
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            { target: './src/features', from: './src/app' },
            { target: ['./src/api', './src/ui', './src/lib'], from: ['./src/features', './src/app'] },
          ],
        },
      ],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@/features/*/*', '!@/features/*/*Page'],
              message: "Use the feature's index.ts, or compose in src/app.",
            },
          ],
        },
      ],
      'check-file/filename-naming-convention': [
        'error',
        // Components are PascalCase; test helpers (src/test) are functions, named as such.
        { 'src/!(test)/**/*.tsx': 'PASCAL_CASE', 'src/**/!(*.d).ts': 'CAMEL_CASE' },
        { ignoreMiddleExtensions: true },
      ],
    },
  },
  {
    // Only src/api talks to the horde.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/api/**', 'src/test/**', 'src/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-globals': ['error', { name: 'fetch', message: 'Call the horde through src/api.' }],
    },
  },
  {
    files: ['horde-sim/**/*.ts', 'e2e/**/*.{ts,mjs}', 'scripts/**/*.{ts,mjs}', '*.config.{js,ts}'],
    languageOptions: { globals: globals.node },
  },
)
