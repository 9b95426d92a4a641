import { EscoIssueSeverity, EscoReadIssue } from './esco.types';

export const DEFAULT_MAX_ISSUES_PER_SEVERITY = 500;

/**
 * Collects issues instead of throwing so an importer sees every problem at once and can reject the
 * package as a whole. Capped because a file in the wrong format would otherwise yield one issue per
 * row (123,855 for the relations file); the totals still count everything.
 */
export class EscoIssueCollector {
  readonly errors: EscoReadIssue[] = [];
  readonly warnings: EscoReadIssue[] = [];
  errorCount = 0;
  warningCount = 0;

  constructor(private readonly maxPerSeverity = DEFAULT_MAX_ISSUES_PER_SEVERITY) {}

  error(file: string, line: number | null, message: string, column?: string): void {
    this.add('error', file, line, message, column);
  }

  warning(file: string, line: number | null, message: string, column?: string): void {
    this.add('warning', file, line, message, column);
  }

  private add(
    severity: EscoIssueSeverity,
    file: string,
    line: number | null,
    message: string,
    column?: string,
  ) {
    const issue: EscoReadIssue =
      column === undefined
        ? { severity, file, line, message }
        : { severity, file, line, column, message };
    if (severity === 'error') {
      this.errorCount += 1;
      if (this.errors.length < this.maxPerSeverity) this.errors.push(issue);
    } else {
      this.warningCount += 1;
      if (this.warnings.length < this.maxPerSeverity) this.warnings.push(issue);
    }
  }
}

/** One line per issue, e.g. for a CLI: `occupations_nl.csv:17 [iscoGroup] error: ...`. */
export function formatEscoIssue(issue: EscoReadIssue): string {
  const where = issue.line === null ? issue.file : `${issue.file}:${issue.line}`;
  const column = issue.column ? ` [${issue.column}]` : '';
  return `${where}${column} ${issue.severity}: ${issue.message}`;
}
