// On every page: the header's search link opens the search dialog, and so do "/"
// and Ctrl/⌘-K. Only this file loads with the page; the dialog's code, Pagefind
// and the index load when a reader first opens search. Without JavaScript the
// link goes to the search page.
const trigger = document.querySelector<HTMLAnchorElement>('[data-search-open]');
const dialog = document.querySelector<HTMLDialogElement>('[data-search-dialog]');

if (trigger && dialog) {
  trigger.setAttribute('aria-haspopup', 'dialog');
  trigger.addEventListener('click', (event) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    void openSearch();
  });
}

document.addEventListener('keydown', (event) => {
  const shortcut =
    (event.key === 'k' || event.key === 'K') && (event.ctrlKey || event.metaKey) && !event.altKey
      ? true
      : event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event.target);
  if (!shortcut) return;
  event.preventDefault();
  void openSearch();
});

async function openSearch(): Promise<void> {
  // The search page has its own box instead of the dialog.
  const pageInput = document.querySelector<HTMLInputElement>('main [data-search-input]');
  if (pageInput) return pageInput.focus();
  if (!dialog) return;
  const { openSearchDialog } = await import('./search-dialog');
  openSearchDialog(dialog, trigger);
}

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}
