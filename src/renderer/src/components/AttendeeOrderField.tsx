import { attendeeOrders, type AttendeeOrder } from '../../../shared/attendees/vocabularies';
import { SelectField } from './SelectField';

const orderLabels: Record<AttendeeOrder, string> = {
  protocol: 'Thứ tự lễ tân',
  name: 'Theo tên (A → Z)',
};

interface Props {
  readonly value: AttendeeOrder;
  readonly onChange: (order: AttendeeOrder) => void;
  readonly disabled?: boolean;
}

/** "Thứ tự đại biểu" of an exported list: as protocol ranks them, or by name. */
export function AttendeeOrderField({ value, onChange, disabled }: Props) {
  return (
    <SelectField
      label="Thứ tự đại biểu"
      aria-label="Thứ tự đại biểu"
      value={value}
      disabled={disabled}
      onChange={onChange}
    >
      {attendeeOrders.map((order) => (
        <option key={order} value={order}>
          {orderLabels[order]}
        </option>
      ))}
    </SelectField>
  );
}
