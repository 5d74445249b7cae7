// Parts of the app fetched when first used (the editor, 批量审核, the importer, the sample). Such a
// fetch can fail where the first load did not: the network went, or the site was updated and the
// old file is gone. A failure is a ChunkLoadError that says so in the user's words, so it is not
// mistaken for a storage failure or a bug, and ChunkBoundary shows it instead of an empty page.

import { lazy, type ComponentType } from 'react';

export class ChunkLoadError extends Error {
  override readonly name = 'ChunkLoadError';
  /** `what` is what the user asked for, as the button or page names it (打开报告, 批量审核 …). */
  constructor(what: string, options?: ErrorOptions) {
    super(
      `无法下载“${what}”所需的程序文件：网络连接可能已中断，或本站已更新到新版本。请重新载入页面；报告库中的草稿不受影响。`,
      options,
    );
  }
}

/** `load()`, with a failure to fetch it told as a ChunkLoadError naming `what`. */
export function fetchChunk<T>(what: string, load: () => Promise<T>): Promise<T> {
  return load().catch((error: unknown) => {
    throw new ChunkLoadError(what, { cause: error });
  });
}

/** A component from a chunk of its own, for Suspense and a ChunkBoundary above it. */
export function lazyChunk<P extends object>(
  what: string,
  load: () => Promise<ComponentType<P>>,
): ComponentType<P> {
  return lazy(() => fetchChunk(what, load).then((component) => ({ default: component })));
}
