import { attendeeOrders, type AttendeeOrder } from '../../../shared/attendees/vocabularies';
import { SelectField } from './SelectField';
import { VocabularyOptions } from './VocabularyOptions';

interface Props {
  readonly value: AttendeeOrder;
  readonly onChange: (order: AttendeeOrder) => void;
  readonly disabled?: boolean;
}

/** "Thứ tự đại biểu" of an exported list: as protocol ranks them, or by name. */
export function AttendeeOrderField({ value, onChange, disabled }: Props) {
  return (
    <SelectField label="Thứ tự đại biểu" value={value} disabled={disabled} onChange={onChange}>
      <VocabularyOptions vocabulary={attendeeOrders} />
    </SelectField>
  );
}
