// Lint: TypeScript's recommended rules, the React hooks rules, and the few patterns this library must
// never contain (HTML injection sinks, eval). Formatting is left to editors.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const sinks = [
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Response data must reach the DOM as text.' },
  {
    selector: "AssignmentExpression > MemberExpression[property.name=/^(innerHTML|outerHTML)$/]",
    message: 'Response data must reach the DOM as text.',
  },
  { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Response data must reach the DOM as text.' },
];

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'storybook-static/**',
      'public/mockServiceWorker.js',
      'coverage/**',
      'test/consumer/.work/**',
      'test/nextjs/.work/**',
      'examples/*/node_modules/**',
      'examples/*/.next*/**',
      'examples/*/next-env.d.ts',
      'bench/.results/**',
      '.tmp*/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    files: ['src/**'],
    rules: {
      'no-restricted-syntax': ['error', ...sinks],
      // Library functions stay short enough to read in one screen; longer ones split along a real seam.
      'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      // Control characters in regexes are deliberate here: they are what input validation rejects.
      'no-control-regex': 'off',
      '@typescript-eslint/no-unused-expressions': ['error', { allowShortCircuit: true, allowTernary: true }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
    },
  },
);
