import { SUPPORTED_HOSTS } from '../../shared/microsoft';

/** Hosts a link may point at and keep its address in a report (Microsoft's short links included). */
const KEPT_HOSTS: readonly string[] = [...SUPPORTED_HOSTS, 'aka.ms'];

/**
 * A URL as a report keeps it: origin and path, never the query or fragment, and path segments that
 * are not plain words (ids, tenants, addresses) masked. Null for any other site.
 */
export function reportUrl(href: string, base?: string): string | null {
  let url: URL;
  try {
    url = new URL(href, base);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || !KEPT_HOSTS.includes(url.host)) return null;
  const path = url.pathname
    .split('/')
    .map((seg) => (seg === '' || /^[A-Za-z][A-Za-z._-]{0,39}$/.test(seg) ? seg : '⟦path⟧'))
    .join('/');
  return `${url.origin}${path}`;
}
