import Phaser from 'phaser';
import './ui/styles.css';
import { StageScene } from './scenes/StageScene';
import { renderTitle } from './ui/screens/title';
import { theme } from './ui/theme';
import { t } from './ui/i18n';

/** Boots the Phaser stage behind the DOM layer, then shows the title screen. */
function boot(): void {
  const app = document.getElementById('app');
  const stage = document.getElementById('stage');
  if (!app || !stage) throw new Error('index.html is missing #app or #stage');
  new Phaser.Game({
    type: Phaser.AUTO,
    parent: stage,
    width: theme.stage.width,
    height: theme.stage.height,
    backgroundColor: theme.colors.background,
    banner: false,
    audio: { noAudio: true },
    scale: { mode: Phaser.Scale.ENVELOP, autoCenter: Phaser.Scale.CENTER_BOTH },
    scene: [StageScene],
  });
  renderTitle(app);
}

try {
  boot();
} catch (error) {
  const app = document.getElementById('app') ?? document.body;
  const message = error instanceof Error ? error.message : String(error);
  app.replaceChildren();
  const heading = document.createElement('h1');
  heading.textContent = t('error.heading');
  const detail = document.createElement('p');
  detail.textContent = t('error.boot', { message });
  app.append(heading, detail);
}
