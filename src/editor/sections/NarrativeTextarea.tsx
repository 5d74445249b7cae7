// A narrative text area that shows, in place, the passages findings quote (T-TEXT's sentence,
// L-REPEAT's repeated passage). The marks are drawn on a backdrop behind the textarea, which has
// a transparent background and lays its text out exactly as the backdrop does; the textarea
// itself stays an ordinary uncontrolled one, so typing, IME, undo and react-hook-form are as
// before. Fields nothing is quoted from render no backdrop at all.

import { useEffect, useRef, type RefObject } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import type { Finding } from '../../model/rules/finding.ts';
import { useEditor } from '../state/storeContext.tsx';
import type { ControlProps } from './Field.tsx';
import { narrativeTextAt, quotedRanges, splitByRanges, type TextRange } from './passages.ts';

interface NarrativeTextareaProps {
  /** The field's address, as findings quote it: preamble, s1.summary, s6.items.0.text … */
  readonly place: string;
  readonly control: ControlProps;
  readonly registration: UseFormRegisterReturn;
  readonly rows: number;
  readonly isReadOnly: boolean;
}

export function NarrativeTextarea(props: NarrativeTextareaProps) {
  const { place, control, registration, rows, isReadOnly } = props;
  const findings = useEditor((snapshot) => snapshot.derived.findingsByPlace.get(place));
  const isQuoted = findings?.some((finding) => finding.quote?.field === place) ?? false;
  const textarea = useRef<HTMLTextAreaElement | null>(null);
  const { ref: registerRef, ...registered } = registration;

  return (
    <div className="form-textarea-frame">
      {findings && isQuoted ? (
        <Backdrop place={place} findings={findings} textarea={textarea} />
      ) : null}
      <textarea
        {...control}
        {...registered}
        ref={(element) => {
          registerRef(element);
          textarea.current = element;
        }}
        readOnly={isReadOnly}
        className="form-textarea"
        rows={rows}
      />
    </div>
  );
}

interface BackdropProps {
  readonly place: string;
  readonly findings: readonly Finding[];
  readonly textarea: RefObject<HTMLTextAreaElement | null>;
}

function Backdrop({ place, findings, textarea }: BackdropProps) {
  // The store's text is the textarea's: each keystroke commits, and undo resets the form to it.
  const text = useEditor((snapshot) => narrativeTextAt(snapshot.report, place));
  const backdrop = useRef<HTMLDivElement>(null);
  const segments = splitByRanges(text, quotedRanges(findings, place, text));

  useEffect(() => {
    const area = textarea.current;
    const behind = backdrop.current;
    if (!area || !behind) return;
    const align = () => alignBackdrop(area, behind);
    // Scrolling moves the text; a new width (or a scroll bar coming or going) rewraps it.
    const resizes = new ResizeObserver(align);
    resizes.observe(area);
    area.addEventListener('scroll', align);
    return () => {
      resizes.disconnect();
      area.removeEventListener('scroll', align);
    };
  }, [textarea]);

  return (
    <div ref={backdrop} className="form-textarea-backdrop" aria-hidden="true">
      <div className="form-textarea-passages">
        {segments.map((segment) =>
          segment.isMarked ? (
            <mark
              key={segment.start}
              data-start={segment.start}
              data-end={segment.start + segment.text.length}
            >
              {segment.text}
            </mark>
          ) : (
            segment.text
          ),
        )}
        {/* A textarea gives a final line break a line of its own; a div needs something on it. */}
        {text.endsWith('\n') ? ' ' : null}
      </div>
    </div>
  );
}

/** Moves the backdrop's text with the textarea's scrolling and leaves room for its scroll bar. */
function alignBackdrop(area: HTMLTextAreaElement, behind: HTMLElement) {
  const scrollBar = area.offsetWidth - area.clientWidth - 2 * area.clientLeft;
  behind.style.setProperty('--scroll-bar', `${scrollBar}px`);
  const passages = behind.firstElementChild;
  if (passages instanceof HTMLElement) {
    passages.style.transform = `translateY(${-area.scrollTop}px)`;
  }
}

/**
 * Selects a passage of a narrative field and brings it into view: a textarea scrolled within
 * (resized smaller than its text) first scrolls to it, then the page scrolls to its mark. The
 * backdrop only clips, so scrolling the mark into view moves the page and never the backdrop.
 */
export function selectPassage(area: HTMLTextAreaElement, range: TextRange) {
  area.focus({ preventScroll: true });
  area.setSelectionRange(range.start, range.end);
  const behind = area.parentElement?.querySelector<HTMLElement>('.form-textarea-backdrop');
  const marks = behind?.querySelectorAll<HTMLElement>('mark[data-start]') ?? [];
  const mark = [...marks].find(
    (m) => Number(m.dataset['start']) <= range.start && range.start < Number(m.dataset['end']),
  );
  const passages = mark?.parentElement;
  if (!behind || !mark || !passages) {
    area.scrollIntoView({ block: 'center', behavior: 'smooth' });
    return;
  }
  const box = mark.getBoundingClientRect();
  const top = box.top - passages.getBoundingClientRect().top;
  area.scrollTop = top - (area.clientHeight - box.height) / 2;
  // Align the backdrop now: its scroll listener would only run after the page has moved.
  alignBackdrop(area, behind);
  mark.scrollIntoView({ block: 'center', behavior: 'smooth' });
}
