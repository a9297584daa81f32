// Lint for the whole tree: typescript-eslint's type-checked rules, the Rules of React, and the
// architecture written as import rules (docs/architecture.md in the README's "How the code is
// laid out"): what each room may reach. Prettier owns the layout, so no style rule is on here.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeModules = builtinModules.filter((name) => !name.startsWith('_')).flatMap((name) => [name, `node:${name}`]);
const nodeImports = { paths: nodeModules, message: 'Node is only for the main process, the CLI and the harness.' };
const electronImports = {
  paths: ['electron'],
  patterns: ['electron/*'],
  message: 'Electron is reached only from src/main/index.ts, window.ts, ipc/ and platform/.',
};

/** Names, one list, of what a room may not import. */
function restrictImports(...groups) {
  return {
    paths: groups.flatMap((g) => (g.paths ?? []).map((name) => ({ name, message: g.message }))),
    patterns: groups.flatMap((g) => (g.patterns ?? []).map((group) => ({ group: [group], message: g.message }))),
  };
}

// Outside the page a function named use… would read as a React hook, and be linted as one.
const notHooks = ['FunctionDeclaration', 'VariableDeclarator'].map((node) => ({
  selector: `${node}[id.name=/^use[A-Z]/]`,
  message: 'Names beginning with "use" are React hooks; name what the function does.',
}));
const domGlobals = Object.keys(globals.browser).filter((name) => !(name in globals.es2021) && !(name in globals.node));
const nodeGlobals = ['process', 'Buffer', '__dirname', '__filename', 'require', 'module', 'global'];

export default tseslint.config(
  {
    ignores: [
      'out/',
      'out.*/',
      'test-results/',
      'dist/',
      'node_modules/',
      '.scratch/',
      'tests/fixtures/',
      'resources/',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        // One program over the whole tree (tsconfig.eslint.json): with a program per tsconfig the
        // tests' program type-checks again the sources the other two already did, a fifth of the
        // lint's time. `tsc -b` still checks each side against its own libraries.
        project: ['./tsconfig.eslint.json'],
        tsconfigRootDir: import.meta.dirname,
      },
      globals: { ...globals.node },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // A switch over our own union lists every case; a default stays for a library's open-ended one.
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-console': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat.recommended],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      // In this version it also flags a state set after an await, in a loader the effect calls
      // (react/react#34905, #34743): every screen's "load, then show" would need a disable.
      'react-hooks/set-state-in-effect': 'off',
    },
  },

  // src/shared is read by every side: it imports no Node, DOM or Electron module and nothing of
  // the sides themselves, and uses neither the page's nor Node's globals.
  {
    files: ['src/shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        restrictImports(nodeImports, electronImports, {
          paths: ['react', 'react-dom', 'better-sqlite3'],
          patterns: [
            'react/*',
            'react-dom/*',
            '**/main/**',
            '**/renderer/**',
            '**/preload/**',
            '**/cli/**',
            '**/harness/**',
          ],
          message: 'src/shared holds the contract and plain rules that every side can run.',
        }),
      ],
      'no-restricted-globals': ['error', ...domGlobals, ...nodeGlobals],
      'no-restricted-syntax': ['error', ...notHooks],
    },
  },

  // The services and what they use run under Node in the CLI, the harness and the tests: no
  // Electron (only the doors and platform/ know of it).
  {
    files: ['src/main/**/*.ts', 'src/cli/**/*.ts', 'src/harness/**/*.ts'],
    ignores: ['src/main/index.ts', 'src/main/window.ts', 'src/main/ipc/**', 'src/main/platform/**'],
    rules: {
      'no-restricted-syntax': ['error', ...notHooks],
      'no-restricted-imports': [
        'error',
        restrictImports(electronImports, {
          patterns: ['**/renderer/**', '**/preload/**'],
          message: 'The main side reaches the page only through the contract.',
        }),
      ],
    },
  },

  // The page reaches data only through lib/api.ts (which alone uses lib/transport.ts): no Node,
  // no Electron, no main-side module, no window.api and no network call of its own.
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    ignores: ['src/renderer/src/lib/api.ts', 'src/renderer/src/lib/transport.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        restrictImports(nodeImports, electronImports, {
          paths: ['better-sqlite3'],
          patterns: ['**/main/**', '**/preload/**', '**/cli/**', '**/harness/**', '**/lib/transport'],
          message: 'The page reaches data only through lib/api.ts.',
        }),
      ],
      'no-restricted-properties': [
        'error',
        { object: 'window', property: 'api', message: 'The page reaches data only through lib/api.ts.' },
      ],
      'no-restricted-globals': [
        'error',
        ...['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource'].map((name) => ({
          name,
          message: 'The page reaches data only through lib/api.ts.',
        })),
      ],
    },
  },
  {
    files: ['src/renderer/src/lib/api.ts', 'src/renderer/src/lib/transport.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        restrictImports(nodeImports, electronImports, {
          patterns: ['**/main/**', '**/preload/**', '**/cli/**', '**/harness/**'],
          message: 'The page talks to the services only through the contract.',
        }),
      ],
    },
  },
  prettier,
);
