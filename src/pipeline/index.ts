/**
 * The pipeline: seed files → a validated policy model. The stages in order, and nothing else:
 * read → repair → parse → extract → validate.
 */
import { checkCatalog, type SeedFile } from './catalog.ts';
import { extract } from './extract/index.ts';
import { PipelineError } from './messages.ts';
import type { Message, PolicyModel } from './model.ts';
import { parse, type ParsedText } from './parse/index.ts';
import { read } from './read.ts';
import { repair } from './repair/index.ts';
import { validate } from './validate.ts';

export type { SeedFile };

/**
 * Runs every stage over the seeds. A file that cannot be processed at all throws a
 * PipelineError listing every such file; anything less is a warning in `messages`.
 * @example runPipeline(catalogJson, seedFiles).tasks.length // 85
 */
export function runPipeline(catalogJson: string, files: readonly SeedFile[], folder = 'seeds'): PolicyModel {
  return runPipelineWithText(catalogJson, files, folder).model;
}

/**
 * The model and, per document, its repaired body lines (web chrome set aside), for checks that
 * compare what the site shows with what the source says.
 */
export function runPipelineWithText(catalogJson: string, files: readonly SeedFile[], folder = 'seeds'): {
  model: PolicyModel;
  bodies: Map<string, { line: number; text: string }[]>;
} {
  const seeds = checkCatalog(catalogJson, [...files], folder);
  const parsed: ParsedText[] = [];
  const errors: Message[] = [];
  for (const seed of seeds) {
    try {
      parsed.push(parse(repair(read(seed))));
    } catch (error) {
      if (!(error instanceof PipelineError)) throw error;
      errors.push(...error.messages);
    }
  }
  if (errors.length > 0) throw new PipelineError(errors);
  const model = validate({
    ...extract(parsed),
    repairs: parsed.flatMap((p) => p.repairs),
    messages: parsed.flatMap((p) => p.log.messages),
  });
  const bodies = new Map(parsed.map((p) => [p.doc, p.lines.filter((l) => l.text.trim() !== '').map((l) => ({ line: l.number, text: l.text }))]));
  return { model, bodies };
}
