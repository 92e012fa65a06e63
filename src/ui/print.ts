/**
 * Getting a screen ready for paper. Collapsed parts are opened for printing: all of them
 * for the full record, or only those marked `.in-summary` for a summary, whose other
 * parts the print style sheet then leaves out (`html[data-print="summary"]`). The
 * debrief prints a summary by default, from its button or the browser's menu.
 */
export type PrintMode = 'summary' | 'full';

/** Opens the parts `mode` prints and marks the page; returns what puts it back. */
export function preparePrint(root: HTMLElement, mode: PrintMode): () => void {
  const html = document.documentElement;
  const details = Array.from(root.querySelectorAll('details'));
  const open = details.map((d) => d.open);
  html.dataset.print = mode;
  for (const d of details) {
    if (mode === 'full' || d.classList.contains('in-summary')) d.open = true;
  }
  return () => {
    delete html.dataset.print;
    details.forEach((d, i) => (d.open = open[i] ?? d.open));
  };
}

/** The mode a print from the browser's own menu takes on the screen shown. */
export function defaultPrintMode(root: HTMLElement): PrintMode {
  return root.querySelector('.screen-debrief') ? 'summary' : 'full';
}

/** Prints the screen in `mode`, and puts it back once printed. */
export function printAs(root: HTMLElement, mode: PrintMode): void {
  const restore = preparePrint(root, mode);
  window.addEventListener('afterprint', restore, { once: true });
  window.print();
}
