/**
 * The icons of the map's markers (a move or an event of the month, placed by the
 * scenario on a country): one small SVG path each, in a 24 × 24 box, filled with the
 * current colour. Decoration only: the marker's words and the panel say the same.
 */
import type { MarkerIcon } from '../data';

const PATHS: Record<MarkerIcon, string> = {
  aircraft:
    'M12 1.5l1.6 7.2 8.4 4.8v2.3l-8.4-2.6v5.3l2.4 2v1.8L12 21.2l-4 1.1v-1.8l2.4-2v-5.3L2 15.8v-2.3l8.4-4.8z',
  troops: 'M3 10.5l9-6 9 6v3.5l-9-6-9 6z M3 17l9-6 9 6v3.5l-9-6-9 6z',
  strike:
    'M12 1.5l2.3 6 6.2-2.3-3.4 5.6 5.4 3.4-6.4 1 .9 6.6L12 17.2l-5 4.6.9-6.6-6.4-1 5.4-3.4-3.4-5.6 6.2 2.3z',
  ships: 'M2.5 14.5h19l-3.5 6H6z M11 3h2v10h-2z M13.5 4.5l5.5 7.5h-5.5z',
  talks: 'M2 3.5h13v9H8.5L4 16v-3.5H2z M17 7.5h5v9h-2V20l-4.5-3.5H9v-2.5h8z',
  trade: 'M3 6.5h12v-3l6 4.5-6 4.5v-3H3z M21 16H9v3l-6-4.5L9 10v3h12z',
  money: 'M1.5 5.5h21v13h-21z M12 8.5a3.5 3.5 0 1 0 0 7a3.5 3.5 0 1 0 0-7z',
  alert: 'M12 1.5L.8 21.5h22.4z M10.8 8h2.4v7h-2.4z M10.8 16.8h2.4v2.4h-2.4z',
};

/** The icon as SVG markup (fixed strings only: no scenario text ever goes in here). */
export function markerSvg(icon: MarkerIcon): string {
  return `<svg viewBox="0 0 24 24" width="100%" height="100%" aria-hidden="true" focusable="false"><path fill="currentColor" fill-rule="evenodd" d="${PATHS[icon]}"/></svg>`;
}
