/**
 * `/` focuses the page's own search box (the search page's, the home page's), else the header's,
 * unless the reader is already typing somewhere. The header box names the key only where there is
 * a keyboard to press it: not on a touch screen.
 */
const pageBox = () => document.querySelector<HTMLInputElement>('main input[type="search"]') ?? document.querySelector<HTMLInputElement>('#site-q');

const headerBox = document.querySelector<HTMLInputElement>('#site-q');
if (headerBox && matchMedia('(hover: hover) and (pointer: fine)').matches) headerBox.placeholder = '搜索（按 / 键）';

document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
  const target = event.target as HTMLElement | null;
  if (target && (target.isContentEditable || /^(input|textarea|select)$/i.test(target.tagName))) return;
  const box = pageBox();
  if (!box) return;
  event.preventDefault();
  box.focus();
  box.select();
});
