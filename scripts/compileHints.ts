// V8 compiles a function when it first runs. The editor's handlers, and React's for a text field's
// input, first ran in the user's first keystroke, which at a 4× slower CPU paid 5–17 ms of
// compiling before its character appeared (decision 68). Chromium's explicit compile hint — a
// comment on a script's first line — compiles the whole chunk as it loads instead, on a background
// thread while the chunk streams in. Other browsers ignore the comment.

import type { Plugin } from 'vite';
import { editorEntry } from './preloadEditor.ts';

const allFunctionsCalledOnLoad = '//# allFunctionsCalledOnLoad';

/** The hint on the app's entry chunk (React, the library) and the editor's chunk. */
export function compileEditorEagerly(): Plugin {
  return {
    name: 'nianbao-compile-editor-eagerly',
    apply: 'build',
    generateBundle: {
      // Last: Vite prepends its own lines to the entry chunk, and the hint must stay the first.
      order: 'post',
      handler(_options, bundle) {
        for (const output of Object.values(bundle)) {
          if (output.type !== 'chunk') continue;
          if (!output.isEntry && !output.facadeModuleId?.endsWith(editorEntry)) continue;
          output.code = `${allFunctionsCalledOnLoad}\n${output.code}`;
          // One more line above the code: its mappings start one line later. The map is written
          // from its own asset by now.
          const map = bundle[`${output.fileName}.map`];
          if (map?.type === 'asset' && typeof map.source === 'string') {
            const parsed = JSON.parse(map.source) as { mappings: string };
            map.source = JSON.stringify({ ...parsed, mappings: `;${parsed.mappings}` });
          }
        }
      },
    },
  };
}
