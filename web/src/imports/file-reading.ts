/** Reading the chosen sheet in the browser, to send it as base64 in one JSON request (src/enrollment/import/routes.ts). */

/** The file's bytes as base64, without the data-URL prefix FileReader puts before them. */
export function fileAsBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.onload = () => {
      const url = String(reader.result ?? '');
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.readAsDataURL(file);
  });
}

export const ACCEPTED_EXTENSIONS = ['.csv', '.xlsx'] as const;

/** 'csv' or 'xlsx' from the file name; null for any other file, which the form refuses before sending. */
export function sheetFormat(fileName: string): 'csv' | 'xlsx' | null {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.csv')) return 'csv';
  if (lower.endsWith('.xlsx')) return 'xlsx';
  return null;
}

/** A share between 0 and 1 of a progress report, for the progress bar; null when there is no total yet. */
export function progressShare(processed: number, total: number): number | null {
  if (total <= 0) return null;
  return Math.min(1, Math.max(0, processed / total));
}
