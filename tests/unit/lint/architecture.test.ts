// The architecture is held by lint rules (eslint.config.js), not by scanning the sources: each
// room's effective rules are read from the config as ESLint resolves them for a real file of
// that room, then tried on imports that room must refuse and on ones it may make. Removing or
// loosening a rule fails here as well as in `npm run lint`.
import { ESLint, Linter } from 'eslint';
import path from 'node:path';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../../..');
const eslint = new ESLint({ cwd: root });
const linter = new Linter({ configType: 'flat' });
const restrictions = [
  'no-restricted-imports',
  'no-restricted-globals',
  'no-restricted-properties',
  'no-restricted-syntax',
];

/** The room's restriction rules alone, as ESLint would apply them to `file`. */
async function roomRules(file: string): Promise<Linter.RulesRecord> {
  const { rules } = (await eslint.calculateConfigForFile(path.join(root, file))) as { rules: Linter.RulesRecord };
  return Object.fromEntries(restrictions.filter((r) => r in rules).map((r) => [r, rules[r]]));
}

/** What the room's rules report on a line of source, by rule. */
async function refusals(file: string, source: string): Promise<string[]> {
  const rules = await roomRules(file);
  const config: Linter.Config[] = [
    { files: ['**/*.ts', '**/*.tsx'], languageOptions: { parser: tseslint.parser, sourceType: 'module' }, rules },
  ];
  return linter.verify(source, config, { filename: path.join(root, file) }).map((m) => m.ruleId ?? m.message);
}

describe('the architecture, as lint rules', () => {
  it('keeps src/shared free of Node, the DOM, Electron and the sides that use it', async () => {
    const file = 'src/shared/contract.ts';
    for (const source of [
      "import fs from 'node:fs';",
      "import path from 'path';",
      "import { ipcRenderer } from 'electron';",
      "import { createRoot } from 'react-dom/client';",
      "import { openServices } from '../main/host/open-services';",
      "import { call } from '../renderer/src/lib/api';",
      'export const href = window.location.href;',
      'export const body = document.body;',
      'export const home = process.env.HOME;',
      'export const bytes = Buffer.from("x");',
      'export function useFolded() {}',
    ]) {
      expect(await refusals(file, source), source).not.toEqual([]);
    }
    expect(await refusals(file, "import { z } from 'zod';\nexport const trimmed = (s: string) => s.trim();")).toEqual(
      [],
    );
  });

  it('keeps Electron out of the services, the readers, the writers and the database', async () => {
    for (const file of [
      'src/main/conferences/conferences.ts',
      'src/main/import/parse.ts',
      'src/main/documents/docx/minutes.ts',
      'src/main/db/open.ts',
      'src/main/host/save-door.ts',
      'src/cli/index.ts',
      'src/harness/server.ts',
    ]) {
      expect(await refusals(file, "import { dialog } from 'electron';"), file).toEqual(['no-restricted-imports']);
      expect(await refusals(file, "import { shell } from 'electron/main';"), file).toEqual(['no-restricted-imports']);
      expect(await refusals(file, 'export function usePageCache() {}'), file).toEqual(['no-restricted-syntax']);
      expect(await refusals(file, "import fs from 'node:fs';\nimport Database from 'better-sqlite3';"), file).toEqual(
        [],
      );
    }
    // The doors and platform/ are where Electron is used.
    for (const file of ['src/main/index.ts', 'src/main/window.ts', 'src/main/platform/save-dialog.ts']) {
      expect(await refusals(file, "import { dialog } from 'electron';"), file).toEqual([]);
    }
  });

  it('lets the page reach data only through lib/api.ts', async () => {
    for (const file of ['src/renderer/src/app/App.tsx', 'src/renderer/src/features/attendees/AttendeesTab.tsx']) {
      for (const source of [
        "import fs from 'node:fs';",
        "import { ipcRenderer } from 'electron';",
        "import Database from 'better-sqlite3';",
        "import { createSend } from '../lib/transport';",
        "import { listAttendees } from '../../../main/attendees/attendees';",
        'export const api = window.api;',
        'export const answer = fetch("/api/people.list");',
        'export const socket = new WebSocket("ws://127.0.0.1");',
      ]) {
        expect(await refusals(file, source), `${file}: ${source}`).not.toEqual([]);
      }
      expect(await refusals(file, "import { call } from '../lib/api';"), file).toEqual([]);
    }
    expect(await refusals('src/renderer/src/lib/api.ts', "import { createSend } from './transport';")).toEqual([]);
  });
});
