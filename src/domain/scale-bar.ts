/**
 * The scale bar of a picture of the map (a handout): the map as shown is `shownWidth` CSS pixels
 * wide at `metresPerShownPx` ground metres each, and the picture draws it `imageWidth` pixels wide.
 * Pure, so it is tested apart from any canvas: a handout once took the snapshot canvas's device
 * pixels for the shown width, and its bar came out half the right length.
 */
export interface ScaleBar {
  /** Ground length the bar stands for. */
  metres: number;
  /** The bar's length in picture pixels. */
  px: number;
  label: string;
}

/** The longest 1, 2 or 5 × 10ⁿ metres whose bar fits in `maxPx` picture pixels. */
export function scaleBar(metresPerShownPx: number, shownWidth: number, imageWidth: number, maxPx: number): ScaleBar {
  if (!(metresPerShownPx > 0 && shownWidth > 0 && imageWidth > 0 && maxPx > 0))
    throw new Error('scaleBar: sizes and the scale must be positive');
  const metresPerImagePx = (metresPerShownPx * shownWidth) / imageWidth;
  const limit = metresPerImagePx * maxPx;
  const pow = 10 ** Math.floor(Math.log10(limit));
  const step = [5, 2, 1].find((s) => s * pow <= limit) ?? 1;
  const metres = step * pow;
  return { metres, px: metres / metresPerImagePx, label: metres >= 1000 ? `${metres / 1000} km` : `${metres} m` };
}
