/**
 * The game in Spanish: a first visit from a Spanish browser opens in Spanish and the
 * choice of language is remembered; every screen of a whole game (solo as each
 * government, and two teams), the auxiliary screens too, shows no English outside
 * elements marked `lang="en"` (verbatim quotations and their sources), is axe-clean, and
 * has `<html lang="es">`; two teams can play in two languages; the table downloads with
 * Spanish headings.
 *
 * English is found by a list of common English words that are not Spanish words. The
 * scenario's own text is English until its Spanish translation
 * (scenarios/<id>/scenario.es.yaml) exists: until then, and only then, the exact strings
 * of the English scenario file (and its ids read aloud) are marked as scenario text and
 * left out of the check, as whole words (the count is printed); every word of the
 * interface is checked either way.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { Page } from 'playwright-core';
import { es } from '../../src/words/es';
import { humanizeId } from '../../src/words/format';
import {
  assert,
  checkAccessibility,
  checkPage,
  openPage,
  type BrowserTest,
  type TrackedPage,
} from './harness';
import { nextScreen, SCENARIO_FILE, shippedScenario } from './play';

const SPANISH_SCENARIO = SCENARIO_FILE.replace(/\.yaml$/, '.es.yaml');

/** Common English words that are not Spanish words: one on screen is English left over. */
export const ENGLISH_WORDS = [
  'the', 'and', 'of', 'to', 'in', 'is', 'are', 'was', 'were', 'been', 'have', 'had',
  'will', 'would', 'with', 'this', 'that', 'these', 'those', 'you', 'your', 'our', 'their',
  'it', 'its', 'for', 'from', 'by', 'on', 'at', 'an', 'or', 'not', 'what', 'which', 'who',
  'how', 'when', 'where', 'why', 'there', 'here', 'month', 'months', 'choose', 'chose',
  'move', 'moves', 'game', 'play', 'back', 'start', 'next', 'answer', 'answers',
  'answered', 'team', 'turn', 'show', 'see', 'more', 'less', 'each', 'every', 'all',
  'none', 'only', 'about', 'after', 'before', 'because', 'happened', 'changed', 'yes',
  'new', 'resume', 'settings', 'loading', 'page', 'save', 'saved', 'score', 'outcome',
]; // prettier-ignore

/** Every string of the English scenario, longest first: its text, until it is translated. */
function scenarioStrings(): string[] {
  if (existsSync(SPANISH_SCENARIO)) return [];
  const strings = new Set<string>();
  const walk = (value: unknown) => {
    if (typeof value === 'string') {
      if (value.trim().length >= 3) strings.add(value.trim());
      // An id the screens read aloud (a tag of the scenario's own: "show of force").
      if (/^[a-z0-9]+(-[a-z0-9]+)+$/.test(value)) strings.add(humanizeId(value));
    } else if (Array.isArray(value)) value.forEach(walk);
    else if (typeof value === 'object' && value !== null) Object.values(value).forEach(walk);
  };
  walk(shippedScenario());
  return [...strings].sort((a, b) => b.length - a.length);
}

type Finding = { word: string; context: string };

/**
 * The English words on the page outside `lang="en"`: in every visible text and every
 * aria-label (collapsed parts opened first), after the marked scenario strings are taken
 * out. Also how many scenario strings were taken out.
 */
async function englishOnPage(
  page: Page,
  marked: string[],
): Promise<{ findings: Finding[]; skipped: number }> {
  return page.evaluate(
    ({ words, marked }) => {
      // No named functions in here: the test runner's transform would wrap them in a
      // helper the page does not have.
      for (const details of document.querySelectorAll('details')) details.open = true;
      const english = new Set(words);
      const pieces: [string, Element][] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (!parent || parent.closest('script, style, noscript, template')) continue;
        if (!parent.checkVisibility()) continue;
        pieces.push([node.textContent ?? '', parent]);
      }
      for (const element of document.querySelectorAll('[aria-label]')) {
        pieces.push([element.getAttribute('aria-label') ?? '', element]);
      }
      const findings: { word: string; context: string }[] = [];
      let skipped = 0;
      for (const [text, element] of pieces) {
        const lang = element.closest('[lang]')?.getAttribute('lang') ?? '';
        if (lang.toLowerCase().startsWith('en')) continue;
        let rest = text;
        for (const s of marked) {
          if (!rest.includes(s)) continue;
          // Only whole words: a scenario string inside a Spanish word is not that string.
          const escaped = s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
          const whole = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'gu');
          rest = rest.replace(whole, () => {
            skipped += 1;
            return ' ';
          });
        }
        for (const word of rest.split(/[^\p{L}\p{N}]+/u)) {
          if (english.has(word.toLowerCase())) {
            findings.push({ word, context: text.trim().slice(0, 120) });
          }
        }
      }
      return { findings, skipped };
    },
    { words: ENGLISH_WORDS, marked },
  );
}

