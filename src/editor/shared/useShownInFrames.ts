// Large views drawn part by part, a frame apart (decisions 62 and 65).

import { useEffect, useState } from 'react';
import { afterNextFrame } from './afterNextFrame.ts';

/**
 * How many of `stages` parts to show, one more each frame after the first is drawn, so that each
 * part is laid out in a task of its own. A view that appears at once with several large parts (an
 * import's summary, original lines and tables; the 汇总's summary and its table) was one layout
 * task of 100–300 ms at a 4× slower CPU.
 */
export function useShownInFrames(stages: number): number {
  const [shown, setShown] = useState(0);
  useEffect(() => {
    if (shown >= stages) return;
    // After the frame that draws what is shown so far, not within it.
    return afterNextFrame(() => setShown(shown + 1));
  }, [shown, stages]);
  return shown;
}
