/** The bench generator's seeded randomness and Hokkaido's land mask (bench/generate.ts uses them). */
import type { BBox } from './shared.ts';

// ------------------------------------------------------------------ PRNG

/** sfc32: small, fast, good enough for test data; seeded through splitmix32. */
export function prng(seed: number): () => number {
  let s = seed >>> 0;
  const split = () => {
    s = (s + 0x9e3779b9) | 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = split();
  let b = split();
  let c = split();
  let d = split();
  return () => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
}

export class Rand {
  private spare: number | null = null;
  constructor(readonly next: () => number) {}
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  range(lo: number, hi: number): number {
    return lo + this.next() * (hi - lo);
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.next() * xs.length)] as T;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  normal(): number {
    if (this.spare !== null) {
      const v = this.spare;
      this.spare = null;
      return v;
    }
    let u = 0;
    while (u === 0) u = this.next();
    const v = this.next();
    const r = Math.sqrt(-2 * Math.log(u));
    this.spare = r * Math.sin(2 * Math.PI * v);
    return r * Math.cos(2 * Math.PI * v);
  }
  weighted<T>(xs: readonly (readonly [T, number])[]): T {
    let total = 0;
    for (const [, w] of xs) total += w;
    let r = this.next() * total;
    for (const [x, w] of xs) {
      r -= w;
      if (r < 0) return x;
    }
    return xs[xs.length - 1]![0];
  }
}

// ------------------------------------------------------------------ land mask

/** Hokkaido's outline rasterised to a grid of cells (scanline fill), sampled cell by cell. */
export class LandMask {
  readonly cell = 0.01;
  private readonly cols: number;
  private readonly rows: number;
  private readonly land: Uint8Array;
  private readonly cells: Uint32Array;

  constructor(
    ring: [number, number][],
    readonly bbox: BBox,
  ) {
    const [w, s, e, n] = bbox;
    this.cols = Math.ceil((e - w) / this.cell);
    this.rows = Math.ceil((n - s) / this.cell);
    this.land = new Uint8Array(this.cols * this.rows);
    const xs: number[] = [];
    for (let r = 0; r < this.rows; r++) {
      const y = s + (r + 0.5) * this.cell;
      xs.length = 0;
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [xi, yi] = ring[i]!;
        const [xj, yj] = ring[j]!;
        if (yi > y !== yj > y) xs.push(xi + ((y - yi) * (xj - xi)) / (yj - yi));
      }
      xs.sort((a, b) => a - b);
      for (let k = 0; k + 1 < xs.length; k += 2) {
        const c0 = Math.max(0, Math.ceil((xs[k]! - w) / this.cell - 0.5));
        const c1 = Math.min(this.cols - 1, Math.floor((xs[k + 1]! - w) / this.cell - 0.5));
        for (let c = c0; c <= c1; c++) this.land[r * this.cols + c] = 1;
      }
    }
    const list: number[] = [];
    for (let i = 0; i < this.land.length; i++) if (this.land[i]) list.push(i);
    if (list.length === 0) throw new Error(`no land inside bbox ${bbox.join(',')}`);
    this.cells = Uint32Array.from(list);
  }

  isLand(lon: number, lat: number): boolean {
    const c = Math.floor((lon - this.bbox[0]) / this.cell);
    const r = Math.floor((lat - this.bbox[1]) / this.cell);
    return c >= 0 && r >= 0 && c < this.cols && r < this.rows && this.land[r * this.cols + c] === 1;
  }

  uniform(rand: Rand): [number, number] {
    const i = this.cells[Math.floor(rand.next() * this.cells.length)]!;
    return [
      this.bbox[0] + ((i % this.cols) + rand.next()) * this.cell,
      this.bbox[1] + (Math.floor(i / this.cols) + rand.next()) * this.cell,
    ];
  }
}
