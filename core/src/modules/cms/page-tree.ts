/** A page as the tree needs it: its place under its parent and its own address part. */
export interface TreePage {
  id: string;
  parentId: string | null;
  slug: string;
  position: number;
  title: string;
}

/**
 * Each page's address under its language (`about/team`): the slugs from the top of the tree
 * down. A parent missing from the list (or a loop, which the API refuses) ends the walk.
 */
export function pagePaths(pages: readonly TreePage[]): Map<string, string> {
  const byId = new Map(pages.map((page) => [page.id, page]));
  const paths = new Map<string, string>();
  const walk = (page: TreePage, seen: Set<string>): string => {
    const known = paths.get(page.id);
    if (known !== undefined) return known;
    const parent = page.parentId ? byId.get(page.parentId) : undefined;
    const path = parent && !seen.has(parent.id) ? `${walk(parent, new Set([...seen, page.id]))}/${page.slug}` : page.slug;
    paths.set(page.id, path);
    return path;
  };
  for (const page of pages) walk(page, new Set());
  return paths;
}

/** True when putting `pageId` under `parentId` would make it its own ancestor. */
export function makesLoop(pages: readonly TreePage[], pageId: string, parentId: string | null): boolean {
  const byId = new Map(pages.map((page) => [page.id, page]));
  for (let at = parentId; at; at = byId.get(at)?.parentId ?? null) {
    if (at === pageId) return true;
  }
  return false;
}

/** The tree in reading order: parents before their children, siblings by position then title. */
export function inTreeOrder<Page extends TreePage>(pages: readonly Page[]): Array<Page & { depth: number }> {
  const children = new Map<string | null, Page[]>();
  const ids = new Set(pages.map((page) => page.id));
  for (const page of pages) {
    const key = page.parentId && ids.has(page.parentId) ? page.parentId : null;
    children.set(key, [...(children.get(key) ?? []), page]);
  }
  const ordered: Array<Page & { depth: number }> = [];
  const visit = (parentId: string | null, depth: number) => {
    const siblings = (children.get(parentId) ?? []).sort((a, b) => a.position - b.position || a.title.localeCompare(b.title));
    for (const page of siblings) {
      ordered.push({ ...page, depth });
      visit(page.id, depth + 1);
    }
  };
  visit(null, 0);
  return ordered;
}

/**
 * Where a visitor's path lands: the language (a leading `/{language}/` for the site's other
 * languages, else the default) and the page address under it ('' is the home page).
 */
export function splitPublicPath(path: string, languages: readonly string[]): { language: string; path: string } {
  const parts = path.split('/').filter(Boolean);
  const [first, ...rest] = parts;
  const others = languages.slice(1);
  if (first && others.includes(first)) return { language: first, path: rest.join('/').toLowerCase() };
  return { language: languages[0] ?? 'en', path: parts.join('/').toLowerCase() };
}

/** A page's address on the public site, under the site's root: `about`, `fr/contact`, '' for the home page. */
export function publicPathOf(path: string, language: string, defaultLanguage: string, isHome = false): string {
  const own = isHome ? '' : path;
  return language === defaultLanguage ? own : own ? `${language}/${own}` : language;
}
