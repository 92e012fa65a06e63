/**
 * Small helpers to build DOM safely. Text always goes in through `textContent`, never
 * `innerHTML`, so scenario text can never be interpreted as markup, and with its
 * direction controls contained, so they can never reorder the game's own words.
 */
import { balanceDirection, isolateDirection } from '../data/direction';

type Attributes = Record<string, string | number | boolean | undefined>;
type Child = Node | string | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    if (name === 'class') element.className = String(value);
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  append(element, ...children);
  return element;
}

/**
 * Text about to go into the page on its own: isolated when a direction control in it
 * is left open (or closes what it did not open), which would reach past its end into
 * whatever follows in the same paragraph; otherwise unchanged, so the game's own
 * sentences (balanced by `t()`) go in as they are.
 */
function containDirection(text: string): string {
  return balanceDirection(text) === text ? text : isolateDirection(text);
}

/** A run of characters longer than any line may be wide enough for (see `.long-words`). */
const LONG_WORD = /\S{41}/;

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (typeof child !== 'string') {
      parent.appendChild(child);
      continue;
    }
    if (parent instanceof Element && LONG_WORD.test(child)) parent.classList.add('long-words');
    parent.appendChild(document.createTextNode(containDirection(child)));
  }
}

export function button(
  label: string,
  onClick: () => void,
  attributes: Attributes = {},
): HTMLButtonElement {
  const element = h('button', { type: 'button', ...attributes }, label);
  element.addEventListener('click', onClick);
  return element;
}
