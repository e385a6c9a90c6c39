/** The sites where Footnote stays quiet: add a hostname (validated) or remove one. */
import { useId, useState } from 'preact/hooks';
import { normaliseHostname } from '../lib/ui/format';

export type Props = { sites: string[]; onChange: (sites: string[]) => void };

export function QuietSites({ sites, onChange }: Props) {
  const [input, setInput] = useState('');
  const [error, setError] = useState<string | null>(null);
  const id = useId();

  const add = (event: Event) => {
    event.preventDefault();
    const host = normaliseHostname(input);
    if (!host) {
      setError(`"${input.trim() || ' '}" isn't a site name. Write it like example.com.`);
      return;
    }
    if (sites.includes(host)) {
      setError(`${host} is already on the list.`);
      return;
    }
    setError(null);
    setInput('');
    onChange([...sites, host].sort());
  };

  return (
    <div class="quiet-sites">
      <form class="inline-form" onSubmit={add} noValidate>
        <label for={id}>Add a site</label>
        <div class="inline-row">
          <input
            id={id}
            type="text"
            inputMode="url"
            placeholder="example.com"
            value={input}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            onInput={(e) => setInput(e.currentTarget.value)}
          />
          <button type="submit" class="primary-button">
            Add
          </button>
        </div>
        {error && (
          <p id={`${id}-error`} class="form-error" role="alert">
            {error}
          </p>
        )}
      </form>
      {sites.length === 0 ? (
        <p class="empty">No quiet sites: Footnote reads articles everywhere.</p>
      ) : (
        <ul class="site-list" role="list" aria-label="Quiet sites">
          {sites.map((site) => (
            <li key={site} class="site-item">
              <span>{site}</span>
              <button
                type="button"
                class="quiet-button"
                aria-label={`Remove ${site}`}
                onClick={() => onChange(sites.filter((s) => s !== site))}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
