// Saving a file the user asked for, without any server: a Blob and an <a download>.

export function downloadText(fileName: string, text: string, type: string): void {
  downloadBytes(fileName, text, type);
}

/** Text or bytes (a Word or Excel file) as a download. */
export function downloadBytes(
  fileName: string,
  content: string | Uint8Array<ArrayBuffer>,
  type: string,
): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before the URL goes away.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name from the report's title, without characters Windows refuses. */
export function safeFileName(name: string): string {
  const withoutControls = [...name].filter((ch) => ch >= ' ').join('');
  return withoutControls.replace(/[\\/:*?"<>|]+/g, '_').trim() || '年度报告';
}
