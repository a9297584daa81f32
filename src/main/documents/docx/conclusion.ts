// Thông báo kết luận: "THÔNG BÁO" and its trích yếu ("Kết luận của đồng chí … tại Hội nghị
// …"), what the chair concluded, the tasks by unit, "Nơi nhận" (the units given tasks) and
// the signer.
import type { Document } from 'docx';
import type { FormatProfile } from '../../../shared/documents/format-profile';
import { issuedDocument, type IssuedData } from './issued-document';

export function conclusionDocument(profile: FormatProfile, data: IssuedData): Document {
  return issuedDocument(profile, data, { title: 'Thông báo', signer: profile.signature.signers.conclusion.right });
}
