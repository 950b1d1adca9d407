/**
 * Filters for the task table: by city, plan, department, role and due year, and a sort by due
 * date. The table is complete without JavaScript; this only hides and orders rows, and keeps the
 * choice in the address so it can be shared.
 */
const form = document.querySelector<HTMLFormElement>('#task-filters');
const rows = [...document.querySelectorAll<HTMLTableRowElement>('#task-table tbody tr')];
const body = document.querySelector<HTMLTableSectionElement>('#task-table tbody');
const NAMES = ['city', 'plan', 'dept', 'role', 'due', 'sort'];
/** Dated deadlines first, earliest first; then recurring, ongoing, and none; plan order within. */
const dueKey = (row: HTMLTableRowElement) => {
  const due = row.dataset.due ?? 'none';
  return /^\d{4}-/.test(due) ? due : ({ recurring: '9997', ongoing: '9998', text: '9998', none: '9999' } as Record<string, string>)[due] ?? '9999';
};
const count = document.querySelector<HTMLElement>('#task-count');

function apply(): void {
  if (!form) return;
  const data = new FormData(form);
  const city = String(data.get('city') ?? '');
  const plan = String(data.get('plan') ?? '');
  const dept = String(data.get('dept') ?? '');
  const role = String(data.get('role') ?? '');
  const due = String(data.get('due') ?? '');
  const sort = String(data.get('sort') ?? '');
  let shown = 0;
  for (const row of rows) {
    const owners = (row.dataset.owners ?? '').split(' ').filter(Boolean).map((pair) => pair.split(':'));
    const visible = (!city || row.dataset.city === city) && (!plan || row.dataset.plan === plan)
      && (!dept && !role ? true : owners.some(([d, r]) => (!dept || d === dept) && (!role || r === role)))
      && (!due || (/^\d{4}$/.test(due) ? (row.dataset.due ?? '').startsWith(`${due}-`) : row.dataset.due === due));
    row.hidden = !visible;
    if (visible) shown++;
  }
  if (count) count.textContent = `显示 ${shown} / ${rows.length} 项`;
  const ordered = sort === 'due' ? [...rows].sort((a, b) => dueKey(a).localeCompare(dueKey(b))) : rows;
  body?.append(...ordered);
  const params = new URLSearchParams();
  for (const name of NAMES) {
    const value = String(data.get(name) ?? '');
    if (value) params.set(name, value);
  }
  const query = params.toString();
  history.replaceState(null, '', query ? `?${query}` : location.pathname);
}

if (form) {
  const params = new URLSearchParams(location.search);
  for (const name of NAMES) {
    const select = form.elements.namedItem(name) as HTMLSelectElement | null;
    const value = params.get(name);
    if (select && value && [...select.options].some((o) => o.value === value)) select.value = value;
  }
  form.hidden = false;
  form.addEventListener('change', apply);
  form.addEventListener('reset', () => setTimeout(apply));
  apply();
}
