/**
 * Direction controls in scenario text (the Unicode embeddings, overrides and isolates,
 * U+202A–U+202E and U+2066–U+2069) are kept, but balanced: one left open would reach
 * past the end of its text into whatever the game writes after it ("if North ‮evil has
 * chosen the move" shows "evom eht nesohc sah"), and a closing one with nothing to close
 * could end an isolate the game put around the text.
 */

/** Embeddings and overrides (LRE, RLE, LRO, RLO), closed by PDF. */
const EMBEDDINGS = new Set(['\u202A', '\u202B', '\u202D', '\u202E']);
const POP_EMBEDDING = '\u202C';
/** Isolates (LRI, RLI, FSI), closed by PDI. */
const ISOLATES = new Set(['\u2066', '\u2067', '\u2068']);
const POP_ISOLATE = '\u2069';
const CONTROLS = /[\u202A-\u202E\u2066-\u2069]/;

/**
 * `text` with every direction control closed within it: a closing control with nothing
 * to close is dropped, and whatever is still open at the end is closed there. Text
 * without direction controls is returned as it is.
 */
export function balanceDirection(text: string): string {
  if (!CONTROLS.test(text)) return text;
  const open: string[] = [];
  let out = '';
  for (const c of text) {
    if (EMBEDDINGS.has(c) || ISOLATES.has(c)) open.push(c);
    else if (c === POP_EMBEDDING) {
      if (!EMBEDDINGS.has(open[open.length - 1] ?? '')) continue;
      open.pop();
    } else if (c === POP_ISOLATE) {
      // A PDI closes its isolate and every embedding opened inside it.
      let at = open.length - 1;
      while (at >= 0 && !ISOLATES.has(open[at] as string)) at--;
      if (at < 0) continue;
      open.length = at;
    }
    out += c;
  }
  for (const o of open.reverse()) out += ISOLATES.has(o) ? POP_ISOLATE : POP_EMBEDDING;
  return out;
}

/** Text whose direction may differ from a page's: direction controls or right-to-left letters. */
const DIRECTIONAL = /[\u202A-\u202E\u2066-\u2069\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC]/;

/**
 * Text as it stands among other words (a scenario's name in the game's message): text
 * with direction controls or right-to-left letters is balanced and put between FIRST
 * STRONG ISOLATE and POP DIRECTIONAL ISOLATE, so that it is laid out on its own and
 * cannot reorder the words around it. Any other text is returned as it is. The added
 * characters are invisible and read by no screen reader.
 */
export function isolateDirection(text: string): string {
  if (!DIRECTIONAL.test(text)) return text;
  return `\u2068${balanceDirection(text)}\u2069`;
}
