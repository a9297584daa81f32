// "Cài đặt": what the secretary sets once and uses for every conference (document formats,
// the protocol order by position), and the backups.
import { useState } from 'react';
import { BackupsPanel } from '../backups/BackupsPanel';
import { FormatProfiles } from '../documents/FormatProfiles';
import { PositionRanksPanel } from '../protocol/PositionRanksPanel';

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
      <BackupsPanel onRestored={() => setGeneration((g) => g + 1)} />
    </section>
  );
}
