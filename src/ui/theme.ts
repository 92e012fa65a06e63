/**
 * Colours and layout shared by the Phaser stage and the DOM layer. Colours were chosen
 * for contrast against the dark stage; no meaning is carried by colour alone.
 */
export const theme = {
  colors: {
    background: 0x101820,
    sea: 0x14283a,
    landUs: 0x35506b,
    landMx: 0x4c6b3f,
    border: 0xf2c14e,
    outline: 0xdce3ea,
    text: 0xf4f6f8,
    accent: 0xf2c14e,
  },
  stage: {
    width: 1280,
    height: 720,
    /**
     * The part of the logical canvas left uncovered by the DOM column on wide screens
     * (≥ 1100 CSS px, see styles.css): the stage keeps its map, meters and plane inside.
     */
    visible: { x: 720, y: 0, width: 560, height: 720 },
  },
} as const;

export function cssColor(color: number): string {
  return `#${color.toString(16).padStart(6, '0')}`;
}

/**
 * Colours of the stage's visuals (map, meter bars, plane). The canvas is decoration: every
 * value it shows is also written in the DOM, so these colours carry no meaning of their own.
 */
export const stagePalette = {
  /** Land fills of the roles' countries, in the map's order (cycled). */
  land: [theme.colors.landUs, theme.colors.landMx],
  /** A country on the map that no role governs: neutral, so that it reads as context. */
  landOther: 0x3b4652,
  landDimmed: 0.55,
  coast: theme.colors.outline,
  border: theme.colors.border,
  focus: theme.colors.accent,
  panel: 0x0b1219,
  track: 0x263646,
  meterPrimary: theme.colors.accent,
  meterSecondary: 0x7fb3d5,
  frame: 0x52657a,
  axis: 0xc5ced8,
  /** Fills for the plane's outcome regions, in the scenario's order (cycled). */
  regions: [0x3e8e63, 0x9a7b35, 0x3f6fa0, 0xa04a5a, 0x7a5aa6, 0x4a9a9a],
  regionAlpha: 0.3,
  path: theme.colors.outline,
  current: theme.colors.accent,
} as const;

/**
 * Colours of the names the DOM writes over the stage (stageLabels.ts): meter names and
 * values, axis and country names in `text`, outcome regions in `muted`, each with a
 * `halo` outline so that lines drawn under them do not cut the letters. Unit-tested for
 * at least 4.5:1 contrast against every stage colour they can sit on.
 */
export const stageLabelPalette = {
  text: theme.colors.text,
  muted: 0xc5ced8,
  halo: stagePalette.panel,
  /** The map's markers: a government's move, and an event. */
  markerMove: 0x8fd3ff,
  markerEvent: theme.colors.accent,
} as const;
