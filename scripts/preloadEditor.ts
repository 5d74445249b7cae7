// A report opened by its address (a bookmark, a reload, a link from the library in a new tab)
// needs the editor chunk, which the app would only ask for once its own chunk has run. This build
// step puts a few lines in index.html that ask for the editor's files at once on a report's
// address, so they download while the app's chunk loads; the library's first load is unchanged.

import type { Plugin } from 'vite';

export const editorEntry = '/src/editor/ReportEditor.tsx';

export function preloadEditorOnReportRoute(): Plugin {
  return {
    name: 'nianbao-preload-editor',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        const chunks = Object.values(bundle ?? {}).flatMap((output) =>
          output.type === 'chunk' ? [output] : [],
        );
        const editor = chunks.find((chunk) => chunk.facadeModuleId?.endsWith(editorEntry));
        if (!editor) throw new Error(`the build has no chunk for ${editorEntry}`);
        // The entry chunk is in the page already; the editor's other imports are not.
        const entries = new Set(chunks.filter((chunk) => chunk.isEntry).map((c) => c.fileName));
        const scripts = [editor.fileName, ...editor.imports].filter((file) => !entries.has(file));
        const styles = [...(editor.viteMetadata?.importedCss ?? [])];
        const code = [
          `if (/^#\\/report\\//.test(location.hash)) {`,
          `  for (const [rel, file] of ${JSON.stringify([
            ...scripts.map((file) => ['modulepreload', file]),
            ...styles.map((file) => ['stylesheet', file]),
          ])}) {`,
          `    const link = document.createElement('link');`,
          `    link.rel = rel;`,
          `    link.href = './' + file;`,
          `    document.head.append(link);`,
          `  }`,
          `}`,
        ].join('\n');
        return [{ tag: 'script', children: code, injectTo: 'head' }];
      },
    },
  };
}
