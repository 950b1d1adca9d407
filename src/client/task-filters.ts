/**
 * Filters for the task table: by city, plan, department and role. The table is complete without
 * JavaScript; this only hides rows, and keeps the choice in the address so it can be shared.
 */
const form = document.querySelector<HTMLFormElement>('#task-filters');
const rows = [...document.querySelectorAll<HTMLTableRowElement>('#task-table tbody tr')];
const count = document.querySelector<HTMLElement>('#task-count');

function apply(): void {
  if (!form) return;
  const data = new FormData(form);
  const city = String(data.get('city') ?? '');
  const plan = String(data.get('plan') ?? '');
  const dept = String(data.get('dept') ?? '');
  const role = String(data.get('role') ?? '');
  let shown = 0;
  for (const row of rows) {
    const owners = (row.dataset.owners ?? '').split(' ').filter(Boolean).map((pair) => pair.split(':'));
    const visible = (!city || row.dataset.city === city) && (!plan || row.dataset.plan === plan)
      && (!dept && !role ? true : owners.some(([d, r]) => (!dept || d === dept) && (!role || r === role)));
    row.hidden = !visible;
    if (visible) shown++;
  }
  if (count) count.textContent = `显示 ${shown} / ${rows.length} 项`;
  const params = new URLSearchParams();
  if (city) params.set('city', city);
  if (plan) params.set('plan', plan);
  if (dept) params.set('dept', dept);
  if (role) params.set('role', role);
  const query = params.toString();
  history.replaceState(null, '', query ? `?${query}` : location.pathname);
}

if (form) {
  const params = new URLSearchParams(location.search);
  for (const name of ['city', 'plan', 'dept', 'role']) {
    const select = form.elements.namedItem(name) as HTMLSelectElement | null;
    const value = params.get(name);
    if (select && value && [...select.options].some((o) => o.value === value)) select.value = value;
  }
  form.hidden = false;
  form.addEventListener('change', apply);
  form.addEventListener('reset', () => setTimeout(apply));
  apply();
}
