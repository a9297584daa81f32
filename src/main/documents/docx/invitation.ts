// Giấy mời, or công văn triệu tập: the invitation to the bridge points. A giấy mời has its tên
// loại and trích yếu under the header; a công văn has none, its "V/v …" under the number (set
// by the header's details) and "Kính gửi:" the points attached. The drafted parts, "Nơi nhận" and the signer, then the list of
// the points on a page of its own.
import type { Document } from 'docx';
import type { InvitationForm } from '../../../shared/drafting/draft-types';
import type { FormatProfile } from '../../../shared/documents/format-profile';
import { issuedDocument, pointsAppendix, type IssuedData, type ListedPoint } from './issued-document';
import type { Fragments } from './pack';

export interface InvitationData extends IssuedData {
  readonly form: InvitationForm;
  readonly points: readonly ListedPoint[];
}

export function invitationDocument(profile: FormatProfile, data: InvitationData, fragments: Fragments): Document {
  const title = data.form === 'giayMoi' ? 'Giấy mời' : null;
  return issuedDocument(profile, data, {
    title,
    signer: profile.signature.signers.invitation.right,
    appendix: [pointsAppendix(fragments, profile, data.points, title ?? 'Công văn', data.header)],
    // A công văn is addressed; the points it calls are those attached.
    ...(data.form === 'congVan' && { addressee: 'Các cơ quan, đơn vị có điểm cầu (theo danh sách kèm theo).' }),
  });
}
