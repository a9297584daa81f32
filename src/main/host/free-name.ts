// A name in a folder that is not taken yet: "Tên", then "Tên (2)", "Tên (3)"… (before the
// extension), so a save never replaces an earlier file without being asked.
import path from 'node:path';
import { fitFileName } from './plain-file-name';

export function freeName(folder: string, wanted: string, exists: (target: string) => boolean): string {
  const { name, ext } = path.parse(wanted);
  let target = path.join(folder, wanted);
  for (let n = 2; exists(target); n++) target = path.join(folder, fitFileName(name, ` (${n})${ext}`));
  return target;
}
