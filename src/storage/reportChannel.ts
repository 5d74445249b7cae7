// Tabs tell each other what they wrote, so a read-only tab follows the writer and an open library
// stays current. Messages are validated: another version of the app may share the channel.

import { z } from 'zod/mini';

const channelName = 'nianbao';

const messageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('saved'), id: z.string(), revision: z.int() }),
  z.object({ type: z.literal('library-changed') }),
  /** 替换: `id` went to 回收站 and `by` took its place; a tab writing `id` must stop. */
  z.object({ type: z.literal('replaced'), id: z.string(), by: z.string() }),
]);

export type LibraryMessage = z.infer<typeof messageSchema>;

export function announce(message: LibraryMessage): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(channelName);
  channel.postMessage(message);
  channel.close();
}

/** Calls `onMessage` for every valid message from other tabs; returns the unsubscribe. */
export function listen(onMessage: (message: LibraryMessage) => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => {};
  const channel = new BroadcastChannel(channelName);
  channel.onmessage = (event: MessageEvent<unknown>) => {
    const message = messageSchema.safeParse(event.data);
    if (message.success) onMessage(message.data);
  };
  return () => channel.close();
}
