// Listeners kept by key (a cell's address or position), each key with one stable subscribe
// function, as useSyncExternalStore wants: what the grid's state and the report store's cell feeds
// both need to wake a few cells instead of every one.

export type Listener = () => void;
export type Subscribe = (listener: Listener) => () => void;

export interface KeyedListeners<K> {
  /** The same function for the same key, every time. */
  readonly subscriberFor: (key: K) => Subscribe;
  /** The keys that have a listener now. */
  readonly keys: () => Iterable<K>;
  /** Calls each listener of these keys once, even if it listens under several of them. */
  readonly wake: (keys: Iterable<K>) => void;
}

/** `onFirst` runs when the first listener of any key arrives, `onLast` when the last one leaves. */
export function createKeyedListeners<K>({
  onFirst = () => {},
  onLast = () => {},
}: { readonly onFirst?: () => void; readonly onLast?: () => void } = {}): KeyedListeners<K> {
  const listeners = new Map<K, Set<Listener>>();
  const subscribers = new Map<K, Subscribe>();

  const subscriberFor = (key: K): Subscribe => {
    const known = subscribers.get(key);
    if (known) return known;
    const subscribe: Subscribe = (listener) => {
      if (listeners.size === 0) onFirst();
      const set = listeners.get(key) ?? new Set();
      set.add(listener);
      listeners.set(key, set);
      return () => {
        if (!set.delete(listener)) return; // already gone: a second call changes nothing
        if (set.size === 0 && listeners.get(key) === set) listeners.delete(key);
        if (listeners.size === 0) onLast();
      };
    };
    subscribers.set(key, subscribe);
    return subscribe;
  };

  const wake = (keys: Iterable<K>) => {
    const woken = new Set<Listener>();
    for (const key of keys) listeners.get(key)?.forEach((listener) => woken.add(listener));
    for (const listener of woken) listener();
  };

  return { subscriberFor, keys: () => listeners.keys(), wake };
}
