/**
 * Copy buttons on task pages: the link to the task, and its citations. The citation text, with
 * the task's public address, is in the page already (for readers without JavaScript); this fills
 * in today's date as the access date, then copies it.
 */
function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

for (const element of document.querySelectorAll<HTMLElement>('[data-access-date]')) {
  element.textContent = today();
}

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
  button.hidden = false;
  button.addEventListener('click', async () => {
    const source = document.getElementById(button.dataset.copy!);
    const text = source?.textContent?.trim() ?? '';
    const status = document.getElementById('copy-status');
    const done = await copy(text);
    if (status) status.textContent = done ? `已复制：${text}` : '浏览器不允许复制，请手动选择文字复制。';
  });
}
