/**
 * Printing: every collapsed `<details>` prints open (and closes again after), and the print foot
 * says when the page was printed. Without JavaScript the foot still gives the address and status.
 */
const reopened: HTMLDetailsElement[] = [];

/** `2026年12月5日`, the reader's own day. */
function chineseToday(): string {
  const d = new Date();
  return `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日`;
}

function isoDay(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

addEventListener('beforeprint', () => {
  for (const details of document.querySelectorAll<HTMLDetailsElement>('details:not([open])')) {
    details.open = true;
    reopened.push(details);
  }
  const printed = document.querySelector<HTMLElement>('[data-printed]');
  const time = printed?.querySelector('time');
  if (!printed || !time) return;
  time.dateTime = isoDay();
  time.textContent = chineseToday();
  printed.hidden = false;
});

addEventListener('afterprint', () => {
  for (const details of reopened.splice(0)) details.open = false;
});
