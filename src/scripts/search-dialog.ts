import { mountSearchPanel, type SearchPanel } from './search-panel';

let panel: SearchPanel | undefined;

/**
 * Opens the header's search dialog as a modal: focus goes to the search box,
 * Escape or the close button closes it, and focus returns to what opened it.
 */
export function openSearchDialog(dialog: HTMLDialogElement, opener: HTMLElement | null): void {
  if (!panel) {
    panel = mountSearchPanel(dialog.querySelector<HTMLElement>('[data-search-panel]')!);
    dialog.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
    // A click on the backdrop lands on the dialog element itself.
    dialog.addEventListener('click', (event) => {
      if (event.target === dialog) dialog.close();
    });
  }
  const returnFocus = document.activeElement instanceof HTMLElement ? document.activeElement : opener;
  dialog.addEventListener('close', () => returnFocus?.focus(), { once: true });
  if (!dialog.open) dialog.showModal();
  panel.warmUp();
  panel.input.focus();
  panel.input.select();
}
