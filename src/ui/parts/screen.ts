/**
 * A screen's frame without the game around it: the h1 and its sections. Apart from
 * `frame.ts` so that the screens of the first load (the save problem) need none of the
 * game's bar.
 */
import { h } from '../dom';

export type Child = Node | null | false | undefined;

/**
 * Replaces `root`'s content with a screen: optional game bar, the h1, then content. The
 * heading is returned so the caller can focus it.
 */
export function screen(
  root: HTMLElement,
  options: { id: string; heading: string; bar?: HTMLElement | null; lead?: Child },
  ...content: Child[]
): HTMLElement {
  const headingId = `${options.id}-heading`;
  const heading = h('h1', { id: headingId, tabindex: -1 }, options.heading);
  root.replaceChildren(
    ...(options.bar ? [options.bar] : []),
    h(
      'section',
      { class: `panel screen screen-${options.id}`, 'aria-labelledby': headingId },
      heading,
      options.lead ?? null,
      ...content.filter((c): c is Node => !!c),
    ),
  );
  return heading;
}

/** A section with an h2, for the parts of a screen. */
export function part(id: string, heading: string, ...content: Child[]): HTMLElement {
  return h(
    'section',
    { class: `part part-${id}`, 'aria-labelledby': `${id}-heading` },
    h('h2', { id: `${id}-heading` }, heading),
    ...content.filter((c): c is Node => !!c),
  );
}
