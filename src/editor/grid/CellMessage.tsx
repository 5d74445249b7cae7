// What the last action in a grid said (a refused value and why, a paste's summary), shown right
// under the active cell where the eye is, not under the table. It stays mounted, empty between
// messages, so assistive technology announces each new one.

import type { GridMessage } from './gridHandlers.ts';

export function CellMessage({ message }: { readonly message: GridMessage | null }) {
  return (
    <p
      className={`cell-message ${message?.tone ?? ''}`}
      role={message?.tone === 'error' ? 'alert' : 'status'}
      hidden={!message}
    >
      {message?.text}
    </p>
  );
}
