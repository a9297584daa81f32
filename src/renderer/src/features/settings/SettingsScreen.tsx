// "Cài đặt": what the secretary sets once and uses for every conference (document formats,
// the protocol order by position, the name the history writes), and the backups.
import { useState } from 'react';
import { BackupsPanel } from '../backups/BackupsPanel';
import { FormatProfiles } from '../documents/FormatProfiles';
import { PositionRanksPanel } from '../protocol/PositionRanksPanel';
import { WorkerNamePanel } from './WorkerNamePanel';

export function SettingsScreen() {
  // Bumped by a restore: the profiles are read again from the restored data.
  const [generation, setGeneration] = useState(0);
  return (
    <section className="screen settings">
      <header className="screen-header">
        <h1>Cài đặt</h1>
      </header>
      <FormatProfiles key={generation} />
      <PositionRanksPanel key={`ranks-${generation}`} />
      <WorkerNamePanel key={`worker-${generation}`} />
      <BackupsPanel onRestored={() => setGeneration((g) => g + 1)} />
    </section>
  );
}
