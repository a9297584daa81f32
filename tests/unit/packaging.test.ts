// The Windows installer's configuration, read as electron-builder reads it (it cannot be built
// here: no Electron binary). A per-user NSIS installer with the app's icon, better-sqlite3
// rebuilt for Electron and unpacked from the archive, the fuses of docs/security.md item 7 (and
// docs/electron-security.md item 19), and the
// data and backups in the user's profile.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FuseV1Options } from '@electron/fuses';
import { z } from 'zod';
import { backupDirFor } from '../../src/main/db/open';
import { databaseFileName, userDataDir } from '../../src/main/platform/paths';

const root = path.resolve(__dirname, '../..');
const readJson = (file: string): unknown => JSON.parse(fs.readFileSync(path.join(root, file), 'utf8'));
// Only the parts checked below; electron-builder reads more.
const config = z
  .object({
    win: z.object({ target: z.unknown(), icon: z.string() }),
    nsis: z.looseObject({ installerIcon: z.string() }),
    npmRebuild: z.unknown(),
    asar: z.unknown(),
    asarUnpack: z.array(z.string()),
    files: z.array(z.string()),
    extraMetadata: z.object({ main: z.string() }),
    electronFuses: z.record(z.string(), z.unknown()),
  })
  .parse(readJson('electron-builder.json'));
const pkg = z
  .object({
    main: z.string(),
    dependencies: z.record(z.string(), z.string()),
    devDependencies: z.record(z.string(), z.string()),
    scripts: z.record(z.string(), z.string()),
  })
  .parse(readJson('package.json'));

describe('the Windows installer', () => {
  it('is a per-user NSIS installer for x64, with the app icon', () => {
    expect(config.win.target).toEqual([{ target: 'nsis', arch: ['x64'] }]);
    expect(config.nsis).toMatchObject({ perMachine: false, allowElevation: false, deleteAppDataOnUninstall: false });
    const ico = fs.readFileSync(path.join(root, config.win.icon));
    // An ICO holding a 256×256 image (width byte 0), as NSIS and Windows want.
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
    const sizes = Array.from({ length: ico.readUInt16LE(4) }, (_, i) => ico.readUInt8(6 + 16 * i) || 256);
    expect(sizes).toContain(256);
    expect(config.nsis.installerIcon).toBe(config.win.icon);
  });

  it('rebuilds better-sqlite3 for Electron and keeps it outside the archive', () => {
    expect(config.npmRebuild).toBe(true);
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toContain('**/node_modules/better-sqlite3/**');
    // A dependency of the app, so packed with it; the builder only builds.
    expect(Object.keys(pkg.dependencies)).toContain('better-sqlite3');
    expect(Object.keys(pkg.devDependencies)).toContain('electron-builder');
    expect(pkg.scripts['dist:win']).toBe(
      'electron-vite build && electron-builder --win --config electron-builder.json',
    );
    // What is packed is the build, whose entry is the one package.json names.
    expect(config.files).toContain('out/**');
    expect(config.extraMetadata.main).toBe(pkg.main);
  });

  it('decides every fuse Electron has: no RunAsNode, no NODE_OPTIONS or inspector, ASAR integrity, app only from the archive, no file:// privileges', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      // The page loads from app:// (src/main/app-protocol.ts), so file:// keeps a browser's rights only.
      grantFileProtocolExtraPrivileges: false,
      loadBrowserProcessSpecificV8Snapshot: false,
    });
    // A fuse that electron-builder's @electron/fuses learns later must be decided here too.
    const known = Object.keys(FuseV1Options)
      .filter((key) => Number.isNaN(Number(key)))
      .map((key) => key[0].toLowerCase() + key.slice(1));
    expect(Object.keys(config.electronFuses).sort()).toEqual(known.sort());
  });

  it('keeps the data and its backups in the user’s profile, not beside the program', () => {
    const env = { APPDATA: 'C:\\Users\\thu.ky\\AppData\\Roaming' };
    const dataDir = userDataDir(env, 'win32');
    expect(dataDir.startsWith(env.APPDATA)).toBe(true);
    expect(backupDirFor(path.join(dataDir, databaseFileName)).startsWith(env.APPDATA)).toBe(true);
  });
});
