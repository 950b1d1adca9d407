/**
 * Filters for the task table: by city, plan, department (chosen, or by any of its names typed in
 * full or abbreviated: 昆明市市场监督管理局 finds 市市场监管局), role and due year, and a sort by due
 * date. The table is complete without JavaScript; this only hides and orders rows, and keeps the
 * choice in the address so it can be shared.
 */
const form = document.querySelector<HTMLFormElement>('#task-filters');
const rows = [...document.querySelectorAll<HTMLTableRowElement>('#task-table tbody tr')];
const body = document.querySelector<HTMLTableSectionElement>('#task-table tbody');
const NAMES = ['city', 'plan', 'dept', 'unit', 'role', 'due', 'sort'];
/** Each unit's names (as written, in full, official), from its option in the 单位 list. */
const unitNames = [...document.querySelectorAll<HTMLOptionElement>('#task-filters select[name="dept"] option[data-names]')]
  .map((option) => ({ id: option.value, names: (option.dataset.names ?? '').split('|').map(foldName) }));

/** A name as typed or written, without spaces and with half-width brackets: `市场监管局（知识产权局）` → `市场监管局(知识产权局)`. */
function foldName(name: string): string {
  return name.replace(/\s+/g, '').replace(/[（〈]/g, '(').replace(/[）〉]/g, ')');
}

/** The units one of whose names holds the typed text, or undefined when nothing is typed. */
function unitsNamed(typed: string): Set<string> | undefined {
  const query = foldName(typed);
  if (!query) return undefined;
  return new Set(unitNames.filter((u) => u.names.some((n) => n.includes(query))).map((u) => u.id));
}

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
  const named = unitsNamed(String(data.get('unit') ?? ''));
  const role = String(data.get('role') ?? '');
  const due = String(data.get('due') ?? '');
  const sort = String(data.get('sort') ?? '');
  let shown = 0;
  for (const row of rows) {
    const owners = (row.dataset.owners ?? '').split(' ').filter(Boolean).map((pair) => pair.split(':'));
    const visible = (!city || row.dataset.city === city) && (!plan || row.dataset.plan === plan)
      && (!dept && !role && !named ? true : owners.some(([d, r]) => (!dept || d === dept) && (!named || named.has(d)) && (!role || r === role)))
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
    const field = form.elements.namedItem(name) as HTMLSelectElement | HTMLInputElement | null;
    const value = params.get(name);
    if (!field || !value) continue;
    if (field instanceof HTMLInputElement) field.value = value;
    else if ([...field.options].some((o) => o.value === value)) field.value = value;
    // `?dept=昆明市市场监督管理局`: a name where an id was expected is looked up as a name.
    else if (name === 'dept' && !params.has('unit')) {
      const unit = form.elements.namedItem('unit');
      if (unit instanceof HTMLInputElement) unit.value = value;
    }
  }
  form.hidden = false;
  form.addEventListener('change', apply);
  form.addEventListener('input', apply);
  form.addEventListener('reset', () => setTimeout(apply));
  apply();
}
