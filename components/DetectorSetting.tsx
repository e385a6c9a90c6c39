/**
 * One detector on the options page: its switch and its sensitivity, which sets how sure a flag must be to be shown
 * (the thresholds are CONFIDENCE_THRESHOLD in lib/core/detectors/detector.ts).
 */
import { useId } from 'preact/hooks';
import type { DetectorInfo } from '../lib/core/detectors/catalog';
import type { Sensitivity } from '../lib/core/detectors/detector';
import type { DetectorSetting as DetectorSettingValue } from '../lib/settings/settings';
import { kindTitle } from '../lib/ui/labels';
import { Switch } from './Switch';

export type Props = {
  detector: DetectorInfo;
  value: DetectorSettingValue;
  onChange: (value: DetectorSettingValue) => void;
};

const SENSITIVITIES: readonly { value: Sensitivity; label: string }[] = [
  { value: 'low', label: 'Low (only the surest flags)' },
  { value: 'normal', label: 'Normal (right 9 times in 10)' },
  { value: 'high', label: 'High (also less certain flags)' },
];

export function DetectorSetting({ detector, value, onChange }: Props) {
  const id = useId();
  return (
    <li class="detector-setting">
      <Switch
        label={kindTitle(detector.id)}
        description={detector.description}
        checked={value.enabled}
        onChange={(enabled) => onChange({ ...value, enabled })}
      />
      <div class="sensitivity">
        <label for={id}>Sensitivity</label>
        <select
          id={id}
          value={value.sensitivity}
          disabled={!value.enabled}
          onChange={(e) => onChange({ ...value, sensitivity: e.currentTarget.value as Sensitivity })}
        >
          {SENSITIVITIES.map((s) => (
            <option key={s.value} value={s.value}>
              {s.label}
            </option>
          ))}
        </select>
      </div>
    </li>
  );
}
