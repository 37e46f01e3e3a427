/**
 * Reordering a list by dragging a handle, with pointer events so it works with a mouse, a pen
 * and a finger alike (HTML drag and drop has no touch support). The item follows the pointer
 * among its siblings; on release `done` gets the new order of `data-id`s. The keyboard reorders
 * with the Move up / Move down buttons instead.
 */
export function attachDrag(list: HTMLOListElement, done: (ids: string[]) => void): void {
  list.addEventListener('pointerdown', (event) => {
    const handle = (event.target as Element).closest<HTMLElement>('[data-drag-handle]');
    const item = handle?.closest<HTMLLIElement>('li[data-id]');
    if (!handle || !item || event.button !== 0) return;
    event.preventDefault();
    // Listened for on the window, not captured by the handle: moving the item in the list
    // detaches the handle for a moment, which would release a pointer capture.
    item.dataset.dragging = '';
    const before = [...list.children].map((li) => (li as HTMLElement).dataset.id!);

    const move = (moveEvent: PointerEvent) => {
      if (moveEvent.pointerId !== event.pointerId) return;
      const others = [...list.children].filter((li) => li !== item) as HTMLElement[];
      const next = others.find((li) => {
        const box = li.getBoundingClientRect();
        return moveEvent.clientY < box.top + box.height / 2;
      });
      if (next !== item.nextElementSibling) list.insertBefore(item, next ?? null);
    };
    const end = (endEvent: PointerEvent) => {
      if (endEvent.pointerId !== event.pointerId) return;
      removeEventListener('pointermove', move);
      removeEventListener('pointerup', end);
      removeEventListener('pointercancel', end);
      delete item.dataset.dragging;
      const after = [...list.children].map((li) => (li as HTMLElement).dataset.id!);
      if (after.join() !== before.join()) done(after);
    };
    addEventListener('pointermove', move);
    addEventListener('pointerup', end);
    addEventListener('pointercancel', end);
  });
}
