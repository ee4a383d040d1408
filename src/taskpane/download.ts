/** Saves text as a file from the pane (a Blob link: works in Excel's webview and browsers). */
export function downloadText(fileName: string, text: string, type = "text/csv;charset=utf-8"): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoke on the next task: some webviews start the download after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
