/**
 * Problems found in the sources, in the spirit of vfile's `file.message(reason, {place, ruleId})`:
 * each names the file, line and column, a rule, what happened and what to do.
 * Only an `error` stops a build; warnings are printed and the text is still shown.
 */
import type { Message } from './model.ts';

export type { Message };

/** A file that cannot be processed at all. */
export class PipelineError extends Error {
  readonly messages: Message[];
  constructor(messages: Message[]) {
    super(messages.map(formatMessage).join('\n'));
    this.name = 'PipelineError';
    this.messages = messages;
  }
}

/**
 * One line per message, the way compilers print them.
 * @example formatMessage(m) // 'seeds/bozhou-draft.txt:8:54 warning [missing-value] …'
 */
export function formatMessage(message: Message): string {
  const place = message.line > 0 ? `${message.file}:${message.line}:${message.column}` : message.file;
  const fix = message.fix ? ` ${message.fix}` : '';
  return `${place} ${message.severity} [${message.ruleId}] ${message.reason}${fix}`;
}

/** Collects the messages of one document as the stages run. */
export class MessageLog {
  readonly file: string;
  readonly messages: Message[] = [];

  constructor(file: string) {
    this.file = file;
  }

  add(severity: Message['severity'], ruleId: string, line: number, column: number, reason: string, fix?: string): void {
    this.messages.push({ file: this.file, line, column, ruleId, severity, reason, ...(fix ? { fix } : {}) });
  }

  warn(ruleId: string, line: number, column: number, reason: string, fix?: string): void {
    this.add('warning', ruleId, line, column, reason, fix);
  }

  info(ruleId: string, line: number, column: number, reason: string): void {
    this.add('info', ruleId, line, column, reason);
  }

  /** Stop processing this file. */
  fail(ruleId: string, line: number, column: number, reason: string, fix: string): never {
    this.add('error', ruleId, line, column, reason, fix);
    throw new PipelineError(this.messages.filter((m) => m.severity === 'error'));
  }
}
