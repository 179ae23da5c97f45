/**
 * What a person picked in a server-rendered `<select>` before the page's scripts loaded.
 *
 * Svelte's `bind:value` on a select applies the bound value when it hydrates, which would
 * silently put back the rendered default over a choice already made (inputs keep theirs
 * through `defaultValue`). Called while the component is created, so the select on the page
 * is still the one the server rendered; a select Svelte already manages (it carries
 * `__value`) is left alone, as on a client-side navigation.
 */
export function choiceBeforeHydration(id: string, bound: unknown): string | null {
  if (typeof document === 'undefined') return null;
  const select = document.getElementById(id);
  if (!(select instanceof HTMLSelectElement) || '__value' in select) return null;
  return select.value !== '' && select.value !== bound ? select.value : null;
}
