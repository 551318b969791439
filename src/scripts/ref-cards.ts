/**
 * Person, organisation and term cards open by CSS on hover and focus; this adds what
 * CSS cannot: on touch, the first tap opens the card and a second tap follows the link,
 * and Escape hides an open card. Without it every card is still a plain link.
 */
let pointer = '';
document.addEventListener('pointerdown', (event) => (pointer = event.pointerType), { capture: true });

document.addEventListener('click', (event) => {
  const ref = (event.target as Element | null)?.closest?.('[data-ref]');
  const open = document.querySelector('[data-ref][data-open]');
  if (open && open !== ref) open.removeAttribute('data-open');
  if (ref && pointer === 'touch' && !ref.hasAttribute('data-open')) {
    event.preventDefault();
    ref.setAttribute('data-open', '');
  }
});

document.addEventListener('keydown', (event) => {
  if (event.key !== 'Escape') return;
  for (const ref of document.querySelectorAll('[data-ref]:hover, [data-ref]:focus-within, [data-ref][data-open]')) {
    ref.removeAttribute('data-open');
    ref.setAttribute('data-dismissed', '');
  }
});

// A dismissed card may show again once the reader has moved on.
const reset = (event: Event) => (event.currentTarget as Element).removeAttribute('data-dismissed');
for (const ref of document.querySelectorAll('[data-ref]')) {
  ref.addEventListener('mouseleave', reset);
  ref.addEventListener('focusout', reset);
}
