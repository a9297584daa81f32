// The keys under which two rows of a list are one person: the same respondent email, or the
// same name with the same phone, or the same name with the same unit (unless the rows differ
// in phone, birth year or gender: see merge-duplicates.ts). A name alone never joins rows.
import type { ImportedAttendee } from '../../../shared/import/import-types';
import type { DuplicateReason } from '../../../shared/import/vocabularies';
import { foldForSearch } from '../../../shared/text/vietnamese';

/** Digits of a phone with the country prefix turned into the leading 0 ("+84 912…" = "0912…"). */
export function phoneKey(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  if (digits.startsWith('84') && digits.length >= 11) return `0${digits.slice(2)}`;
  return digits;
}

export function sameKeys(attendee: ImportedAttendee): { reason: DuplicateReason; key: string }[] {
  const keys: { reason: DuplicateReason; key: string }[] = [];
  const email = attendee.email?.trim().toLowerCase();
  if (email) keys.push({ reason: 'email', key: `e:${email}` });
  const name = foldForSearch(attendee.fullName);
  if (name === '') return keys;
  const phone = attendee.phone ? phoneKey(attendee.phone) : '';
  if (phone.length >= 6) keys.push({ reason: 'phone', key: `p:${name}|${phone}` });
  const unit = attendee.unit ? foldForSearch(attendee.unit) : '';
  if (unit !== '') keys.push({ reason: 'unit', key: `u:${name}|${unit}` });
  return keys;
}
