import * as React from "react";
import { Field, Select } from "@fluentui/react-components";
import { columnName } from "../describe";
import { useDropdownStyles } from "./styles";

const NONE = "none";
export const NONE_LABEL = "(none)";

export interface ColumnDropdownProps {
  readonly label: string;
  readonly headers: readonly string[];
  /** The chosen column's index, or null for none. */
  readonly value: number | null;
  readonly disabled?: boolean;
  readonly onChange: (column: number | null) => void;
}

/**
 * One lead field's column, chosen among the leads' headers, or "(none)". A native select (Fluent's
 * Select), not a Dropdown: it costs a fraction of the first view's budget and works the same
 * from the keyboard and with screen readers.
 */
export function ColumnDropdown({
  label,
  headers,
  value,
  disabled = false,
  onChange,
}: ColumnDropdownProps): React.JSX.Element {
  const styles = useDropdownStyles();
  const selected = value === null ? NONE : String(value);
  return (
    <Field label={label}>
      <Select
        className={styles.fill}
        value={selected}
        disabled={disabled}
        onChange={(_event, data) => onChange(data.value === NONE ? null : Number(data.value))}
      >
        <option value={NONE}>{NONE_LABEL}</option>
        {headers.map((_header, index) => (
          <option key={index} value={String(index)}>
            {columnName(headers, index)}
          </option>
        ))}
      </Select>
    </Field>
  );
}
