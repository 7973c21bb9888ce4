/**
 * `cdn/evi-loader.js` as a webmaster uses it: this page imports nothing from src/, only the built loader,
 * which must fetch the chunk of each widget on the page and nothing else. (`npm test` builds first.)
 */
import { expect, oneEvent, waitUntil } from '@open-wc/testing';

function loadModule(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.type = 'module';
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.append(script);
  });
}

// the page's resource timing buffer (250 entries by default) must not fill up before the chunks are counted
performance.setResourceTimingBufferSize(10_000);

/** Paths of the cdn/ scripts the page has fetched so far (also those fetched byte for byte from /raw/cdn/). */
function fetchedCdnFiles(): string[] {
  return performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.startsWith('/cdn/') || path.startsWith('/raw/cdn/'));
}

/** How often the chunk `name` was fetched, from any copy of cdn/ (`/cdn/…` or `/raw/cdn/…`). */
function fetchesOf(name: string): number {
  return fetchedCdnFiles().filter((path) => path === `/cdn/${name}` || path === `/raw/cdn/${name}`).length;
}

/** The loader's own complaints (console.error lines that start with "[evi-loader]"), while a test runs. */
function captureLoaderErrors(): { lines: string[]; restore(): void } {
  const original = console.error;
  const lines: string[] = [];
  console.error = (...args: unknown[]) => {
    const line = args.map(String).join(' ');
    if (line.startsWith('[evi-loader]')) lines.push(line);
    original.apply(console, args);
  };
  return { lines, restore: () => void (console.error = original) };
}

const WIDGET_CHUNKS = ['evi-network-badge', 'evi-event-list', 'evi-member-directory', 'evi-ask-form'];

