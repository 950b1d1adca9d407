/**
 * Stage 5, validate: the model against its zod schema, then the links inside it. A schema
 * failure is a fault of the build itself and stops it; a questionable source (a missing
 * figure, a plan with no tasks) is a warning, and the text is still shown.
 */
import { type Message, type PolicyModel, policyModelSchema } from './model.ts';
import { PipelineError } from './messages.ts';

/**
 * The model, checked; warnings are added to its messages.
 * @example validate(model).messages.filter((m) => m.ruleId === 'missing-value').length // 1 for the seeds
 */
export function validate(model: PolicyModel): PolicyModel {
  const parsed = policyModelSchema.safeParse(model);
  if (!parsed.success) {
    throw new PipelineError(parsed.error.issues.slice(0, 20).map((issue) => ({
      file: 'src/pipeline', line: 0, column: 0, ruleId: 'model-schema', severity: 'error' as const,
      reason: `the model breaks its schema at ${issue.path.join('.')}: ${issue.message}.`,
      fix: 'This is a fault in the pipeline, not in the seeds: fix the stage that produced the value.',
    })));
  }
  const messages: Message[] = [...model.messages];
  const fileOf = new Map(model.documents.map((d) => [d.slug, d.provenance.file]));
  const departments = new Set(model.departments.map((d) => d.id));
  const fail: Message[] = [];
  const unique = (what: string, ids: string[]) => {
    const seen = new Set<string>();
    for (const id of ids) {
      if (seen.has(id)) fail.push({ file: 'src/pipeline', line: 0, column: 0, ruleId: 'duplicate-id', severity: 'error', reason: `${what} id "${id}" is used twice.`, fix: 'Ids must be unique: they are published URLs.' });
      seen.add(id);
    }
  };
  unique('task', model.tasks.map((t) => t.id));
  unique('indicator', model.indicators.map((i) => i.id));
  unique('department', model.departments.map((d) => d.id));
  for (const task of model.tasks) {
    for (const owner of task.owners) {
      if (!departments.has(owner.department)) {
        fail.push({ file: fileOf.get(task.doc) ?? task.doc, line: task.line, column: 1, ruleId: 'unknown-department', severity: 'error',
          reason: `task ${task.id} names department "${owner.department}", which the registry does not hold.`, fix: 'This is a fault in the department registry.' });
      }
    }
  }
  if (fail.length > 0) throw new PipelineError(fail);

  for (const doc of model.documents) {
    const said = messages.some((m) => m.file === doc.provenance.file && m.ruleId === 'no-tasks');
    if (!said && !model.tasks.some((t) => t.doc === doc.slug)) {
      messages.push({ file: doc.provenance.file, line: 1, column: 1, ruleId: 'no-tasks', severity: 'warning',
        reason: 'no numbered tasks were found (a section such as 重点任务 with items (一) or points 1.).',
        fix: 'The text is shown as it is; check the numbering of its task section.' });
    }
  }
  for (const indicator of model.indicators) {
    const file = fileOf.get(indicator.doc) ?? indicator.doc;
    if (indicator.flags.includes('missing-value')) {
      messages.push({ file, line: indicator.line, column: 1, ruleId: 'missing-value', severity: 'warning',
        reason: `the target "${indicator.name}" has no value in the source ("${indicator.quote}"); it is shown as written and flagged.`,
        fix: 'Do not guess: ask the issuing office for the figure.' });
    }
    if (indicator.flags.includes('uncertain-value')) {
      messages.push({ file, line: indicator.line, column: 1, ruleId: 'uncertain-value', severity: 'warning',
        reason: `the target "${indicator.name}" is written "${indicator.value}" in the source; it is shown as written and flagged.`,
        fix: 'Do not guess: ask the issuing office for the figure.' });
    }
    if (indicator.flags.includes('missing-attribute')) {
      messages.push({ file, line: indicator.line, column: 1, ruleId: 'missing-attribute', severity: 'warning',
        reason: `the table row "${indicator.name}" has an empty 属性 (预期性/约束性) cell; it is shown empty and flagged.` });
    }
  }
  return { ...parsed.data, messages };
}