/** Checks one screen: Spanish outside `lang="en"`, `<html lang="es">`, and (once per kind) axe. */
function screenChecker(page: Page, label: string) {
  const marked = scenarioStrings();
  const axed = new Set<string>();
  let skipped = 0;
  let screens = 0;
  return {
    async check(kind: string) {
      // The stage's labels are drawn at the next frame: read the screen as it is seen.
      await page.evaluate(
        () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
      );
      const lang = await page.evaluate(() => document.documentElement.lang);
      assert(lang === 'es', `${label}, ${kind}: <html lang> is "${lang}", not "es"`);
      // axe first, on the screen as it opens (the English check opens every collapsed part).
      if (!axed.has(kind)) {
        axed.add(kind);
        await checkAccessibility(page, `${kind} (${label})`);
      }
      const found = await englishOnPage(page, marked);
      skipped += found.skipped;
      screens += 1;
      assert(
        found.findings.length === 0,
        `${label}, ${kind}: English on screen:\n  ${found.findings
          .slice(0, 12)
          .map((f) => `"${f.word}" in "${f.context}"`)
          .join('\n  ')}`,
      );
    },
    summary() {
      return marked.length > 0
        ? `${label}: ${screens} screens in Spanish; ${skipped} pieces of English scenario text marked as awaiting ${SPANISH_SCENARIO}`
        : `${label}: ${screens} screens in Spanish, scenario text included`;
    },
  };
}

/** Opens the game with only `settings` in storage (none: a first visit). */
async function openWith(
  page: Page,
  baseUrl: string,
  settings: Record<string, unknown> | undefined,
): Promise<void> {
  await page.goto(baseUrl, { waitUntil: 'load' });
  await page.evaluate((stored) => {
    localStorage.clear();
    if (stored) localStorage.setItem('bilateral.settings.v1', JSON.stringify(stored));
  }, settings);
  await page.reload({ waitUntil: 'load' });
  await page.locator('#title-heading').waitFor();
}

/** The Spanish text of the shipped scenario at `key` (its translation file), if any. */
function translatedText(key: string): string | undefined {
  if (!existsSync(SPANISH_SCENARIO)) return undefined;
  const file = parse(readFileSync(SPANISH_SCENARIO, 'utf8')) as {
    entries?: Record<string, { es?: string }>;
  };
  return file.entries?.[key]?.es;
}

async function h1(page: Page): Promise<string> {
  return ((await page.locator('h1').textContent()) ?? '').trim();
}

/** Which screen is up, by its heading's id (the same in every language). */
async function screenId(page: Page): Promise<string> {
  const id = await page.locator('h1').getAttribute('id');
  return (id ?? '').replace(/-heading$/, '');
}

/** Opens each auxiliary screen from the current screen's menu and checks it, coming back. */
async function visitAux(
  page: Page,
  checker: ReturnType<typeof screenChecker>,
  names: string[],
): Promise<void> {
  for (const name of names) {
    const before = await h1(page);
    await page.getByRole('button', { name, exact: true }).click();
    await nextScreen(page, before);
    await checker.check(await screenId(page));
    const aux = await h1(page);
    await page.getByRole('button', { name: es['aux.back'] as string, exact: true }).click();
    await nextScreen(page, aux);
  }
}

/** Title → scenarios → setup → briefing, in Spanish, checking each screen. */
async function startInSpanish(
  page: Page,
  checker: ReturnType<typeof screenChecker>,
  side: 'us' | 'mx' | 'teams',
): Promise<void> {
  const scenario = shippedScenario();
  await checker.check('title');
  await visitAux(page, checker, [
    es['title.howToPlay'] as string,
    es['title.evidence'] as string,
    es['title.glossary'] as string,
    es['title.settings'] as string,
  ]);
  await page.getByRole('button', { name: es['title.newGame'] as string }).click();
  await page.locator('#scenarios-heading').waitFor();
  await checker.check('scenarios');
  await page
    .locator('.screen-scenarios button.primary, .screen-scenarios li button')
    .first()
    .click();
  await page.locator('#setup-heading').waitFor();
  await checker.check('setup');
  await page.locator(side === 'teams' ? '#side-teams' : `#side-solo-${side}`).check();
  await page.locator('#seed').fill('2025');
  await page.locator('.screen-setup button[type="submit"]').click();
  await page.locator('#briefing-heading').waitFor();
  assert(scenario.roles.length === 2, 'the shipped scenario has two governments');
}

