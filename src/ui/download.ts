/** Saves text as a file the browser downloads (an object URL on a temporary link; nothing leaves the page). */
export function downloadText(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  document.body.appendChild(a);
  a.click();
  a.remove();
  // The browser has taken the file once the click has been handled; the URL is released a moment later.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
