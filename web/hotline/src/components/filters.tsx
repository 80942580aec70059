/** Department, kind and content locale; the counts are the search's facets. */
import { useStrings } from '../i18n';
import type { Facets, Filters, Locale } from '../types';

type Props = { filters: Filters; facets: Facets | null; departmentNames: ReadonlyMap<string, string>; onChange: (filters: Filters) => void };

function options(counts: Record<string, number> | undefined, selected: string, label: (key: string) => string) {
  const keys = new Set([...Object.keys(counts ?? {}), ...(selected ? [selected] : [])]);
  return [...keys].sort().map((key) => <option key={key} value={key}>{label(key)}{counts?.[key] !== undefined ? ` (${counts[key]})` : ''}</option>);
}

export function FilterBar({ filters, facets, departmentNames, onChange }: Props) {
  const t = useStrings();
  return (
    <div class="filters">
      <label>
        {t.filterDept}
        <select name="dept" value={filters.dept} onChange={(e) => onChange({ ...filters, dept: e.currentTarget.value })}>
          <option value="">{t.all}</option>
          {options(facets?.department, filters.dept, (code) => departmentNames.get(code) ?? code)}
        </select>
      </label>
      <label>
        {t.filterKind}
        <select name="kind" value={filters.kind} onChange={(e) => onChange({ ...filters, kind: e.currentTarget.value })}>
          <option value="">{t.all}</option>
          {options(facets?.kind, filters.kind, (kind) => kind)}
        </select>
      </label>
      <label>
        {t.filterLocale}
        <select name="locale" value={filters.locale} onChange={(e) => onChange({ ...filters, locale: e.currentTarget.value as Locale })}>
          {(['zh-CN', 'zh-HK', 'en'] as const).map((locale) => <option key={locale} value={locale}>{t.locales[locale]}</option>)}
        </select>
      </label>
    </div>
  );
}
