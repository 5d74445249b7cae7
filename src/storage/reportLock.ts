// One writer per report across tabs, with Web Locks: the tab holding `nianbao-report-<id>` writes,
// any other reads. Browsers without Web Locks (plain-http hosts are not secure contexts) fall back
// on the revision check in saveReport, which refuses to overwrite another tab's save.

export interface HeldLock {
  release(): void;
}

export const reportLockName = (id: string) => `nianbao-report-${id}`;

export const hasWebLocks = () => typeof navigator !== 'undefined' && 'locks' in navigator;

function request(id: string, options: LockOptions): Promise<HeldLock | undefined> {
  return new Promise((resolve, reject) => {
    let release = () => {};
    const held = new Promise<void>((done) => (release = done));
    navigator.locks
      .request(reportLockName(id), options, (lock) => {
        if (!lock) {
          resolve(undefined);
          return undefined;
        }
        resolve({ release });
        // The lock is held until this promise settles: until release() is called or the page goes.
        return held;
      })
      .catch(reject);
  });
}

/** The lock if no other tab holds it; undefined if one does; a no-op lock without Web Locks. */
export function tryLockReport(id: string): Promise<HeldLock | undefined> {
  if (!hasWebLocks()) return Promise.resolve({ release: () => {} });
  return request(id, { mode: 'exclusive', ifAvailable: true });
}

/** Waits until the other tab lets go; rejects with an AbortError when `signal` aborts first. */
export async function waitForReportLock(id: string, signal: AbortSignal): Promise<HeldLock> {
  const lock = await request(id, { mode: 'exclusive', signal });
  // A normal request is always granted in the end; undefined only comes with ifAvailable.
  if (!lock) throw new Error('Web Locks granted nothing to a waiting request');
  return lock;
}

/** Runs a library change to a report no other tab is editing; undefined when one is. */
export async function whileUnlocked<T>(
  id: string,
  change: () => Promise<T>,
): Promise<T | undefined> {
  const lock = await tryLockReport(id);
  if (!lock) return undefined;
  try {
    return await change();
  } finally {
    lock.release();
  }
}
