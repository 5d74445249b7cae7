import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChunkBoundary, reportCaughtError } from './ChunkBoundary.tsx';
import { ChunkLoadError } from './chunks.ts';

describe('reportCaughtError', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  const boundary = new ChunkBoundary({ children: null });

  it('warns once of a chunk that did not arrive, without calling it an error', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    reportCaughtError(new ChunkLoadError('打开报告'), { errorBoundary: boundary });
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toContain('打开报告');
    expect(error).not.toHaveBeenCalled();
  });

  it('leaves a bug ChunkBoundary passes on to the report of whoever catches it next', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    reportCaughtError(new TypeError('a bug'), { errorBoundary: boundary });
    expect(error).not.toHaveBeenCalled();
  });

  it('logs a bug another boundary caught', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const bug = new TypeError('a bug');
    reportCaughtError(bug, {});
    expect(error).toHaveBeenCalledWith(bug);
  });
});
