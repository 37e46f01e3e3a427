import { qrModules } from '../../lib/links/qr.ts';

/** Copying and saving what the list page makes: text to the clipboard, files to downloads. */

/** Copies text; where the clipboard API is refused (no permission, http), a hidden textarea and execCommand. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    const copied = document.execCommand?.('copy') ?? false;
    area.remove();
    return copied;
  }
}

/** Saves a file through a temporary download link. */
export function download(filename: string, contents: Blob): void {
  const url = URL.createObjectURL(contents);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * A QR code as a PNG, drawn module by module (the same modules as the SVG): `scale` pixels a
 * module and the standard 4-module quiet zone, sharp at any size a slide needs.
 */
export function qrPng(text: string, scale = 12): Promise<Blob> {
  const { size, dark } = qrModules(text);
  const full = (size + 8) * scale;
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = full;
  const context = canvas.getContext('2d')!;
  context.fillStyle = '#fff';
  context.fillRect(0, 0, full, full);
  context.fillStyle = '#000';
  for (let row = 0; row < size; row++) for (let col = 0; col < size; col++) if (dark(row, col)) context.fillRect((col + 4) * scale, (row + 4) * scale, scale, scale);
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'));
}

/**
 * A file name from the list's title.
 * @example fileStem('Efficient LLMs: a tour') // 'efficient-llms-a-tour'
 */
export function fileStem(title: string | undefined): string {
  const stem = (title ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return stem || 'talk-list';
}
