// Text measures shared by the rules and the editor's live counts.

/** Characters as 字数 counts them in Word/WPS: every character but white space. */
export function countCharacters(text: string): number {
  let count = 0;
  for (const ch of text) if (!/\s/u.test(ch)) count++;
  return count;
}
