import * as React from "react";
import { Dropdown, Field, Option } from "@fluentui/react-components";
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

/** One lead field's column, chosen among the leads' headers, or "(none)". */
export function ColumnDropdown({
  label,
  headers,
  value,
  disabled = false,
  onChange,
}: ColumnDropdownProps): React.JSX.Element {
  const styles = useDropdownStyles();
  const selected = value === null ? NONE : String(value);
  const shown = value === null ? NONE_LABEL : columnName(headers, value);
  return (
    <Field label={label}>
      <Dropdown
        className={styles.fill}
        value={shown}
        selectedOptions={[selected]}
        disabled={disabled}
        onOptionSelect={(_event, data) => {
          if (data.optionValue === undefined) return;
          onChange(data.optionValue === NONE ? null : Number(data.optionValue));
        }}
      >
        <Option value={NONE}>{NONE_LABEL}</Option>
        {headers.map((_header, index) => (
          <Option key={index} value={String(index)}>
            {columnName(headers, index)}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
