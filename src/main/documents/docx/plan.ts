// Kế hoạch tổ chức hội nghị: its parts under the headings I to V their labels give, "Nơi
// nhận" and the signer, then the list of the points, as the invitation attaches it.
import type { Document } from 'docx';
import type { FormatProfile } from '../../../shared/documents/format-profile';
import { headingFromLabel, issuedDocument, pointsAppendix, type IssuedData, type ListedPoint } from './issued-document';
import type { Fragments } from './pack';

export interface PlanData extends IssuedData {
  readonly points: readonly ListedPoint[];
}

export function planDocument(profile: FormatProfile, data: PlanData, fragments: Fragments): Document {
  return issuedDocument(profile, data, {
    title: 'Kế hoạch',
    signer: profile.signature.signers.plan.right,
    headings: headingFromLabel,
    appendix: [pointsAppendix(fragments, profile, data.points, 'Kế hoạch', data.header)],
  });
}
