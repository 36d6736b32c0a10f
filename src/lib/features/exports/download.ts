/**
 * Saves a Blob under a file name through a temporary link: works offline and on phones, where
 * the browser hands the file to its download manager or share sheet.
 */
export function downloadBlob(blob: Blob, filename: string): void {
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = filename;
	link.rel = 'noopener';
	link.style.display = 'none';
	document.body.append(link);
	link.click();
	link.remove();
	// Revoked later: some browsers read the URL after click() has returned.
	setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
