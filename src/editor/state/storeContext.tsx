// React access to the report store. Components select the smallest part they show, so a commit
// re-renders only what changed (useSyncExternalStore compares the selected value).

import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
import type { EditorSnapshot, ReportStore } from './reportStore.ts';

const StoreContext = createContext<ReportStore | null>(null);

export function StoreProvider({ store, children }: { store: ReportStore; children: ReactNode }) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

export function useStore(): ReportStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useStore outside StoreProvider');
  return store;
}

export function useEditor<T>(select: (snapshot: EditorSnapshot) => T): T {
  const store = useStore();
  return useSyncExternalStore(store.subscribe, () => select(store.getSnapshot()));
}
