import * as React from "react";
import { Switch } from "@fluentui/react-components";

export interface ThemeSwitchProps {
  readonly dark: boolean;
  readonly onChange: (dark: boolean) => void;
}

/** The preview's own light/dark choice; in Excel the pane follows the Office theme instead. */
export function ThemeSwitch({ dark, onChange }: ThemeSwitchProps): React.JSX.Element {
  return (
    <Switch label="Dark theme" checked={dark} onChange={(_event, data) => onChange(data.checked)} />
  );
}
