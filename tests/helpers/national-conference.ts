// The national-scale conference (src/main/demo/demo-national.ts) in a test database.
import { openDatabase } from '../../src/main/db/open';
import { createNationalConference } from '../../src/main/demo/demo-national';

export async function nationalConference(dbPath: string, points?: number): Promise<number> {
  const opened = await openDatabase(dbPath);
  try {
    return createNationalConference({ db: opened.db, progress: () => undefined }, points);
  } finally {
    opened.db.close();
  }
}
