/**
 * The parts of a file set aside so that the rest can still be checked: list items taken
 * out (after which later items move up one place) and fields dropped or replaced. Maps
 * a path in what is left back to the path in the file, and says whether a path touches
 * anything set aside, for a problem there may only be an echo of the part taken out.
 */
import type { PathSegment } from './problems';
import { countAtMost } from './sorted';

const keyOf = (path: readonly PathSegment[]): string => JSON.stringify(path);

export class SetAside {
  /** For each list (by its path in the file), the indices in the file of the items taken out. */
  private readonly removed = new Map<string, number[]>();
  /** Paths in the file of everything set aside, and every path leading to one. */
  private readonly parts = new Set<string>();
  private readonly holders = new Set<string>();

  get isEmpty(): boolean {
    return this.parts.size === 0;
  }

  /** The path in the file of `path`, a path in what is left. */
  toFile(path: readonly PathSegment[]): PathSegment[] {
    if (this.removed.size === 0) return [...path];
    const out: PathSegment[] = [];
    for (const seg of path) {
      const removed = typeof seg === 'number' ? this.removed.get(keyOf(out)) : undefined;
      if (removed === undefined || typeof seg !== 'number') {
        out.push(seg);
        continue;
      }
      // The smallest index in the file with `seg` items kept before it.
      let low = seg;
      let high = seg + removed.length;
      while (low < high) {
        const mid = (low + high) >> 1;
        if (mid - countAtMost(removed, mid) >= seg) high = mid;
        else low = mid + 1;
      }
      out.push(low);
    }
    return out;
  }

  /**
   * Takes items out of the list at `list`; `list` and `indices` are as in what is left
   * (all before any of these items is taken out).
   */
  removeItems(list: readonly PathSegment[], indices: readonly number[]): void {
    const files = indices.map((index) => this.toFile([...list, index]));
    if (files.length === 0) return;
    const key = keyOf((files[0] as PathSegment[]).slice(0, -1));
    const removed = this.removed.get(key) ?? [];
    for (const file of files) {
      removed.push(file[file.length - 1] as number);
      this.record(file);
    }
    this.removed.set(
      key,
      removed.sort((a, b) => a - b),
    );
  }

  /** Records that the field at `path` (in what is left) was dropped or replaced. */
  markField(path: readonly PathSegment[]): void {
    this.record(this.toFile(path));
  }

  private record(file: PathSegment[]): void {
    this.parts.add(keyOf(file));
    for (let i = 0; i < file.length; i++) this.holders.add(keyOf(file.slice(0, i)));
  }

  /** Whether `path` (in the file) lies inside something set aside, or holds one. */
  touches(path: readonly PathSegment[]): boolean {
    if (this.parts.size === 0) return false;
    if (this.holders.has(keyOf(path))) return true;
    for (let i = path.length; i >= 0; i--) {
      if (this.parts.has(keyOf(path.slice(0, i)))) return true;
    }
    return false;
  }
}

/**
 * Adds `text` to `words`, and the id it was probably meant as (`Pressure` and
 * `talks open` for `pressure` and `talks-open`), so that a misspelt id set aside does
 * not make every correct reference to it look unknown.
 */
export function addWord(text: string, words: Set<string>): void {
  words.add(text);
  const id = text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (id !== '') words.add(id);
}
