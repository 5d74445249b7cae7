// Reads and writes the app's IndexedDB from a test, as another version of the app or a damaged
// profile would have left it: raw values, no schema.

import type { Page } from '@playwright/test';

type StoreName = 'reports' | 'quarantine';

/** Puts raw values into a store of the app's database (which the app has already created). */
export async function putRaw(page: Page, store: StoreName, values: unknown[]): Promise<void> {
  await page.evaluate(
    ({ store, values }) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('nianbao');
        request.onerror = () => reject(new Error(String(request.error)));
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction(store, 'readwrite');
          for (const value of values) tx.objectStore(store).put(value);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(new Error(String(tx.error)));
        };
      }),
    { store, values },
  );
}

/** Every value of a store, as stored. */
export async function getAllRaw(page: Page, store: StoreName): Promise<unknown[]> {
  return page.evaluate(
    (store) =>
      new Promise<unknown[]>((resolve, reject) => {
        const request = indexedDB.open('nianbao');
        request.onerror = () => reject(new Error(String(request.error)));
        request.onsuccess = () => {
          const db = request.result;
          const all = db.transaction(store).objectStore(store).getAll();
          all.onsuccess = () => {
            db.close();
            resolve(all.result as unknown[]);
          };
          all.onerror = () => reject(new Error(String(all.error)));
        };
      }),
    store,
  );
}
