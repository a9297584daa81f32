// Choices for a document a body issues, worked into its parts: the name under the signature
// and, for the invitation, its form (giấy mời or công văn triệu tập), when the line is tested
// and when and where the points send their lists back.
import { useState } from 'react';
import { invitationForms, type Draft, type InvitationForm } from '../../../../shared/drafting/draft-types';
import { call } from '../../lib/api';
import { attempt } from '../../lib/attempt';
import { VocabularyOptions } from '../../components/VocabularyOptions';

interface Props {
  readonly draft: Draft;
  /** Stores what was typed first: the new settings rewrite what the parts show. */
  readonly settle: () => Promise<void>;
  readonly onChanged: (draft: Draft) => void;
}

type Changes = Partial<
  Pick<Draft['settings'], 'signerName' | 'invitationForm' | 'lineTestAt' | 'listsDueDate' | 'listsTo'>
>;
type TextSetting = Exclude<keyof Changes, 'invitationForm'>;

interface SettingBox {
  readonly key: TextSetting;
  readonly label: string;
  readonly type?: 'text' | 'date' | 'time';
  readonly placeholder?: string;
  readonly title?: string;
}

/** After the invitation's form: what it tells the points about the day before. */
const invitationBoxes: readonly SettingBox[] = [
  {
    key: 'lineTestAt',
    type: 'time',
    label: 'Kiểm tra đường truyền lúc',
    title: 'Để trống: trước giờ khai mạc 60 phút',
  },
  { key: 'listsDueDate', type: 'date', label: 'Hạn gửi danh sách', title: 'Để trống: trước ngày hội nghị 2 ngày' },
  { key: 'listsTo', label: 'Gửi danh sách về', placeholder: 'Thư điện tử, hệ thống văn bản…' },
];
const signerBox: SettingBox = { key: 'signerName', label: 'Người ký', placeholder: 'Họ và tên người ký văn bản' };

/**
 * A box stored when it is left, as the news item's byline is: a date or time half typed
 * ("0002" on the way to a year) is never sent, nor rewrites every part while it is typed.
 */
function Setting(
  props: Omit<SettingBox, 'key'> & { readonly value: string | null; readonly onStore: (value: string | null) => void },
) {
  const [value, setValue] = useState(props.value ?? '');
  return (
    <label className="inline-field" title={props.title}>
      {props.label}
      <input
        type={props.type ?? 'text'}
        aria-label={props.label}
        placeholder={props.placeholder}
        value={value}
        onChange={(e) => setValue(e.target.value)}
        onBlur={() => value.trim() !== (props.value ?? '') && props.onStore(value.trim() || null)}
        onKeyDown={(e) => e.key === 'Enter' && (e.target as HTMLInputElement).blur()}
      />
    </label>
  );
}

export function IssuedSettings({ draft, settle, onChanged }: Props) {
  const { settings } = draft;
  const update = (changes: Changes) =>
    attempt(async () => {
      await settle();
      onChanged(await call('drafts.updateSettings', { draftId: draft.id, ...changes }));
    });
  const setting = ({ key, ...box }: SettingBox) => (
    <Setting key={key} {...box} value={settings[key]} onStore={(value) => void update({ [key]: value })} />
  );

  return (
    <div className="toolbar issued-settings">
      {draft.kind === 'invitation' && (
        <>
          <label className="inline-field">
            Hình thức
            <select
              aria-label="Hình thức văn bản mời"
              value={settings.invitationForm}
              onChange={(e) => void update({ invitationForm: e.target.value as InvitationForm })}
            >
              <VocabularyOptions vocabulary={invitationForms} />
            </select>
          </label>
          {invitationBoxes.map(setting)}
        </>
      )}
      {setting(signerBox)}
    </div>
  );
}
