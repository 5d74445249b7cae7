// Where the app is: the library (`#/`), 批量审核 (`#/batch`) or one report (`#/report/<id>`). A hash route works from
// any static folder or intranet share, with no server rewriting.

import { useSyncExternalStore } from 'react';

export type Route =
  | { readonly name: 'library' }
  | { readonly name: 'batch' }
  | { readonly name: 'report'; readonly id: string };

const reportPrefix = '#/report/';
export const batchHref = '#/batch';

export function readRoute(hash: string): Route {
  if (hash === batchHref) return { name: 'batch' };
  if (hash.startsWith(reportPrefix)) {
    const id = decodeURIComponent(hash.slice(reportPrefix.length));
    if (id) return { name: 'report', id };
  }
  return { name: 'library' };
}

export const reportHref = (id: string) => `${reportPrefix}${encodeURIComponent(id)}`;
export const libraryHref = '#/';

export function goTo(href: string): void {
  window.location.hash = href;
}

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  // A new object per render would be fine, but callers compare ids, not routes.
  return readRoute(hash);
}
