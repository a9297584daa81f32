// The closed vocabularies of a person of the directory. Codes are stored in the database;
// labels are what every screen and document shows.
import { vocabulary, type VocabularyCode } from '../vocabulary';

export const genders = vocabulary({ nam: 'Nam', nu: 'Nữ' });
export type Gender = VocabularyCode<typeof genders>;
