// The closed vocabularies of a person of the directory. Codes are stored in the database;
// labels are what every screen and document shows.
import { vocabulary, type VocabularyCode } from '../vocabulary';

export const genders = vocabulary({ nam: 'Nam', nu: 'Nữ' });
export type Gender = VocabularyCode<typeof genders>;

/** How the directory is listed: by name, or the last changed first. */
export const peopleOrders = vocabulary({ name: 'Theo tên (A → Z)', recent: 'Mới sửa' });
export type PeopleOrder = VocabularyCode<typeof peopleOrders>;
