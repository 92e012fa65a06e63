/**
 * The parts of a scenario file as its lines lay them out, which a file with syntax
 * errors still shows: sections (`options:` at the start of a line), the items of a
 * section that is a list (`  - id: strike` and the lines under it), and the fields of a
 * section that is a mapping (`  title: …` under `meta:`). Worked out once for the whole
 * text, so that finding the part around any line takes no more than a binary search.
 */
import type { LineIndex } from './lines';
import type { PathSegment } from './problems';
import { countAtMost } from './sorted';

/** A part of the file: its path and its first and last lines (1-based, inclusive). */
export type Part = { path: PathSegment[]; first: number; last: number };

type Section = {
  name: string;
  header: number;
  last: number;
  /** First lines of its items or fields, in order; empty when it has neither. */
  starts: number[];
  /** Field names, for a mapping section (parallel to `starts`). */
  fields?: string[];
};

function isContent(text: string): boolean {
  const trimmed = text.trimStart();
  return trimmed !== '' && !trimmed.startsWith('#');
}

function indentOf(text: string): number {
  return text.length - text.trimStart().length;
}

const isItem = (text: string) => /^\s*-(\s|$)/.test(text);

/** `name` from a line `name: …` (quoted names unquoted), if it starts a field. */
function fieldName(text: string): string | undefined {
  const match = /^\s*(?:"([^"\\]*)"|'([^']*)'|([^\s#'"[\]{},&*!|>%@`-][^:#]*?))\s*:(?:\s|$)/.exec(
    text,
  );
  return match ? (match[1] ?? match[2] ?? match[3]) : undefined;
}

/** Whether a section line `name: …` has its value on the same line (a flow list, say). */
function valueOnSameLine(text: string): boolean {
  const after = text
    .slice(text.indexOf(':') + 1)
    .replace(/\s+#.*$/, '')
    .trim();
  return after !== '' && !/^(?:[|>][-+0-9]*|&\S+)$/.test(after);
}

export class FileLayout {
  private readonly sections = new Map<number, Section>();
  /** Header line of each section, in order, for the binary search. */
  private readonly headers: number[] = [];

  constructor(private readonly lines: LineIndex) {
    let current: { header: number; name: string | undefined; body: number[] } | undefined;
    const close = (last: number) => {
      if (current?.name !== undefined)
        this.addSection(current.name, current.header, last, current.body);
    };
    for (let l = 1; l <= lines.lineCount; l++) {
      const text = lines.lineText(l);
      if (!isContent(text)) continue;
      if (indentOf(text) === 0 && !isItem(text)) {
        close(l - 1);
        current = { header: l, name: fieldName(text), body: [] };
        this.headers.push(l);
      } else current?.body.push(l);
    }
    close(lines.lineCount);
  }

  private addSection(name: string, header: number, last: number, body: number[]): void {
    const section: Section = { name, header, last, starts: [] };
    const first = body[0];
    if (first !== undefined && !valueOnSameLine(this.lines.lineText(header))) {
      const list = isItem(this.lines.lineText(first));
      const column = indentOf(this.lines.lineText(first));
      const fields: string[] = [];
      for (const l of body) {
        const text = this.lines.lineText(l);
        if (indentOf(text) !== column) continue;
        if (list && isItem(text)) section.starts.push(l);
        const field = list ? undefined : fieldName(text);
        if (field !== undefined) {
          section.starts.push(l);
          fields.push(field);
        }
      }
      if (!list) section.fields = fields;
    }
    this.sections.set(header, section);
  }

  /**
   * The part that holds `line`: the item or field of its section that it lies in, or
   * the whole section (for its first line, or a line before its first item). Undefined
   * for a line outside any section, or in a section whose first line names no field.
   */
  partAround(line: number): Part | undefined {
    const header = this.headers[countAtMost(this.headers, line) - 1];
    const section = header === undefined ? undefined : this.sections.get(header);
    if (section === undefined || line > section.last) return undefined;
    const whole: Part = { path: [section.name], first: section.header, last: section.last };
    const index = countAtMost(section.starts, line) - 1;
    if (line === section.header || index < 0) return whole;
    const first = section.starts[index] as number;
    const next = section.starts[index + 1];
    const last = next === undefined ? section.last : next - 1;
    const key: PathSegment = section.fields ? (section.fields[index] as string) : index;
    return { path: [section.name, key], first, last };
  }
}
