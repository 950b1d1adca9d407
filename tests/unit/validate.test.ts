import { describe, expect, it } from 'vitest';
import { PipelineError } from '../../src/pipeline/messages.ts';
import type { PolicyModel } from '../../src/pipeline/model.ts';
import { validate } from '../../src/pipeline/validate.ts';
import { seedModel } from '../helpers/seeds.ts';

const broken = (change: (model: PolicyModel) => void): string[] => {
  const model = structuredClone(seedModel());
  change(model);
  try {
    validate(model);
    return [];
  } catch (error) {
    if (!(error instanceof PipelineError)) throw error;
    return error.messages.map((m) => `${m.ruleId}: ${m.reason}`);
  }
};

describe('validate', () => {
  it('passes the seeds’ model and gives back the same content', () => {
    const model = seedModel();
    const checked = validate(structuredClone(model));
    expect(checked.tasks).toEqual(model.tasks);
    expect(checked.documents).toEqual(model.documents);
  });

  it('names the path of a value that breaks the schema deep in a plan’s outline', () => {
    const reasons = broken((m) => {
      const node = m.documents[1].outline[3].children[1];
      (node as { text?: unknown }).text = 42;
    });
    expect(reasons).toHaveLength(1);
    expect(reasons[0]).toMatch(/^model-schema: the model breaks its schema at documents\.1\.outline\.3\.children\.1\.text: /);
  });

  it('finds a missing field and a number out of range in the tables of tasks and indicators', () => {
    const reasons = broken((m) => {
      delete (m.tasks[3] as { url?: string }).url;
      (m.indicators[0] as { line: number }).line = -1;
    });
    expect(reasons).toHaveLength(2);
    expect(reasons.some((r) => r.includes(' at tasks.3.url: '))).toBe(true);
    expect(reasons.some((r) => r.includes(' at indicators.0.line: '))).toBe(true);
  });
});
