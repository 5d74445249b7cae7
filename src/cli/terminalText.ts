// Report text (an agency name, a file name) printed to a terminal must not drive it: an escape
// sequence could set the window title, clear the screen or hide text. Control characters are shown
// as escapes instead; JSON output is left exact, since JSON.stringify escapes C0 itself.

const range = (from: number, to: number) =>
  `${String.fromCharCode(from)}-${String.fromCharCode(to)}`;

/** C0 controls but tab and newline, DEL, C1 controls, and the bidirectional overrides. */
const controls = new RegExp(
  `[${range(0, 8)}${range(0x0b, 0x1f)}${range(0x7f, 0x9f)}${range(0x202a, 0x202e)}${range(0x2066, 0x2069)}]`,
  'gu',
);

export function escapeControls(text: string): string {
  return text.replace(controls, (char) => {
    const code = char.charCodeAt(0);
    return code < 0x100
      ? `\\x${code.toString(16).padStart(2, '0')}`
      : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
