/**
 * The stage behind the panel, loaded apart from the first screen because it brings
 * Phaser: the canvas (`scenes/`) and the DOM layer that names what it draws
 * (`ui/stageLabels.ts`). `mountStage` starts both in `parent`.
 */
import { createStage } from './scenes/createStage';
import type { StageView } from './store/selectors';
import { mountStageLabels } from './ui/stageLabels';

export type Stage = { setView(view: StageView, textScale: number): void };

export function mountStage(parent: HTMLElement): Stage {
  // The names first: they are DOM, and show once the canvas exists.
  const labels = mountStageLabels(parent);
  let scene: ReturnType<typeof createStage> | undefined;
  try {
    scene = createStage(parent);
  } catch (error) {
    // Without canvas the game is still fully playable: every word is DOM.
    console.warn('The stage could not start:', error);
  }
  return {
    setView(view, textScale) {
      labels.update(view, textScale);
      scene?.setView(view);
    },
  };
}
