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

/**
 * A box stored when it is left, as the news item's byline is: a date or time half typed
 * ("0002" on the way to a year) is never sent, nor rewrites every part while it is typed.
 */
function Setting(props: {
  readonly label: string;
  readonly value: string | null;
  readonly type?: 'text' | 'date' | 'time';
  readonly placeholder?: string;
  readonly title?: string;
  readonly onStore: (value: string | null) => void;
}) {
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
          <Setting
            type="time"
            label="Kiểm tra đường truyền lúc"
            title="Để trống: trước giờ khai mạc 60 phút"
            value={settings.lineTestAt}
            onStore={(lineTestAt) => void update({ lineTestAt })}
          />
          <Setting
            type="date"
            label="Hạn gửi danh sách"
            title="Để trống: trước ngày hội nghị 2 ngày"
            value={settings.listsDueDate}
            onStore={(listsDueDate) => void update({ listsDueDate })}
          />
          <Setting
            label="Gửi danh sách về"
            value={settings.listsTo}
            placeholder="Thư điện tử, hệ thống văn bản…"
            onStore={(listsTo) => void update({ listsTo })}
          />
        </>
      )}
      <Setting
        label="Người ký"
        value={settings.signerName}
        placeholder="Họ và tên người ký văn bản"
        onStore={(signerName) => void update({ signerName })}
      />
    </div>
  );
}
