import { describe, expect, it } from 'vitest';
import { inTreeOrder, makesLoop, pagePaths, publicPathOf, splitPublicPath } from './page-tree';

const pages = [
  { id: 'team', parentId: 'about', slug: 'team', position: 0, title: 'Team' },
  { id: 'home', parentId: null, slug: 'home', position: 0, title: 'Home' },
  { id: 'about', parentId: null, slug: 'about', position: 1, title: 'About' },
  { id: 'jobs', parentId: 'team', slug: 'jobs', position: 0, title: 'Jobs' },
];

describe('the page tree', () => {
  it('builds each address from the slugs above it', () => {
    expect(Object.fromEntries(pagePaths(pages))).toEqual({ team: 'about/team', home: 'home', about: 'about', jobs: 'about/team/jobs' });
  });

  it('refuses a parent below the page itself', () => {
    expect(makesLoop(pages, 'about', 'jobs')).toBe(true);
    expect(makesLoop(pages, 'about', 'about')).toBe(true);
    expect(makesLoop(pages, 'jobs', 'home')).toBe(false);
    expect(makesLoop(pages, 'jobs', null)).toBe(false);
  });

  it('reads parents before children, siblings by position', () => {
    expect(inTreeOrder(pages).map((page) => `${page.depth}:${page.id}`)).toEqual(['0:home', '0:about', '1:team', '2:jobs']);
  });

  it('takes a leading language only when it is one of the site’s others', () => {
    expect(splitPublicPath('fr/contact', ['en', 'fr'])).toEqual({ language: 'fr', path: 'contact' });
    expect(splitPublicPath('fr', ['en', 'fr'])).toEqual({ language: 'fr', path: '' });
    expect(splitPublicPath('en/contact', ['en', 'fr'])).toEqual({ language: 'en', path: 'en/contact' });
    expect(splitPublicPath('/About/Team/', ['en'])).toEqual({ language: 'en', path: 'about/team' });
    expect(publicPathOf('contact', 'fr', 'en')).toBe('fr/contact');
    expect(publicPathOf('home', 'en', 'en', true)).toBe('');
    expect(publicPathOf('accueil', 'fr', 'en', true)).toBe('fr');
  });
});
