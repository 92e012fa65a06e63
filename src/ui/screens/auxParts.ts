/**
 * Parts shared by the auxiliary screens (how to play, settings, glossary, evidence
 * library): the screen frame with its heading and Back button, and a status line.
 */
import { button, h } from '../dom';
import { t } from '../i18n';
import '../aux.css';

/**
 * Replaces `root`'s content with a screen: one h1 (focusable, and focused once the
 * screen is in the page, so keyboard and screen-reader users start at the top), a Back
 * button calling `back`, then `content`. Returns the section for callers that add to it.
 */
export function auxScreen(
  root: HTMLElement,
  options: { id: string; heading: string; back: () => void },
  ...content: (Node | null | false)[]
): HTMLElement {
  const headingId = `${options.id}-heading`;
  const heading = h('h1', { id: headingId, tabindex: -1 }, options.heading);
  const section = h(
    'section',
    { class: `panel aux-screen ${options.id}`, 'aria-labelledby': headingId },
    h(
      'div',
      { class: 'aux-header' },
      heading,
      button(t('aux.back'), options.back, { class: 'aux-back no-print' }),
    ),
    ...content,
  );
  root.replaceChildren(section);
  heading.focus();
  return section;
}

/** A polite status line for counts and confirmations. */
export function statusLine(className: string): HTMLElement {
  return h('p', { class: `aux-status ${className}`, role: 'status' });
}
