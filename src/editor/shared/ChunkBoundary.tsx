// What the user sees when a part of the app could not be fetched (chunks.ts): the reason and a way
// on, in place of that part. Any other error passes on: it is a bug, not a download.

import { Component, type ReactNode } from 'react';
import { ChunkLoadError } from './chunks.ts';

interface ChunkBoundaryProps {
  readonly children: ReactNode;
  /** A way out besides reloading: back to the library, or closing a dialog. */
  readonly away?: ReactNode;
}

interface ChunkBoundaryState {
  readonly error: unknown;
}

export class ChunkBoundary extends Component<ChunkBoundaryProps, ChunkBoundaryState> {
  override state: ChunkBoundaryState = { error: undefined };

  static getDerivedStateFromError(error: unknown): ChunkBoundaryState {
    return { error };
  }

  override render() {
    const { error } = this.state;
    if (error === undefined) return this.props.children;
    // Thrown from here, it reaches the boundary above, as if this one were not there.
    if (!(error instanceof ChunkLoadError)) throw error;
    return (
      <div className="session-page chunk-failure" role="alert">
        <p>{error.message}</p>
        <p className="chunk-failure-actions">
          <button type="button" onClick={() => window.location.reload()}>
            重新载入
          </button>
          {this.props.away}
        </p>
      </div>
    );
  }
}

/** What React tells `onCaughtError` about the boundary that caught an error. */
interface CaughtErrorInfo {
  readonly errorBoundary?: unknown;
}

/**
 * For createRoot: React reports each error a boundary caught. A chunk that did not arrive is told
 * to the user already, so it is a warning here; anything else is an error, as React would log it.
 * An error ChunkBoundary caught but is not a chunk's goes on to the boundary above (or the root,
 * which logs it as uncaught), so it is left to that report rather than logged twice.
 */
export function reportCaughtError(error: unknown, info: CaughtErrorInfo = {}): void {
  if (error instanceof ChunkLoadError) console.warn(error.message, error.cause);
  else if (!(info.errorBoundary instanceof ChunkBoundary)) console.error(error);
}
