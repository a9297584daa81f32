// The harness's side of the save door: a browser page has no save dialog of the app's, so
// documents go to one folder beside the database, never overwriting an earlier one.
import fs from 'node:fs';
import type { SaveDoor } from '../main/host/save-door';
import { freeName } from '../main/host/free-name';

export function outputFolderDoor(folder: string): SaveDoor {
  const choose = async (suggestedName: string) => {
    await fs.promises.mkdir(folder, { recursive: true });
    return freeName(folder, suggestedName, fs.existsSync);
  };
  return { choosePath: choose, chooseFolder: choose };
}
