// Work that must not hold up the frame about to be painted (a typed character, a part of a large
// view) runs in the task after that frame: in a requestAnimationFrame callback it would still run
// before the paint.

/** Runs `task` in a task of its own after the next frame is drawn; returns what cancels it. */
export function afterNextFrame(task: () => void): () => void {
  let timer: number | undefined;
  const frame = requestAnimationFrame(() => {
    timer = window.setTimeout(task);
  });
  return () => {
    cancelAnimationFrame(frame);
    window.clearTimeout(timer);
  };
}

type Subscribe = (listener: () => void) => () => void;

/**
 * `subscribe`, with each listener told in the task after the frame that follows a change, once
 * however many changes that frame saw.
 */
export function toldAfterFrame(subscribe: Subscribe): Subscribe {
  return (listener) => {
    let cancel: (() => void) | undefined;
    const unsubscribe = subscribe(() => {
      cancel ??= afterNextFrame(() => {
        cancel = undefined;
        listener();
      });
    });
    return () => {
      unsubscribe();
      cancel?.();
    };
  };
}
