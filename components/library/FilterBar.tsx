/** The library's filters (site, tag, colour, flag kind, date with presets or a range) and sort order. */
import { HIGHLIGHT_COLOURS } from '../../lib/model';
import type { SortOrder } from '../../lib/library/arrange';
import { SORT_LABELS } from '../../lib/library/arrange';
import { NO_FLAG, type DatePreset, type FacetValue, type Facets, type LibraryFilters } from '../../lib/library/filters';

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

type FacetSelectProps = {
  label: string;
  /** The first option, which filters nothing. */
  all: string;
  value: string;
  facet: readonly FacetValue[];
  describe?: (value: string) => string;
  onChange: (value: string) => void;
};

/** One filter: a labelled select of a facet's values, each with how many annotations have it. */
function FacetSelect({ label, all, value, facet, describe = (v) => v, onChange }: FacetSelectProps) {
  return (
    <label class="lib-field">
      <span>{label}</span>
      <select value={value} onChange={(e) => onChange(e.currentTarget.value)}>
        <option value="">{all}</option>
        {facet.map((f) => (
          <option key={f.value} value={f.value}>
            {describe(f.value)} ({f.count})
          </option>
        ))}
      </select>
    </label>
  );
}

export function FilterBar({ filters, facets, sort, searching, onFilters, onSort }: Props) {
  const set = (patch: Partial<LibraryFilters>) => onFilters({ ...filters, ...patch });
  const sorts = (Object.keys(SORT_LABELS) as SortOrder[]).filter((order) => order !== 'relevance' || searching);
  return (
    <div class="lib-filters" role="group" aria-label="Filters and sorting">
      <FacetSelect
        label="Site"
        all="All sites"
        value={filters.site}
        facet={facets.sites}
        onChange={(site) => set({ site })}
      />
      <FacetSelect
        label="Tag"
        all="All tags"
        value={filters.tag}
        facet={facets.tags}
        onChange={(tag) => set({ tag })}
      />
      <FacetSelect
        label="Colour"
        all="All colours"
        value={filters.colour}
        // Every colour is offered, even one no note uses yet (count 0).
        facet={HIGHLIGHT_COLOURS.map((colour) => ({
          value: colour,
          count: facets.colours.find((f) => f.value === colour)?.count ?? 0,
        }))}
        onChange={(colour) => set({ colour: colour as LibraryFilters['colour'] })}
      />
      <FacetSelect
        label="Flag"
        all="Any"
        value={filters.flagKind}
        facet={facets.flagKinds}
        describe={flagKindLabel}
        onChange={(flagKind) => set({ flagKind })}
      />
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
