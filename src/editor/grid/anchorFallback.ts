// Browsers without CSS anchor positioning (Chromium before 131 counting anchor-scope, Firefox ESR)
// cannot lay the grid's input and message over the active cell in CSS alone. There the cell's box
// is read once per move, in the next frame (when the browser lays out anyway), and handed to CSS as
// custom properties on the grid's frame: typing never reads layout, a move reads it once.

export const supportsAnchors = (): boolean =>
  typeof CSS !== 'undefined' &&
  CSS.supports('anchor-name: --cell') &&
  CSS.supports('anchor-scope: --cell');

/** Places `--active-*` on the frame from the cell's box; returns a function that stops it. */
export function followCell(frame: HTMLElement, address: string): () => void {
  let frameRequest = 0;
  const place = () => {
    frameRequest = 0;
    const cell = frame.querySelector<HTMLElement>(`[data-cell="${CSS.escape(address)}"]`);
    if (!cell) return;
    const box = cell.getBoundingClientRect();
    const origin = frame.getBoundingClientRect();
    const style = frame.style;
    style.setProperty('--active-top', `${box.top - origin.top + frame.scrollTop}px`);
    style.setProperty('--active-left', `${box.left - origin.left + frame.scrollLeft}px`);
    style.setProperty('--active-width', `${box.width}px`);
    style.setProperty('--active-height', `${box.height}px`);
  };
  const schedule = () => {
    if (frameRequest === 0) frameRequest = requestAnimationFrame(place);
  };
  schedule();
  // Column widths follow the window, row heights the text: a resized table moves the cell.
  const table = frame.querySelector('table');
  const observer = new ResizeObserver(schedule);
  if (table) observer.observe(table);
  return () => {
    cancelAnimationFrame(frameRequest);
    observer.disconnect();
  };
}
