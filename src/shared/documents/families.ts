// The two systems of official documents, each with its own rules (docs/formats.md): a format
// profile follows one, and a register numbers the documents of one.
import { vocabulary, type VocabularyCode } from '../vocabulary';

export const documentFamilies = vocabulary({ party: 'Văn bản của Đảng', state: 'Văn bản hành chính nhà nước' });
export type DocumentFamilyCode = VocabularyCode<typeof documentFamilies>;
