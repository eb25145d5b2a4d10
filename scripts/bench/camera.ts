/** MapLibre's camera arithmetic the bench needs, pure (no imports: unit-tested). */

export interface View {
  center: [number, number];
  zoom: number;
}

/**
 * How long MapLibre animates the camera from one view to another when no duration is given (the
 * app's fitBounds and flyTo): MapLibre 6's flyTo (src/ui/camera.ts), van Wijk & Nuij's path with
 * curve ρ = 1.42 and speed 1.2 ρ-screenfuls per second, on 512 px Mercator tiles; `span` is
 * max(width, height) of the canvas. Without a move at all MapLibre eases for its default 500 ms.
 * ρ is lowered only when the arc would zoom out past the minimum zoom, which the short hops of a
 * tour never do. The path length S is the same both ways (swap the ends and the scale-free
 * expression is unchanged), so a step and its reverse take the same time.
 */
export function flyToMs(from: View, to: View, span: number, curve = 1.42, speed = 1.2): number {
  const world = (v: View, z: number) => {
    const size = 512 * 2 ** z;
    const y = (180 - (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + (v.center[1] * Math.PI) / 360))) / 360;
    return { x: ((v.center[0] + 180) / 360) * size, y: y * size };
  };
  const a = world(from, from.zoom);
  const b = world(to, from.zoom);
  const u1 = Math.hypot(b.x - a.x, b.y - a.y);
  const w0 = span;
  const w1 = w0 / 2 ** (to.zoom - from.zoom);
  const rho2 = curve * curve;
  const r = (descent: boolean) => {
    const q = (w1 * w1 - w0 * w0 + (descent ? -1 : 1) * rho2 * rho2 * u1 * u1) / (2 * (descent ? w1 : w0) * rho2 * u1);
    return Math.log(Math.sqrt(q * q + 1) - q);
  };
  let S = (r(true) - r(false)) / curve;
  if (Math.abs(u1) < 0.000002 || !Number.isFinite(S)) {
    if (Math.abs(w0 - w1) < 0.000001) return 500;
    S = Math.abs(Math.log(w1 / w0)) / curve;
  }
  return (1000 * S) / speed;
}
