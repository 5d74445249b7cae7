// V8 compiles a function when it first runs. The editor's handlers first run in the user's first
// keystroke, which at a 4× slower CPU paid 5–17 ms of compiling before its character appeared
// (decision 68). Chromium's explicit compile hint — a comment on a script's first line — compiles
// the whole chunk as it loads instead, on a background thread while the chunk streams in. Other
// browsers ignore the comment.

import type { Plugin } from 'vite';
import { editorEntry } from './preloadEditor.ts';

const allFunctionsCalledOnLoad = '//# allFunctionsCalledOnLoad';

export function compileEditorEagerly(): Plugin {
  return {
    name: 'nianbao-compile-editor-eagerly',
    apply: 'build',
    outputOptions(options) {
      return {
        ...options,
        // After minification, which would strip the comment; the source map is shifted to match.
        postBanner: (chunk) =>
          chunk.facadeModuleId?.endsWith(editorEntry) ? allFunctionsCalledOnLoad : '',
      };
    },
  };
}
