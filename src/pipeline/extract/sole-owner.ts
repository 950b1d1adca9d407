/**
 * 按职责分工负责 shares a task among the units it names, each answerable for its own part. A unit
 * a task names alone under it shares with no one: it answers for the whole task, as a 责任单位
 * does, so it is read as `responsible` (Kunming's 二、（七）, `（市市场监管局按职责分工负责。）`).
 * A collective named alone (`各成员单位`, `市直有关单位`) is many units, and a list closed with 等
 * names only some of them: both stay shared.
 */
import type { Owner } from '../model.ts';

/** A name that stands for several units: 各县区政府, 有关部门, 市直各单位, 联席会议各成员单位. */
const MANY_UNITS = /^(各|有关|有關|相关|相關|市直|區直|区直|县直|縣直)|成员单位|成員單位|各(部门|部門|单位|單位)/;

/**
 * The owners of one task with a unit named alone under 按职责分工负责 read as responsible.
 * @example answerableAlone([{ name: '市市场监管局', role: 'co', … }], false)[0].role // 'responsible'
 * @example answerableAlone([{ name: '各成员单位', role: 'co', … }], false)[0].role // 'co'
 */
export function answerableAlone(owners: readonly Owner[], open: boolean): Owner[] {
  const units = new Set(owners.map((o) => o.department));
  const [only] = owners;
  if (open || units.size !== 1 || !only || MANY_UNITS.test(only.name)) return [...owners];
  return owners.map((o) => (o.role === 'co' ? { ...o, role: 'responsible' as const } : o));
}