/**
 * Plays from the briefing to the debrief by the screens' primary buttons, checking every
 * screen (by `visit`, the checker's check unless given). Returns the kinds of screen seen.
 */
async function playToDebrief(
  page: Page,
  checker: ReturnType<typeof screenChecker>,
  visit: (kind: string) => Promise<void> = (kind) => checker.check(kind),
): Promise<Set<string>> {
  const seen = new Set<string>();
  let visitedInGame = false;
  for (let guard = 0; guard < 150; guard++) {
    const kind = await screenId(page);
    seen.add(kind);
    if (kind === 'debrief') break;
    await visit(kind);
    if (kind === 'report' && !visitedInGame) {
      // Once in the game, the menu's auxiliary screens in Spanish too.
      visitedInGame = true;
      await visitAux(page, checker, [es['bar.glossary'] as string, es['bar.settings'] as string]);
    }
    const before = await h1(page);
    if (kind === 'decide') {
      const open = page.locator('input[name="option"]:not(:disabled)');
      if ((await open.count()) > 0) await open.first().check();
      await page.locator('.screen-decide button[type="submit"]').click();
    } else if (kind === 'respond') {
      for (const fieldset of await page.locator('fieldset.answers').all()) {
        await fieldset.locator('input[type="radio"]:not(:disabled)').first().check();
      }
      await page.locator('.screen-respond button[type="submit"]').click();
    } else {
      await page.locator('section.screen button.primary').first().click();
    }
    await nextScreen(page, before);
  }
  assert(seen.has('debrief'), `the game reached the debrief (saw ${[...seen].join(', ')})`);
  await checker.check('debrief');
  return seen;
}

async function downloadCsv(page: Page): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: es['debrief.exportCsv'] as string }).click(),
  ]);
  return readFileSync(await download.path(), 'utf8');
}

function done(tracked: TrackedPage, summary: string): void {
  checkPage(tracked);
  console.log(`    ${summary}`);
}

