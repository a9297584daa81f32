// Who signs each document, from the profile: the minutes by the secretary (left) and the chair
// (right) for no body, the quick report by the one who reports; a signer the profile says signs
// for a body gets the family's form (T/M in the Party's documents, TM. in the State's). Read
// back from the exported files.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import type { CallInput } from '../../../../src/shared/contract';
import type { FormatProfile, Signer } from '../../../../src/shared/documents/format-profile';
import { paragraphTexts } from '../../../helpers/word-export';
import { openDemoServices, type TestServices } from '../../../helpers/services';

let t: TestServices;
let conferenceId: number;
beforeAll(async () => {
  ({ t, conferenceId } = await openDemoServices());
});
afterAll(() => t.close());

/** The non-empty lines of the document's last table: its signatures. */
async function signatures(
  document: 'minutes' | 'quickReport',
  options: Omit<CallInput<'exports.render'>, 'conferenceId' | 'document'>,
): Promise<string[]> {
  const rendered = await t.call('exports.render', { conferenceId, document, ...options });
  const zip = await JSZip.loadAsync(Buffer.from(rendered.content, 'base64'));
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  // Without the minutes' appendix (its list is a table after the signatures).
  const last = xml.slice(xml.lastIndexOf('<w:tbl>'), xml.lastIndexOf('</w:tbl>'));
  return paragraphTexts(last).filter((text) => text.trim() !== '');
}

describe('the signatures', () => {
  it('of the minutes are the secretary’s and the chair’s, for no body', async () => {
    expect(await signatures('minutes', { profileId: 'party' })).toEqual([
      'THƯ KÝ',
      'Đặng Thu Trang',
      'CHỦ TRÌ',
      'Hà Quang Vinh',
    ]);
    expect(await signatures('minutes', { profileId: 'state' })).toEqual([
      'THƯ KÝ',
      'Đặng Thu Trang',
      'CHỦ TỌA',
      'Hà Quang Vinh',
    ]);
  });

  it('of the quick report is the one who reports, on the right', async () => {
    expect(await signatures('quickReport', { profileId: 'party' })).toEqual(['NGƯỜI BÁO CÁO', 'Đặng Thu Trang']);
  });

  it('take the family’s authority form where the profile says the signer signs for a body', async () => {
    const copy = await t.call('profiles.copy', { id: 'party', name: 'Mẫu ký thay mặt' });
    const forBody: Signer = { form: 'forBody', authority: 'BAN TỔ CHỨC', title: 'TRƯỞNG BAN', name: 'presiding' };
    const profile: FormatProfile = {
      ...copy.profile,
      signature: {
        ...copy.profile.signature,
        signers: {
          ...copy.profile.signature.signers,
          quickReport: { right: forBody },
          minutes: { ...copy.profile.signature.signers.minutes, left: { ...forBody, form: 'byOrder', name: 'none' } },
        },
      },
    };
    await t.call('profiles.save', { id: copy.id, profile });
    // The demo's main point is presided by the chair.
    expect(await signatures('quickReport', { profileId: copy.id })).toEqual([
      'T/M BAN TỔ CHỨC',
      'TRƯỞNG BAN',
      'Hà Quang Vinh',
    ]);
    expect(await signatures('minutes', { profileId: copy.id })).toEqual([
      'T/L BAN TỔ CHỨC',
      'TRƯỞNG BAN',
      'CHỦ TRÌ',
      'Hà Quang Vinh',
    ]);
    await t.call('profiles.save', { id: copy.id, profile: { ...profile, family: 'state' } });
    expect(await signatures('quickReport', { profileId: copy.id })).toEqual([
      'TM. BAN TỔ CHỨC',
      'TRƯỞNG BAN',
      'Hà Quang Vinh',
    ]);
  });
});
