/** Line and column of any offset in a text, found by binary search over line starts. */
import { countAtMost } from './sorted';

export type Position = { line: number; column: number };

export class LineIndex {
  /** Offset where each line starts; line n (1-based) starts at starts[n - 1]. */
  private readonly starts: number[] = [0];

  constructor(readonly text: string) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** 1-based line and column of `offset` (clamped to the text). */
  position(offset: number): Position {
    const at = Math.max(0, Math.min(offset, this.text.length));
    const line = countAtMost(this.starts, at);
    return { line, column: at - (this.starts[line - 1] as number) + 1 };
  }

  /** Offset where `line` (1-based) starts. */
  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line, this.starts.length) - 1)] as number;
  }

  /** The text of `line` (1-based), without its line break. */
  lineText(line: number): string {
    if (line < 1 || line > this.starts.length) return '';
    const start = this.starts[line - 1] as number;
    const next = this.starts[line];
    return this.text.slice(start, next === undefined ? this.text.length : next - 1);
  }
}
