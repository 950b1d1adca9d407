/** `/` focuses the search box (the search page's own, where there is one), unless the reader is already typing somewhere. */
document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
  const target = event.target as HTMLElement | null;
  if (target && (target.isContentEditable || /^(input|textarea|select)$/i.test(target.tagName))) return;
  const box = document.querySelector<HTMLInputElement>('#search-q') ?? document.querySelector<HTMLInputElement>('#site-q');
  if (!box) return;
  event.preventDefault();
  box.focus();
  box.select();
});
