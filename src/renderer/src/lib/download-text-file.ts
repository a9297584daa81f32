/**
 * Hands a file to the browser as a download. In Electron this asks where to save it; in the
 * browser harness it goes to the downloads folder. The page never sees a path either way.
 */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later, not at once: the browser reads the blob after click() has returned.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function downloadTextFile(fileName: string, content: string, mimeType: string): void {
  downloadBlob(fileName, new Blob([content], { type: `${mimeType};charset=utf-8` }));
}
