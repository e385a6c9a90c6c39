/** The library's filters (site, tag, colour, flag kind, date with presets or a range) and sort order. */
import { HIGHLIGHT_COLOURS } from '../../lib/messaging/protocol';
import type { SortOrder } from '../../lib/library/arrange';
import { SORT_LABELS } from '../../lib/library/arrange';
import { NO_FLAG, type DatePreset, type Facets, type LibraryFilters } from '../../lib/library/filters';

export type Props = {
  filters: LibraryFilters;
  facets: Facets;
  sort: SortOrder;
  searching: boolean;
  onFilters: (filters: LibraryFilters) => void;
  onSort: (sort: SortOrder) => void;
};

const DATE_LABELS: Record<DatePreset, string> = {
  any: 'Any time',
  today: 'Today',
  '7d': 'Last 7 days',
  '30d': 'Last 30 days',
  range: 'Between dates…',
};

function flagKindLabel(kind: string): string {
  return kind === NO_FLAG ? 'Not from a flag' : kind.replace(/-/g, ' ');
}

export function FilterBar({ filters, facets, sort, searching, onFilters, onSort }: Props) {
  const set = (patch: Partial<LibraryFilters>) => onFilters({ ...filters, ...patch });
  const sorts = (Object.keys(SORT_LABELS) as SortOrder[]).filter((order) => order !== 'relevance' || searching);
  return (
    <div class="lib-filters" role="group" aria-label="Filters and sorting">
      <label class="lib-field">
        <span>Site</span>
        <select value={filters.site} onChange={(e) => set({ site: e.currentTarget.value })}>
          <option value="">All sites</option>
          {facets.sites.map((f) => (
            <option key={f.value} value={f.value}>
              {f.value} ({f.count})
            </option>
          ))}
        </select>
      </label>
      <label class="lib-field">
        <span>Tag</span>
        <select value={filters.tag} onChange={(e) => set({ tag: e.currentTarget.value })}>
          <option value="">All tags</option>
          {facets.tags.map((f) => (
            <option key={f.value} value={f.value}>
              {f.value} ({f.count})
            </option>
          ))}
        </select>
      </label>
      <label class="lib-field">
        <span>Colour</span>
        <select
          value={filters.colour}
          onChange={(e) => set({ colour: e.currentTarget.value as LibraryFilters['colour'] })}
        >
          <option value="">All colours</option>
          {HIGHLIGHT_COLOURS.map((colour) => (
            <option key={colour} value={colour}>
              {colour} ({facets.colours.find((f) => f.value === colour)?.count ?? 0})
            </option>
          ))}
        </select>
      </label>
      <label class="lib-field">
        <span>Flag</span>
        <select value={filters.flagKind} onChange={(e) => set({ flagKind: e.currentTarget.value })}>
          <option value="">Any</option>
          {facets.flagKinds.map((f) => (
            <option key={f.value} value={f.value}>
              {flagKindLabel(f.value)} ({f.count})
            </option>
          ))}
        </select>
      </label>
      <label class="lib-field">
        <span>Made</span>
        <select value={filters.date} onChange={(e) => set({ date: e.currentTarget.value as DatePreset })}>
          {(Object.keys(DATE_LABELS) as DatePreset[]).map((preset) => (
            <option key={preset} value={preset}>
              {DATE_LABELS[preset]}
            </option>
          ))}
        </select>
      </label>
      {filters.date === 'range' && (
        <>
          <label class="lib-field">
            <span>From</span>
            <input
              type="date"
              value={filters.from}
              max={filters.to || undefined}
              onInput={(e) => set({ from: e.currentTarget.value })}
            />
          </label>
          <label class="lib-field">
            <span>To</span>
            <input
              type="date"
              value={filters.to}
              min={filters.from || undefined}
              onInput={(e) => set({ to: e.currentTarget.value })}
            />
          </label>
        </>
      )}
      <label class="lib-field lib-sort">
        <span>Sort by</span>
        <select value={sort} onChange={(e) => onSort(e.currentTarget.value as SortOrder)}>
          {sorts.map((order) => (
            <option key={order} value={order}>
              {SORT_LABELS[order]}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
