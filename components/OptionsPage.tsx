/** The options page: detectors, highlights, when to analyse and quiet sites, each change saved at once. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { CATALOG } from '../lib/core/detectors/catalog';
import type { Settings } from '../lib/settings/settings';
import { describeError } from '../lib/errors';
import type { SettingsClient } from '../lib/ui/client';
import { DetectorSetting } from './DetectorSetting';
import { QuietSites } from './QuietSites';
import { Spinner } from './Spinner';
import { Switch } from './Switch';

export type Props = { client: SettingsClient };

type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'error'; message: string };

export function OptionsPage({ client }: Props) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });
  // Saves run one after another so a slow write cannot land after a newer one.
  const queue = useRef<Promise<void>>(Promise.resolve());

  useEffect(() => {
    client
      .load()
      .then(setSettings)
      .catch((error) => setLoadError(describeError(error)));
  }, [client]);

  const update = (next: Settings) => {
    setSettings(next);
    setSave({ kind: 'saving' });
    queue.current = queue.current.then(() =>
      client.save(next).then(
        () => setSave({ kind: 'saved' }),
        (error) => setSave({ kind: 'error', message: describeError(error) }),
      ),
    );
  };

  if (loadError) {
    return (
      <main class="options">
        <h1>Footnote settings</h1>
        <p class="form-error" role="alert">
          Couldn't load your settings: {loadError}
        </p>
      </main>
    );
  }
  if (!settings) {
    return (
      <main class="options">
        <h1>Footnote settings</h1>
        <Spinner label="Loading settings…" />
      </main>
    );
  }

  return (
    <main class="options">
      <header class="options-header">
        <h1>Footnote settings</h1>
        <p class={`save-state${save.kind === 'error' ? ' is-error' : ''}`} role="status" aria-live="polite">
          {save.kind === 'saving'
            ? 'Saving…'
            : save.kind === 'saved'
              ? 'Saved'
              : save.kind === 'error'
                ? `Not saved: ${save.message}`
                : ''}
        </p>
      </header>

      <section aria-labelledby="detectors-heading" class="options-section">
        <h2 id="detectors-heading">What to flag</h2>
        <ul class="detector-list" role="list">
          {CATALOG.map((detector) => (
            <DetectorSetting
              key={detector.id}
              detector={detector}
              value={settings.detectors[detector.id] ?? { enabled: true, sensitivity: 'normal' }}
              onChange={(value) => update({ ...settings, detectors: { ...settings.detectors, [detector.id]: value } })}
            />
          ))}
        </ul>
      </section>

      <section aria-labelledby="page-heading" class="options-section">
        <h2 id="page-heading">On the page</h2>
        <Switch
          label="Highlight flagged passages and notes"
          description="Off: the flags stay in the toolbar panel, and the page is left as it is."
          checked={settings.highlights}
          onChange={(highlights) => update({ ...settings, highlights })}
        />
        <fieldset class="radio-group">
          <legend>When to analyse</legend>
          <label class="radio-row">
            <input
              type="radio"
              name="analysis"
              checked={settings.analysis === 'auto'}
              onChange={() => update({ ...settings, analysis: 'auto' })}
            />
            Automatically, on every article I open
          </label>
          <label class="radio-row">
            <input
              type="radio"
              name="analysis"
              checked={settings.analysis === 'click'}
              onChange={() => update({ ...settings, analysis: 'click' })}
            />
            Only when I click "Analyse this page" in the toolbar panel
          </label>
        </fieldset>
      </section>

      <section aria-labelledby="quiet-heading" class="options-section">
        <h2 id="quiet-heading">Quiet sites</h2>
        <p class="hint">Footnote doesn't analyse or highlight anything on these sites and their subdomains.</p>
        <QuietSites sites={settings.quietSites} onChange={(quietSites) => update({ ...settings, quietSites })} />
      </section>
    </main>
  );
}
