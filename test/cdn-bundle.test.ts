/**
 * The CDN bundles as a webmaster uses them: this page imports nothing from src/, only the built
 * `cdn/evi-widgets.js` (and the classic script), so it proves what `npm run build` ships.
 * (`npm test` builds first; each test file runs in a page of its own.)
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';

function loadScript(src: string, type: 'module' | 'classic'): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    if (type === 'module') script.type = 'module';
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.append(script);
  });
}

const FEED = '/test/fixtures/members.json';

const PAGE_GLOBALS = { $: 'the page\'s jQuery', _: 'the page\'s underscore', ga: 'the page\'s analytics', e: 'a page variable', t: 'another' };
let globalsBefore = new Set<string>();

describe('cdn/evi-widgets.js on a member\'s page', () => {
  const pageErrors: string[] = [];
  before(async () => {
    window.addEventListener('error', (e) => pageErrors.push(e.message));
    // a script's failed import() or promise is an unhandled rejection, not an error event
    window.addEventListener('unhandledrejection', (e) => pageErrors.push(`unhandled rejection: ${String(e.reason)}`));
    // the page's own globals (jQuery, underscore, analytics), and evi-widgets.js pasted without type="module",
    // as a CMS that strips the attribute leaves it: a classic script's top-level names would become globals
    globalsBefore = new Set(Object.keys(window));
    Object.assign(window, PAGE_GLOBALS);
    await loadScript('/cdn/evi-widgets.js?without-type-module', 'classic');
    await loadScript('/cdn/evi-widgets.js', 'module');
    // pasted twice (template + snippet), and the classic build too: nothing may throw
    await loadScript('/cdn/evi-widgets.js?again', 'module');
    await loadScript('/cdn/evi-widgets.classic.js', 'classic');
  });

  it('registers the elements and survives being loaded three times', async () => {
    for (const tag of ['evi-network-badge', 'evi-event-list', 'evi-member-directory', 'evi-ask-form']) {
      expect(customElements.get(tag), `<${tag}> is defined`).to.be.a('function');
      // and an element of it upgrades into the widget
      const el = document.createElement(tag) as HTMLElement & { updateComplete?: Promise<unknown> };
      expect(el.matches(':defined'), `<${tag}> upgrades`).to.equal(true);
      expect(el instanceof customElements.get(tag)!, `<${tag}> is an instance of its class`).to.equal(true);
      expect(el.updateComplete, `<${tag}> is a widget element`).to.be.an.instanceof(Promise);
    }
    // let anything the three loads left pending settle before looking for errors
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(pageErrors).to.deep.equal([]);
  });

  it("leaves the page's globals alone, even loaded as a classic script: only Lit's and zod's own registries are added", () => {
    for (const [name, value] of Object.entries(PAGE_GLOBALS)) expect((window as unknown as Record<string, unknown>)[name], name).to.equal(value);
    const added = Object.keys(window).filter((name) => !globalsBefore.has(name) && !(name in PAGE_GLOBALS));
    // (this test page loads Lit itself, so Lit's version lists were there before)
    const registries = ['__zod_globalConfig', '__zod_globalRegistry', 'litElementVersions', 'litHtmlVersions', 'reactiveElementVersions'];
    expect(added.filter((name) => !registries.includes(name))).to.deep.equal([]);
  });

  it('shows the verified badge on the member\'s domain, nothing for an inactive member or another domain, with one request', async () => {
    const page = await fixture(html`<div>
      <evi-network-badge src=${FEED} member="kolbacks-smide" network="kanalnatet" href="/katalog"></evi-network-badge>
      <evi-network-badge src=${FEED} member="nedlagda-verkstan" network="kanalnatet"></evi-network-badge>
      <evi-network-badge src=${FEED} member="annan-doman" network="kanalnatet"></evi-network-badge>
    </div>`);
    const badges = [...page.querySelectorAll('evi-network-badge')];
    const verdicts = await Promise.all(badges.map(async (b) => (await oneEvent(b, 'evi-verify')).detail));
    expect(verdicts.map((v) => [v.verified, v.reason])).to.deep.equal([
      [true, 'verified'],
      [false, 'inactive-member'],
      [false, 'wrong-domain'],
    ]);
    await (badges[0] as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(badges[0].shadowRoot!.querySelector('a')!.textContent).to.contain('Medlem i Kanalnätet');
    expect(badges[1].getBoundingClientRect().height).to.equal(0);
    expect(badges[2].getBoundingClientRect().height).to.equal(0);
    const requests = performance.getEntriesByType('resource').filter((e) => e.name.endsWith('/test/fixtures/members.json'));
    expect(requests).to.have.length(1);
  });

  for (const file of ['evi-widgets.classic.js', 'evi-widgets.js']) {
    it(`${file} as a classic script on an old Latin-1 page, from a server that names no charset: it still runs`, async () => {
      // /raw/cdn/ sends text/javascript without a charset, so the page's windows-1252 would decide; "ø" in the
      // directory's search read as "Ã¸" made the whole file a syntax error
      const page = `<!doctype html><meta charset="windows-1252"><script src="${location.origin}/raw/cdn/${file}"></script>`;
      const frame = document.createElement('iframe');
      frame.src = URL.createObjectURL(new Blob([page], { type: 'text/html; charset=windows-1252' }));
      const errors: string[] = [];
      document.body.append(frame);
      try {
        await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
        const win = frame.contentWindow as Window & typeof globalThis;
        expect(win.document.characterSet).to.equal('windows-1252');
        win.addEventListener('error', (e) => errors.push(e.message));
        expect(win.customElements.get('evi-member-directory'), 'the widgets are defined').to.be.a('function');
        expect(errors).to.deep.equal([]);
      } finally {
        frame.remove();
      }
    });
  }
});
