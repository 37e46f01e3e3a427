import { withPageOrigin } from './origin.ts';

/**
 * Copy buttons for the slide kit: shown only when scripts run (the values stay visible and
 * selectable without them), with feedback on the button and in a polite live region.
 */
export function enhanceCopyFields(root: ParentNode): void {
  const kit = root.querySelector<HTMLElement>('[data-slide-kit]');
  if (!kit) return;
  const status = kit.querySelector<HTMLElement>('[data-copy-status]');

  // Built without SITE, the URLs name the local preview origin; on any other host, use the page's own.
  for (const field of kit.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('[data-copy-value]')) {
    field.value = withPageOrigin(field.value, kit.dataset.localOrigin);
  }

  for (const wrapper of kit.querySelectorAll<HTMLElement>('[data-copy-field]')) {
    const field = wrapper.querySelector<HTMLInputElement | HTMLTextAreaElement>('[data-copy-value]')!;
    const button = wrapper.querySelector<HTMLButtonElement>('[data-copy-button]')!;
    const label = button.querySelector<HTMLElement>('[data-copy-label]')!;
    const name = wrapper.querySelector('label')?.textContent ?? 'Value';
    button.hidden = false;
    let timer: number | undefined;
    button.addEventListener('click', async () => {
      const copied = await copyText(field);
      label.textContent = copied ? 'Copied' : 'Select and copy';
      if (status) status.textContent = copied ? `${name} copied to the clipboard.` : `Copying failed: the ${name.toLowerCase()} is selected, press Ctrl+C.`;
      clearTimeout(timer);
      timer = window.setTimeout(() => (label.textContent = 'Copy'), 2000);
    });
  }
}

async function copyText(field: HTMLInputElement | HTMLTextAreaElement): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(field.value);
    return true;
  } catch {
    field.select();
    return document.execCommand?.('copy') ?? false;
  }
}
