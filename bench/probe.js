// Injected into every bench page before its own scripts (page.addInitScript). Plain JS on
// purpose: it is not bundled and must not depend on the page. Everything lives on
// window.__bench; the runner (scripts/bench.ts) calls these helpers from page.evaluate.
(() => {
  if (window.__bench) return;
  // tsx (esbuild keepNames) wraps functions in __name(); callbacks the runner passes to
  // page.evaluate are compiled that way, so the page needs the helper too.
  window.__name = window.__name || ((f) => f);

  const B = (window.__bench = { longTasks: [], marks: {}, firstIdle: null, clickT0: null });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) B.longTasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // no long-task timing in this browser
  }

  B.frame = () => new Promise((ok) => requestAnimationFrame(ok));

  /** The app's <senkon-app> and its <atlas-map>, once both exist. */
  B.ours = () => {
    const app = document.querySelector('senkon-app');
    const map = app && app.shadowRoot && app.shadowRoot.querySelector('atlas-map');
    return app && map ? { app, map } : null;
  };

  /** The app's map element, whose public fly()/whenIdle() drive the scripted flight. */
  B.ourMapElement = () => {
    const o = B.ours();
    return o && typeof o.map.fly === 'function' ? o.map : null;
  };

  /** The item the detail panel shows now ({id, name}), in the app or in a peer page. */
  B.panelItem = () => {
    let h2 = null;
    const o = B.ours();
    if (o) {
      const panel = o.app.shadowRoot.querySelector('feature-panel');
      h2 = panel && panel.shadowRoot && panel.shadowRoot.querySelector('h2[data-item]');
    } else {
      h2 = document.querySelector('#panel:not([hidden]) h2[data-item]');
    }
    return h2 && h2.textContent.trim() ? { id: h2.dataset.item, name: h2.textContent.trim() } : null;
  };

  /**
   * From now, each animation frame looks for the panel: resolves at the first frame in which it
   * shows an item (or null after `timeout` ms). Started before the click, so that its first look
   * is the click's next frame (started by a call sent beside the click, it could begin frames late).
   */
  const watchPanel = (timeout) =>
    new Promise((resolve) => {
      const start = performance.now();
      let framesSinceClick = 0;
      const check = () => {
        const p = B.panelItem();
        if (p) return resolve({ t: performance.now(), id: p.id, name: p.name });
        if (performance.now() - start > timeout) return resolve(null);
        // In the app a click selects synchronously (map click → state): no selection a few
        // frames after the click means the click hit nothing, not that the panel is slow.
        if (B.clickT0 !== null && ++framesSinceClick > 5) {
          const o = B.ours();
          if (o && o.app.state && o.app.state.selection === null) return resolve(null);
        }
        requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    });

  /**
   * Resolves once frames come at the display's rate again (two in a row under 25 ms apart; at most
   * `timeout` ms): the GPU has drawn what the page last asked for. A page's 'idle' and its next
   * frames do not say so: under software GL the GPU process draws a map's frame 50–90 ms after
   * MapLibre issued it, and the next frame waits for it.
   */
  B.settle = async (timeout = 2000) => {
    const start = performance.now();
    let last = await B.frame();
    let calm = 0;
    while (calm < 2 && performance.now() - start < timeout) {
      const t = await B.frame();
      calm = t - last < 25 ? calm + 1 : 0;
      last = t;
    }
    return performance.now() - start;
  };

  /** Notes the time stamp of the next pointerdown (the start of a click) and starts watching for the panel. */
  B.armClick = (timeout = 10000) => {
    B.clickT0 = null;
    addEventListener('pointerdown', (e) => (B.clickT0 = e.timeStamp), { capture: true, once: true });
    B.panelWatch = watchPanel(timeout);
  };

  /** The watch the last armClick started. */
  B.waitPanel = () => B.panelWatch;

  /** Records requestAnimationFrame deltas until the returned function is called (which returns them). */
  B.recordFrames = () => {
    const deltas = [];
    let last = null;
    let on = true;
    const tick = (t) => {
      if (last !== null) deltas.push(t - last);
      last = t;
      if (on) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    return () => {
      on = false;
      return deltas;
    };
  };

  /** Total and longest long task (≥ 50 ms main-thread blocks) between two times. */
  B.blocking = (from, to) => {
    let total = 0;
    let longest = 0;
    for (const [s, d] of B.longTasks) {
      if (s + d < from || s > to) continue;
      total += d;
      longest = Math.max(longest, d);
    }
    return { total, longest };
  };

  /** End of the last data file download (resource timing). */
  B.dataFetchedAt = () => {
    let end = 0;
    for (const e of performance.getEntriesByType('resource'))
      if (/\/data\//.test(e.name) || /\/tiles\//.test(e.name)) end = Math.max(end, e.responseEnd);
    return end;
  };

  // First full render of the app: as soon as <atlas-map> exists, wait for its first 'idle'.
  const probe = () => {
    if (window.benchPeer) return;
    const o = B.ours();
    if (o) {
      B.marks.mapElement = performance.now();
      B.firstIdle = o.map.updateComplete.then(() => o.map.whenIdle()).then(() => performance.now());
      return;
    }
    requestAnimationFrame(probe);
  };
  requestAnimationFrame(probe);
})();
