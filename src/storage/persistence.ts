// Persistent storage keeps drafts when the browser clears data under pressure. Asked once per page.

export type Persistence = 'granted' | 'denied' | 'unsupported';

let answer: Promise<Persistence> | undefined;

async function ask(): Promise<Persistence> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  if (!storage?.persist) return 'unsupported';
  try {
    if (await storage.persisted()) return 'granted';
    return (await storage.persist()) ? 'granted' : 'denied';
  } catch {
    return 'denied';
  }
}

export function requestPersistentStorage(): Promise<Persistence> {
  answer ??= ask();
  return answer;
}
