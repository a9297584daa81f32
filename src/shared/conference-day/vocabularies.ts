// The closed vocabularies of the conference day. Codes are stored in the database; labels are
// what every screen and document shows.
import { vocabulary, type VocabularyCode } from '../vocabulary';

/** A bridge point's line, as tested before the conference and followed during it. */
export const connectionStatuses = vocabulary({
  chua_kiem_tra: 'Chưa kiểm tra',
  da_ket_noi: 'Đã kết nối',
  su_co: 'Sự cố',
});
export type ConnectionStatus = VocabularyCode<typeof connectionStatuses>;
