// @vitest-environment happy-dom
import { ContextProvider } from '@lit/context';
import { LitElement, html } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import '../../src/components/atlas-map.ts';
import { MapHandle, mapContext } from '../../src/components/map-context.ts';

class MapHost extends LitElement {
  readonly handle = new MapHandle();
  readonly provider = new ContextProvider(this, { context: mapContext, initialValue: this.handle });
  failures: string[] = [];
  override render() {
    return html`<atlas-map @atlas-map-failed=${(e: CustomEvent<string>) => this.failures.push(e.detail)}></atlas-map>`;
  }
}
customElements.define('map-host', MapHost);

afterEach(() => document.body.replaceChildren());

describe('<atlas-map> and the map context', () => {
  it('without WebGL2 the handle it got by context is told, and so is the app, by event', async () => {
    const host = document.createElement('map-host') as MapHost;
    document.body.append(host);
    await host.updateComplete;
    await expect(host.handle.whenIdle()).rejects.toThrow('WebGL2 is not available');
    expect(host.failures).toEqual(['WebGL2 is not available']);
    expect(host.handle.current).toBeNull();
  });
});
