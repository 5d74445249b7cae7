// Node has no frames: tests of work deferred past a frame stand in the browser's frame callbacks
// and task queue with two lists they run by hand, in the order a browser runs them.

import { afterEach, beforeEach, vi } from 'vitest';

let frames: (() => void)[] = [];
let tasks: (() => void)[] = [];

/** Installs the stand-ins around each test of the calling file. */
export function withFakeFrames(): void {
  beforeEach(() => {
    frames = [];
    tasks = [];
    vi.stubGlobal('requestAnimationFrame', (callback: () => void) => frames.push(callback));
    vi.stubGlobal('cancelAnimationFrame', (id: number) => {
      frames[id - 1] = () => undefined;
    });
    vi.stubGlobal('window', {
      setTimeout: (task: () => void) => tasks.push(task),
      clearTimeout: (id: number | undefined) => {
        if (id !== undefined) tasks[id - 1] = () => undefined;
      },
    });
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });
}

/** The browser paints a frame (its frame callbacks first), then runs the tasks queued so far. */
export function paintFrame(): void {
  const callbacks = frames;
  frames = [];
  for (const callback of callbacks) callback();
  const queued = tasks;
  tasks = [];
  for (const task of queued) task();
}
