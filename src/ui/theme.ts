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
  stage: { width: 1280, height: 720 },
} as const;

export function cssColor(color: number): string {
  return `#${color.toString(16).padStart(6, '0')}`;
}
