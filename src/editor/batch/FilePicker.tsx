// A button that opens the file chooser for many files at once, and reads what was chosen into the
// batch as this year's reports or last year's.

import { useRef, type ReactNode } from 'react';
import { readIntoBatch } from './batchStore.ts';
import type { BatchRole } from './batchWorker.ts';

const accepted = '.json,.xlsx,.txt,.text,.html,.htm,.pdf,.docx,.doc,.mht,.mhtml';

export function FilePicker(props: {
  readonly label: string;
  readonly role: BatchRole;
  readonly disabled: boolean;
  readonly children: ReactNode;
}) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" disabled={props.disabled} onClick={() => input.current?.click()}>
        {props.children}
      </button>
      <input
        ref={input}
        type="file"
        multiple
        accept={accepted}
        hidden
        aria-label={props.label}
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          event.target.value = '';
          void readIntoBatch(files, props.role);
        }}
      />
    </>
  );
}
