// The name annotations and 定稿 are signed with, asked once per browser and kept in localStorage
// (a name is no secret, and it must outlive the report). Without storage it is asked each time.

const storageKey = 'nianbao.author';

export function readAuthor(): string | undefined {
  try {
    return localStorage.getItem(storageKey)?.trim() || undefined;
  } catch {
    return undefined;
  }
}

export function saveAuthor(name: string): void {
  try {
    localStorage.setItem(storageKey, name.trim());
  } catch {
    // Private windows may refuse: the name is simply asked again next time.
  }
}
