/**
 * Web-font faces registered from script instead of fontsource's CSS. The CJK font is split into
 * 124 subsets, each an @font-face whose unicode-range lists thousands of code points: 33 KB of
 * gzipped CSS before the first render. The same ranges, delta-encoded, are ~12 KB; the browser
 * still fetches only the subsets the text on screen needs (FontFace sources load lazily).
 */

/** One face: its file URL and its ranges as `encodeRanges` wrote them. */
export type CompactFace = readonly [url: string, ranges: string];

export interface FaceDescriptors {
  family: string;
  style: string;
  weight: string;
  display: FontDisplay;
}

/**
 * `U+25ee8,U+26017-2601a,…` → `25ee8 12f+3 …`: each range's start as the hex distance from the
 * previous range's end, `+length-1` when it spans more than one code point.
 */
export function encodeRanges(unicodeRange: string): string {
  let prev = 0;
  return unicodeRange
    .split(',')
    .map((part) => {
      const [a, b = a] = part
        .trim()
        .replace(/^U\+/i, '')
        .split('-')
        .map((h) => parseInt(h, 16)) as [number, number?];
      const out = (a - prev).toString(16) + (b === a ? '' : `+${(b - a).toString(16)}`);
      prev = b;
      return out;
    })
    .join(' ');
}

/** The ranges `encodeRanges` wrote, as [first, last] code points. */
function rangePairs(encoded: string): [number, number][] {
  let prev = 0;
  return encoded.split(' ').map((token) => {
    const [d, len] = token.split('+');
    const a = prev + parseInt(d!, 16);
    prev = len === undefined ? a : a + parseInt(len, 16);
    return [a, prev];
  });
}

/** The inverse of `encodeRanges`, as a CSS unicode-range value. */
export function decodeRanges(encoded: string): string {
  return rangePairs(encoded)
    .map(([a, b]) => (b === a ? `U+${a.toString(16)}` : `U+${a.toString(16)}-${b.toString(16)}`))
    .join(',');
}

/** Whether a face's ranges (as `encodeRanges` wrote them) hold any of the code points (ascending). */
export function rangesCover(encoded: string, codePoints: readonly number[]): boolean {
  return rangePairs(encoded).some(([a, b]) => {
    // The first code point ≥ a, by bisection: faces have hundreds of ranges, texts thousands of characters.
    let lo = 0;
    let hi = codePoints.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (codePoints[mid]! < a) lo = mid + 1;
      else hi = mid;
    }
    return lo < codePoints.length && codePoints[lo]! <= b;
  });
}

/**
 * A test of whether the faces hold every character of a text: whether the start-up faces are
 * enough for a label, or the rest must be registered before MapLibre draws it. The ranges are
 * merged once, at the first test.
 */
export function coverageOf(faces: readonly CompactFace[]): (text: string) => boolean {
  let merged: [number, number][] | null = null;
  return (text) => {
    merged ??= mergePairs(faces.flatMap(([, ranges]) => rangePairs(ranges)));
    const ranges = merged;
    for (const ch of new Set(text)) {
      const cp = ch.codePointAt(0)!;
      // The last range starting at or before the code point, by bisection.
      let lo = 0;
      let hi = ranges.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (ranges[mid]![0] <= cp) lo = mid + 1;
        else hi = mid;
      }
      if (lo === 0 || ranges[lo - 1]![1] < cp) return false;
    }
    return true;
  };
}

/** Ranges sorted and joined where they overlap or touch, so that a code point is in at most one. */
function mergePairs(pairs: [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  for (const [a, b] of pairs.sort((x, y) => x[0] - y[0])) {
    const last = out[out.length - 1];
    if (last && a <= last[1] + 1) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

/**
 * Adds the faces to the document; nothing is downloaded until text needs a subset. The faces
 * `text` needs are downloaded first: a face added before its file is in shows its text in a
 * fallback font meanwhile (font-display: swap), which on a machine without a CJK font is tofu.
 */
export async function registerFaces(faces: readonly CompactFace[], d: FaceDescriptors, text = ''): Promise<void> {
  // With no text the faces are added at once (before this function first yields).
  const codePoints = [...new Set(text)].map((ch) => ch.codePointAt(0)!).sort((a, b) => a - b);
  const made = faces.map(([url, ranges]) => ({
    ranges,
    face: new FontFace(d.family, `url(${url}) format('woff2')`, {
      style: d.style,
      weight: d.weight,
      display: d.display,
      unicodeRange: decodeRanges(ranges),
    }),
  }));
  const needed = made.filter((m) => codePoints.length > 0 && rangesCover(m.ranges, codePoints));
  // A file that fails to load leaves its text to the fallback font, as a face added at once would.
  if (needed.length) await Promise.allSettled(needed.map((m) => m.face.load()));
  for (const { face } of made) document.fonts.add(face);
}
