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

/**
 * For createRoot: React reports each error a boundary caught. A chunk that did not arrive is told
 * to the user already, so it is a warning here; anything else is an error, as React would log it.
 */
export function reportCaughtError(error: unknown): void {
  if (error instanceof ChunkLoadError) console.warn(error.message, error.cause);
  else console.error(error);
}
