// The harness's side of the save door: a browser page has no save dialog of the app's, so
// documents go to one folder beside the database, never overwriting an earlier one.
import fs from 'node:fs';
import path from 'node:path';
import type { SaveDoor } from '../main/host/save-door';

export function outputFolderDoor(folder: string): SaveDoor {
  return {
    async choosePath(suggestedName) {
      await fs.promises.mkdir(folder, { recursive: true });
      const { name, ext } = path.parse(suggestedName);
      let target = path.join(folder, suggestedName);
      for (let n = 2; fs.existsSync(target); n++) target = path.join(folder, `${name} (${n})${ext}`);
      return target;
    },
  };
}