describe('cdn/evi-loader.js', () => {
  const pageErrors: string[] = [];
  let badge: HTMLElement;

  before(async () => {
    window.addEventListener('error', (e) => pageErrors.push(e.message));
    // a failed import() the loader does not catch is an unhandled rejection, not an error event
    window.addEventListener('unhandledrejection', (e) => pageErrors.push(`unhandled rejection: ${String(e.reason)}`));
    // The badge is on the page before the loader runs, as when the snippet is at the end of <body>.
    badge = document.createElement('evi-network-badge');
    badge.setAttribute('src', '/test/fixtures/members.json');
    badge.setAttribute('member', 'kolbacks-smide');
    badge.setAttribute('network', 'kanalnatet');
    document.body.append(badge);
    const verified = oneEvent(badge, 'evi-verify');
    // (No integrity check here: the test server re-transforms .js files, so their hashes differ from cdn/.)
    await loadModule('/cdn/evi-loader.js');
    await customElements.whenDefined('evi-network-badge');
    await verified;
  });

  after(() => document.body.replaceChildren());

  it('loads the badge chunk for a badge already on the page, and no other widget', () => {
    expect(customElements.get('evi-network-badge')).to.be.a('function');
    const fetched = fetchedCdnFiles();
    expect(fetched).to.include('/cdn/evi-network-badge.js');
    for (const other of WIDGET_CHUNKS.slice(1)) expect(fetched).not.to.include(`/cdn/${other}.js`);
    expect(fetched).not.to.include('/cdn/evi-widgets.js');
    expect(customElements.get('evi-event-list')).to.equal(undefined);
    expect(pageErrors).to.deep.equal([]);
  });

  it('loads the event list chunk when an event list is added later, and the element upgrades', async () => {
    const wrapper = document.createElement('section');
    wrapper.innerHTML = '<evi-event-list src="/test/fixtures/events.json" limit="3"></evi-event-list>';
    const list = wrapper.firstElementChild as HTMLElement;
    const loaded = oneEvent(list, 'evi-load');
    document.body.append(wrapper); // added inside another element: the observer looks at the subtree
    await customElements.whenDefined('evi-event-list');
    await loaded;
    expect(list.shadowRoot).to.not.equal(null);
    expect(list.matches(':defined')).to.equal(true);
    await waitUntil(() => fetchedCdnFiles().includes('/cdn/evi-event-list.js'), 'event list chunk fetched');
    const fetched = fetchedCdnFiles();
    expect(fetched).not.to.include('/cdn/evi-member-directory.js');
    expect(fetched).not.to.include('/cdn/evi-ask-form.js');
  });

  it('is harmless when loaded twice and fetches each chunk once', async () => {
    const errors = captureLoaderErrors();
    try {
      // Pasted twice: once from the same address, and once from another copy of cdn/ (a CMS template and a
      // snippet that point at different copies). The second copy's chunk addresses (/raw/cdn/…) differ from
      // the first's, so the browser's module map cannot hide a second import: only the loaders' shared
      // bookkeeping keeps a chunk from being fetched twice.
      await loadModule('/cdn/evi-loader.js?again');
      await loadModule('/raw/cdn/evi-loader.js');
      expect(fetchedCdnFiles()).to.include('/raw/cdn/evi-loader.js');
      // a widget whose chunk is loaded, and one that every copy of the loader now sees for the first time
      const wrapper = document.createElement('div');
      wrapper.innerHTML = '<evi-network-badge></evi-network-badge><evi-member-directory src="/test/fixtures/members-directory.json"></evi-member-directory>';
      const directory = wrapper.lastElementChild as HTMLElement;
      const loaded = oneEvent(directory, 'evi-load');
      document.body.append(wrapper);
      await customElements.whenDefined('evi-member-directory');
      await loaded;
      await waitUntil(() => fetchesOf('evi-member-directory.js') > 0, 'member directory chunk fetched');
      // give a second import, had one started, the time to show up in the resource timing entries
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(directory.shadowRoot!.textContent).to.contain('Kolbäcks Smide');
      for (const chunk of ['evi-network-badge.js', 'evi-event-list.js', 'evi-member-directory.js']) {
        expect(fetchesOf(chunk), `fetches of ${chunk}`).to.equal(1);
      }
      expect(fetchesOf('evi-ask-form.js'), 'fetches of evi-ask-form.js').to.equal(0);
      expect(errors.lines).to.deep.equal([]);
      expect(pageErrors).to.deep.equal([]);
    } finally {
      errors.restore();
    }
  });
});

describe('cdn/evi-loader.js when a chunk cannot be loaded', () => {
  afterEach(() => {
    for (const iframe of document.querySelectorAll('iframe')) iframe.remove();
  });

  it('says so once, naming the file, and does not pretend to retry (the browser remembers the failure)', async () => {
    const chunk = new URL('/raw/cdn/evi-ask-form.js', location.href).href;
    const iframe = document.createElement('iframe');
    document.body.append(iframe);
    const win = iframe.contentWindow as Window & typeof globalThis & { __errors: string[] };
    const doc = iframe.contentDocument!;
    doc.open();
    // the import map sends the form's chunk to an address that answers 404
    doc.write(`<!doctype html><html><head>
      <script>window.__errors = []; const e = console.error; console.error = (...a) => { window.__errors.push(a.map(String).join(' ')); e.apply(console, a); };</script>
      <script type="importmap">${JSON.stringify({ imports: { [chunk]: '/raw/cdn/finns-inte.js' } })}</script>
      </head><body><evi-ask-form src="/test/fixtures/ask.json"></evi-ask-form>
      <script type="module" src="/raw/cdn/evi-loader.js"></script></body></html>`);
    doc.close();
    await waitUntil(() => win.__errors.length > 0, 'no console error', { timeout: 5000 });
    expect(win.__errors[0]).to.contain(`[evi-loader] could not load ${chunk} for <evi-ask-form>; reload the page to try again`);
    // a second form later: no second attempt, no second message
    doc.body.append(doc.createElement('evi-ask-form'));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(win.__errors).to.have.length(1);
    expect(win.customElements.get('evi-ask-form')).to.equal(undefined);
  });
});
