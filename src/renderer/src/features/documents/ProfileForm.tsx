// Every value of a format profile, in the groups of the rules. A built-in profile is shown
// with every control disabled: the values are there to read and compare, not to change.
import { profileGroups } from '../../../../shared/documents/format-profile-fields';
import { ProfileFieldInput, type FieldEditing } from './ProfileFieldInput';

interface Props {
  readonly editing: FieldEditing;
  readonly readOnly: boolean;
  /** Messages by field path ("margins.top", "header.issuingBody"). */
  readonly errors: Readonly<Record<string, string>>;
}

export function ProfileForm({ editing, readOnly, errors }: Props) {
  return (
    <form className="profile-form" onSubmit={(e) => e.preventDefault()}>
      {profileGroups.map((group) => (
        <fieldset key={group.title} className="profile-group" disabled={readOnly}>
          <legend>{group.title}</legend>
          <div className="profile-fields">
            {group.fields.map((field) => (
              <ProfileFieldInput key={field.path} field={field} editing={editing} error={errors[field.path]} />
            ))}
          </div>
        </fieldset>
      ))}
    </form>
  );
}
