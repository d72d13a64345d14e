// Lint rules, including the layering of STYLE.md: the folder a file sits in says where it
// runs and what it may import. A wrong import is a lint error, not a review comment.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = { group: ['node:*'], message: 'Node built-ins run only in main/.' };
const electron = { name: 'electron', message: 'Only main/ talks to Electron.' };

// What main/ may not import (a later block that restricts more repeats these: a flat config's
// later rule options replace the earlier ones, they do not add to them).
const MAIN_RESTRICTED_PATHS = [
  { name: 'electron', allowTypeImports: true, message: 'Electron is imported only in main/electron/.' },
  { name: 'node:sqlite', allowTypeImports: true, message: 'SQLite is opened only in main/services/store/.' },
];
const MAIN_RESTRICTED_PATTERNS = [
  { group: ['**/renderer/**'], message: 'main/ never imports the renderer.' },
  { group: ['**/electron/**'], message: 'Services and shells never import main/electron/.' },
];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', '.tsbuild/**', 'node_modules/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'smart'],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    files: [
      'main/**/*.ts',
      'server/**/*.ts',
      'scripts/**/*.js',
      'bin/**/*.js',
      'bench/**/*.ts',
      'test/**/*.ts',
      '*.config.{js,ts}',
    ],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electron, { name: 'react', message: 'shared/ is pure TypeScript.' }],
          patterns: [
            nodeBuiltins,
            { group: ['**/main/**', '**/renderer/**'], message: 'shared/ imports only shared/.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'Buffer'],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [electron],
          patterns: [
            nodeBuiltins,
            { group: ['**/main/**'], message: 'The renderer talks to main only through the API client.' },
          ],
        },
      ],
    },
  },
  {
    files: ['main/electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            nodeBuiltins,
            { regex: '^\\.(?!\\./\\.\\./\\.\\./shared/)', message: 'The preload imports only electron and shared/.' },
          ],
        },
      ],
    },
  },
  // Where code runs is visible in the tree. Each block below covers files no other block of
  // this rule covers (flat config overrides a rule, it does not merge it):
  // Electron only in main/electron/; SQLite opened only in main/services/store/; services and
  // shells never reach into main/electron/ (type imports of Electron excepted: adapters are typed).
  {
    files: ['main/electron/**/*.ts'],
    ignores: ['main/electron/preload/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'node:sqlite', message: 'SQLite is opened only in main/services/store/.' }],
          patterns: [{ group: ['**/renderer/**'], message: 'main/ never imports the renderer.' }],
        },
      ],
    },
  },
  {
    files: ['main/**/*.ts'],
    ignores: ['main/electron/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', allowTypeImports: true, message: 'Electron is imported only in main/electron/.' },
          ],
          patterns: [
            { group: ['**/renderer/**'], message: 'main/ never imports the renderer.' },
            {
              group: ['**/electron/**', '!**/node_modules/**'],
              message: 'Services and shells never import main/electron/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['main/**/*.ts'],
    ignores: ['main/electron/**', 'main/services/store/**', 'main/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: MAIN_RESTRICTED_PATHS,
          patterns: MAIN_RESTRICTED_PATTERNS,
        },
      ],
    },
  },
  // A handler whose domain has its service module only calls it (one service layer by API
  // domain, main/services/<domain>/<domain>.service.ts): no SQL in these handlers.
  {
    files: [
      'main/services/api/{annotations,documents,document-corrections,notes,packs,preferences,reading,search,settings,team}.api.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: MAIN_RESTRICTED_PATHS,
          patterns: [
            ...MAIN_RESTRICTED_PATTERNS,
            { group: ['**/store/**'], message: "A handler calls its domain's service, not the store." },
          ],
        },
      ],
    },
  },
  // The team server runs on its own (another machine, plain Node): it shares only shared/.
  {
    files: ['server/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electron],
          patterns: [{ group: ['**/main/**', '**/renderer/**'], message: 'The team server imports only shared/.' }],
        },
      ],
    },
  },
);
