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

/** Paths of the cdn/ scripts the page has fetched so far. */
function fetchedCdnFiles(): string[] {
  return performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.startsWith('/cdn/'));
}

const WIDGET_CHUNKS = ['evi-network-badge', 'evi-event-list', 'evi-member-directory', 'evi-ask-form'];

describe('cdn/evi-loader.js', () => {
  const pageErrors: string[] = [];
  let badge: HTMLElement;

  before(async () => {
    window.addEventListener('error', (e) => pageErrors.push(e.message));
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
    await loadModule('/cdn/evi-loader.js?again');
    document.body.append(document.createElement('evi-network-badge'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    const fetched = fetchedCdnFiles();
    expect(fetched.filter((path) => path === '/cdn/evi-network-badge.js')).to.have.length(1);
    expect(fetched.filter((path) => path === '/cdn/evi-event-list.js')).to.have.length(1);
    expect(pageErrors).to.deep.equal([]);
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
