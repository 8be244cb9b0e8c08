import { useSearchParams } from 'react-router';

/** Filters kept in the address, so a filtered view can be shared and survives a reload. */
export function useSearchValues<K extends string>(defaults: Record<K, string>) {
  const [params, setParams] = useSearchParams();
  const values = Object.fromEntries(
    Object.entries(defaults).map(([name, fallback]) => [name, params.get(name) ?? fallback]),
  ) as Record<K, string>;
  /** Sets several filters in one navigation (a default value leaves the address). */
  const changeMany = (patch: Partial<Record<K, string>>) => {
    const next = new URLSearchParams(params);
    for (const [name, value] of Object.entries(patch) as [K, string][]) {
      if (value && value !== defaults[name]) next.set(name, value);
      else next.delete(name);
    }
    setParams(next, { replace: true });
  };
  const change = (name: K, value: string) =>
    changeMany({ [name]: value } as Partial<Record<K, string>>);
  return [values, change, changeMany] as const;
}