export const tests: BrowserTest[] = [
  {
    name: 'a first visit from a Spanish browser opens in Spanish, and the language chosen is kept',
    async run({ browser, baseUrl }) {
      const tracked = await openPage(browser, baseUrl);
      const { page } = tracked;
      // A browser set to Spanish (Mexico), as its Accept-Language and navigator.languages.
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.setUserAgentOverride', {
        userAgent: await page.evaluate(() => navigator.userAgent),
        acceptLanguage: 'es-MX,es,en',
      });
      await openWith(page, baseUrl, undefined);
      const lang = () => page.evaluate(() => document.documentElement.lang);
      assert((await lang()) === 'es', `a Spanish browser opens in Spanish (lang ${await lang()})`);
      await page.getByRole('button', { name: es['title.newGame'] as string }).waitFor();
      // English from the title: the whole page changes, and the focus stays on the choice.
      await page.locator('#title-language-en').click();
      await page.getByRole('button', { name: 'New game' }).waitFor();
      assert((await lang()) === 'en', 'English chosen on the title');
      assert(
        (await page.evaluate(() => document.activeElement?.id)) === 'title-language-en',
        'the focus stays on the language chosen',
      );
      await page.reload({ waitUntil: 'load' });
      await page.getByRole('button', { name: 'New game' }).waitFor();
      assert((await lang()) === 'en', 'the choice of English outlives the Spanish browser');
      // Back to Spanish from the settings; nothing there promises what is not there.
      await page.getByRole('button', { name: 'Settings' }).click();
      await page.locator('#settings-heading').waitFor();
      const text = await page.locator('main').innerText();
      assert(!/coming soon|próximamente/i.test(text), 'no language is promised for later');
      await page.locator('#language-es').click();
      await page
        .locator('#settings-heading', { hasText: es['settings.heading'] as string })
        .waitFor();
      assert((await lang()) === 'es', 'Spanish chosen in the settings');
      assert(
        (await page.locator('#language-es').getAttribute('aria-pressed')) === 'true',
        'the language in use is shown pressed',
      );
      await checkAccessibility(page, 'settings in Spanish');
      done(tracked, 'first visit and choice of language');
    },
  },
  {
    name: 'the offline file plays in Spanish from file://, its Spanish words inside it',
    async run({ browser, offlineUrl }) {
      const tracked = await openPage(browser, offlineUrl);
      const { page } = tracked;
      await page.locator('#title-heading').waitFor();
      await page.locator('#title-language-es').click();
      await page.getByRole('button', { name: es['title.newGame'] as string }).click();
      await page.locator('#scenarios-heading').waitFor();
      const lang = await page.evaluate(() => document.documentElement.lang);
      assert(lang === 'es', `the offline file speaks Spanish (lang ${lang})`);
      const checker = screenChecker(page, 'offline');
      await checker.check('scenarios');
      await page.locator('.screen-scenarios li button').first().click();
      await page.locator('#setup-heading').waitFor();
      await page.locator('.screen-setup button[type="submit"]').click();
      await page.locator('#briefing-heading').waitFor();
      await checker.check('briefing');
      done(tracked, checker.summary());
    },
  },
  ...(['us', 'mx'] as const).map((side): BrowserTest => ({
    name: `a whole solo game as ${side} in Spanish, every screen without English, and the table in Spanish`,
    async run({ browser, baseUrl }) {
      const tracked = await openPage(browser, baseUrl);
      const { page } = tracked;
      await openWith(page, baseUrl, { textScale: 1, reducedMotion: true, language: 'es' });
      const checker = screenChecker(page, `solo ${side}`);
      await startInSpanish(page, checker, side);
      const seen = await playToDebrief(page, checker);
      for (const kind of ['briefing', 'decide', 'respond', 'report', 'debrief']) {
        assert(seen.has(kind), `the ${kind} screen was seen`);
      }
      const csv = await downloadCsv(page);
      const header = csv.split('\r\n')[0] ?? '';
      assert(
        header.startsWith('escenario,fecha,duracion,meses,numero_de_partida,modo'),
        `table headings: ${header}`,
      );
      assert(csv.split('\r\n')[1]?.includes(',inicio,'), 'the start row is named in Spanish');
      done(tracked, checker.summary());
    },
  })),
  {
    name: 'two teams in two languages: each team’s screens in its own language, the shared ones in the game’s',
    async run({ browser, baseUrl }) {
      const tracked = await openPage(browser, baseUrl);
      const { page } = tracked;
      await openWith(page, baseUrl, { textScale: 1, reducedMotion: true, language: 'es' });
      const checker = screenChecker(page, 'two teams');
      await startInSpanish(page, checker, 'teams');
      const scenario = shippedScenario();
      const lang = () => page.evaluate(() => document.documentElement.lang);
      // The team that plays first chooses English on its first pass screen; the other
      // keeps the game's Spanish. The first team's own screens are then in English.
      let englishTeam: string | undefined;
      let englishScreens = 0;
      // A team's visit runs from its pass screen to the next: the pass screen names it (in
      // either language), and the screens after it are that team's own.
      const spanishNames = new Map(
        scenario.roles.map((r) => [r.id, translatedText(`roles.${r.id}.name`) ?? r.name]),
      );
      const visitorNamed = (heading: string) =>
        scenario.roles.find(
          (r) => heading.includes(r.name) || heading.includes(spanishNames.get(r.id)!),
        )?.id;
      let role: string | undefined;
      const seen = await playToDebrief(page, checker, async (kind) => {
        if (kind === 'pass') role = visitorNamed(await h1(page));
        const own = kind === 'pass' || kind === 'decide' || kind === 'respond';
        if (own && englishTeam === undefined && kind === 'pass') {
          await checker.check(kind);
          englishTeam = role;
          const before = await h1(page);
          await page.locator('#team-language-en').click();
          await nextScreen(page, before);
          const name = scenario.roles.find((r) => r.id === role)!.name;
          assert(
            (await h1(page)) === `Pass the device to the ${name} team`,
            `the team's pass screen in English: "${await h1(page)}"`,
          );
        }
        if (own && role === englishTeam) {
          assert((await lang()) === 'en', `${kind} of the English team has lang "${await lang()}"`);
          englishScreens += 1;
          return;
        }
        await checker.check(kind);
      });
      assert(seen.has('pass') && seen.has('report'), 'pass and report screens were seen');
      assert(englishScreens >= 3, `the English team saw ${englishScreens} screens in English`);
      const stored = await page.evaluate(() => localStorage.getItem('bilateral.settings.v1'));
      assert(
        stored?.includes(`"teamLanguages":{"${englishTeam}":"en"}`),
        `the team's language is kept in the settings: ${stored}`,
      );
      done(tracked, checker.summary());
    },
  },
];
