// "Cài đặt": what the secretary sets once and uses for every conference.
import { FormatProfiles } from './FormatProfiles';

export function SettingsScreen() {
  return (
    <section className="screen settings">
      <header className="screen-header">
        <h1>Cài đặt</h1>
      </header>
      <FormatProfiles />
    </section>
  );
}
