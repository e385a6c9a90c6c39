/** An on/off switch: a checkbox with role=switch, its label and an optional description. */
import { useId } from 'preact/hooks';

export type Props = {
  label: string;
  description?: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
};

export function Switch({ label, description, checked, onChange }: Props) {
  const id = useId();
  return (
    <div class="switch-row">
      <input
        id={id}
        class="switch"
        type="checkbox"
        role="switch"
        checked={checked}
        aria-describedby={description ? `${id}-desc` : undefined}
        onChange={(e) => onChange(e.currentTarget.checked)}
      />
      <div class="switch-text">
        <label for={id} class="switch-label">
          {label}
        </label>
        {description && (
          <p id={`${id}-desc`} class="hint">
            {description}
          </p>
        )}
      </div>
    </div>
  );
}
