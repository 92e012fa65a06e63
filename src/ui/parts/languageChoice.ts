/**
 * The choice of language: one button per language the game speaks, each named in its own
 * language and marked with it (`lang`), so "English" is read as English on a Spanish
 * screen and "Español" as Spanish on an English one. The pressed button is the language
 * in use. A choice loads the language's words first, then takes effect, and the focus
 * stays on the chosen button when the screen is drawn again in the new language.
 * Used by the title, settings and a team's pass screen.
 */
import { h } from '../dom';
import { availableLanguages, loadLanguage } from '../i18n';

/** A language's own name for itself ("English", "Español"), or its tag if unknown. */
export function languageName(tag: string): string {
  try {
    const name = new Intl.DisplayNames([tag], { type: 'language' }).of(tag) ?? tag;
    return name.charAt(0).toLocaleUpperCase(tag) + name.slice(1);
  } catch {
    return tag;
  }
}

export type LanguageChoiceOptions = {
  /** Prefix of the ids of the group and its buttons (`${id}-es`). */
  id: string;
  /** What is chosen, shown before the buttons ("Language", "Our team's language"). */
  label: string;
  /** The tag of the language in use. */
  current: string;
  /** Keeps the choice (in the settings); the screen is then drawn again. */
  choose: (tag: string) => void;
};

export function languageChoice({ id, label, current, choose }: LanguageChoiceOptions): HTMLElement {
  const pick = (tag: string) => {
    if (tag === current) return;
    const done = () => {
      choose(tag);
      document.getElementById(`${id}-${tag}`)?.focus();
    };
    // A language that cannot load leaves the screen in English, but the choice is kept.
    loadLanguage(tag).then(done, (error: unknown) => {
      console.warn('The language could not load:', error);
      done();
    });
  };
  return h(
    'div',
    { class: 'language-choice', role: 'group', 'aria-labelledby': `${id}-label` },
    h('span', { id: `${id}-label`, class: 'language-choice-label' }, label),
    ...availableLanguages().map((tag) => {
      const button = h(
        'button',
        { type: 'button', id: `${id}-${tag}`, lang: tag, 'aria-pressed': String(tag === current) },
        languageName(tag),
      );
      button.addEventListener('click', () => pick(tag));
      return button;
    }),
  );
}
