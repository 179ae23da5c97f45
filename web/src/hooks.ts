import type { Reroute } from '@sveltejs/kit/hooks';
import { browser } from '$app/env';

/**
 * A connected domain (a CMS site's `domain`) reaches the dashboard with its own Host: its
 * pages are served by the `site-host` route. Only on the server (the public pages run no
 * script), and never for the dashboard's own hosts: loopback names, names without a dot
 * (a container's), and the hosts of PUBLIC_URL / ORIGIN.
 */
export const reroute: Reroute = ({ url }) => {
  if (browser) return;
  const host = url.hostname.toLowerCase();
  if (!host.includes('.') || /^[\d.]+$/.test(host) || host.startsWith('[') || host.endsWith('.localhost')) return;
  const own = [process.env.PUBLIC_URL, ...(process.env.ORIGIN ?? '').split(',')].flatMap((value) => {
    try {
      return value?.trim() ? [new URL(value.trim()).hostname.toLowerCase()] : [];
    } catch {
      return [];
    }
  });
  if (own.includes(host)) return;
  // The site's own assets and the dashboard's scripts keep their paths; everything else is a page of the site.
  if (url.pathname.startsWith('/_app/') || url.pathname.startsWith('/sites/') || url.pathname.startsWith('/api/')) return;
  return `/site-host${url.pathname === '/' ? '' : url.pathname}`;
};
