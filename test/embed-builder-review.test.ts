/**
 * The embed builder after the webmasters' review (demo/embed-builder.ts, demo/snippet.ts): no snippet that points
 * at the demo, errors said in words, the badge's ids checked against the feed when it can be read, a no-JS
 * fallback link for every widget, the snippet in "once per page" and "per widget" parts, the attributes the
 * municipal site needs, and a focus ring that can be seen. The manifest is made up (valid format, fake hashes),
 * as in test/embed-builder.test.ts.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { mountEmbedBuilder } from '../demo/embed-builder.js';
import '../src/all.js';
import { contrast } from './helpers/contrast.js';
import { hash, MANIFEST } from './helpers/manifest.js';


const MEMBERS = new URL('/stories/feeds/members.json', location.href).href;
const EVENTS = new URL('/stories/feeds/events.json', location.href).href;
const ASK = new URL('/stories/feeds/ask.json', location.href).href;
/** A feed the builder cannot read (as one on a server without CORS for the builder's page). */
const UNREADABLE = new URL('/stories/feeds/finns-inte.json', location.href).href;
const CDN = 'https://cdn.example.se/@envagin/widgets@9.8.7/cdn/';

async function mount(values?: Record<string, string>, waitForFeed = true) {
  const root = await fixture<HTMLElement>(html`<div></div>`);
  await mountEmbedBuilder(root, { manifest: { manifest: MANIFEST, source: 'cdn/manifest.json' }, feeds: '/stories/feeds/', values });
  // until the builder has read a members feed it shows no code (the ids are not checked yet)
  if (waitForFeed) await waitUntil(() => root.querySelector('#snippet-checking')?.hasAttribute('hidden') ?? true, 'the feed was read', { timeout: 3000 });
  const $ = <T extends HTMLElement>(name: string) => root.querySelector<T>(`#${name}`);
  /** A field of the chosen widget by name (attribute or not), or the CDN address. */
  const field = (name: string) =>
    (name === 'cdn' ? root.querySelector('#f-cdn') : root.querySelector(`#fields [name="${name}"]`)) as HTMLInputElement | HTMLSelectElement | null;
  // (before the split there was one textarea, #snippet: read as both, so each test fails for its own reason there)
  const scripts = () => ($<HTMLTextAreaElement>('snippet-scripts') ?? $<HTMLTextAreaElement>('snippet'))?.value ?? '';
  const element = () => ($<HTMLTextAreaElement>('snippet-element') ?? $<HTMLTextAreaElement>('snippet'))?.value ?? '';
  /** The visitor types `value` into the field and leaves it. */
  const fill = async (name: string, value: string) => {
    const control = field(name);
    expect(control !== null, `a field named ${name}`).to.equal(true);
    control!.value = value;
    control!.dispatchEvent(new Event('input', { bubbles: true }));
    control!.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
    await new Promise((resolve) => setTimeout(resolve, 0));
    await feedChecked();
    return control!;
  };
  /** Until the builder has read a members feed it shows no code (the ids are not checked yet). */
  const feedChecked = () =>
    waitUntil(() => root.querySelector('#snippet-checking')?.hasAttribute('hidden') ?? true, 'the feed was read', { timeout: 3000 });
  const choose = (name: string, value: string) => {
    const radio = root.querySelector<HTMLInputElement>(`input[name="${name}"][value="${value}"]`)!;
    radio.checked = true;
    radio.dispatchEvent(new Event('input', { bubbles: true }));
  };
  /** The error text shown for the field (null when none is shown), checked to be linked to it. */
  const errorOf = (name: string): string | null => {
    const control = field(name)!;
    const ids = (control.getAttribute('aria-describedby') ?? '').split(/\s+/);
    const shown = ids.map((id) => root.querySelector<HTMLElement>(`#${CSS.escape(id)}`)).find((el) => el?.classList.contains('error') && !el.hidden);
    if (!shown) {
      expect(control.getAttribute('aria-invalid'), `${name} is marked invalid without an error in words`).to.not.equal('true');
      return null;
    }
    expect(control.getAttribute('aria-invalid')).to.equal('true');
    expect(shown.textContent!.trim()).to.not.equal('');
    return shown.textContent!;
  };
  const problems = () => [...root.querySelectorAll('#snippet-problems:not([hidden]) li')].map((li) => li.textContent ?? '');
  return { root, $, field, scripts, element, fill, choose, errorOf, problems };
}

/** Everything a badge needs, typed by the visitor. */
const BADGE = { src: MEMBERS, member: 'kolbacks-smide', network: 'kanalnatet', 'network-name': 'Kanalnätet', cdn: CDN };

describe('embed builder after a review of its rework', () => {
  /** Answers `url` with `answer` (a promise: the test decides when), everything else as usual. */
  function stubFeed(url: string, answer: () => Promise<Response>): () => void {
    const real = window.fetch;
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) =>
      String(input instanceof Request ? input.url : input) === url ? answer() : real(input, init);
    return () => (window.fetch = real);
  }

  it("reads the feed with the widgets' own reader: a member the badge would skip is no member", async () => {
    const url = 'https://feeds.example.se/members.json';
    const feed = {
      version: 1,
      networks: [{ id: 'kanalnatet', name: 'Kanalnätet' }],
      members: [
        // the widget keeps the first of two with one id (here inactive), and skips a member without a name
        { id: 'dubbel', name: 'Först AB', status: 'inactive', networks: ['kanalnatet'] },
        { id: 'dubbel', name: 'Sedan AB', networks: ['kanalnatet'] },
        { id: 'namnlos', networks: ['kanalnatet'] },
        { id: 'ratt', name: 'Rätt AB', networks: ['kanalnatet'] },
      ],
    };
    const restore = stubFeed(url, () => Promise.resolve(new Response(JSON.stringify(feed))));
    try {
      const { fill, errorOf, element } = await mount({ ...BADGE, src: url, member: 'ratt' });
      await waitUntil(() => element() !== '', 'the snippet for a member the badge verifies', { timeout: 3000 });
      await fill('member', 'dubbel');
      await waitUntil(() => errorOf('member') !== null, 'an error for the inactive first "dubbel"', { timeout: 3000 });
      expect(errorOf('member')).to.contain('inaktiv');
      expect(element()).to.equal('');
      await fill('member', 'namnlos');
      expect(errorOf('member')).to.contain('ingen medlem med id ”namnlos”');
      expect(element()).to.equal('');
    } finally {
      restore();
    }
  });

  it('shows no code to copy while the feed is read, and copies nothing then', async () => {
    const url = 'https://feeds.example.se/slow-members.json';
    let release!: (response: Response) => void;
    const restore = stubFeed(url, () => new Promise((resolve) => (release = resolve)));
    try {
      const { $, root, element } = await mount({ ...BADGE, src: url, member: 'nobody' }, false);
      await waitUntil(() => release !== undefined, 'the builder reads the feed', { timeout: 3000 });
      expect(element(), 'no code while member and network are unchecked').to.equal('');
      expect($('snippet-checking')!.hidden).to.equal(false);
      const copyButton = [...root.querySelectorAll('button')].find((button) => /Kopiera/.test(button.textContent ?? ''))!;
      copyButton.click();
      await waitUntil(() => /Inget kopierades/.test(root.textContent ?? ''), 'says nothing was copied', { timeout: 3000 });
      release(new Response(JSON.stringify({ version: 1, networks: [{ id: 'kanalnatet', name: 'Kanalnätet' }], members: [] })));
      await waitUntil(() => $('snippet-checking')!.hidden, 'the check is done', { timeout: 3000 });
      expect(element(), 'an unknown member still gets no code').to.equal('');
    } finally {
      restore();
    }
  });

  it('asks for a CDN address with its version: files at an unversioned address change under the same name', async () => {
    const { fill, errorOf, element } = await mount(BADGE);
    await fill('cdn', 'https://cdn.jsdelivr.net/npm/@envagin/widgets/cdn/');
    expect(errorOf('cdn')).to.contain('Adressen måste ange versionen');
    expect(element()).to.equal('');
    await fill('cdn', 'https://cdn.kommun.se/widgets/9.8.7/cdn/');
    expect(errorOf('cdn')).to.equal(null);
  });
});

describe('embed builder after the webmaster review', () => {
  describe('1. no snippet pointing at the demo', () => {
    it('starts with the feed and CDN addresses empty, with placeholders, and withholds the snippet, listing what to fill in', async () => {
      const { field, scripts, element, problems, $ } = await mount();
      expect(field('src')!.value).to.equal('');
      expect((field('src') as HTMLInputElement).placeholder).to.equal('https://www.hallstahammar.se/…/members.json');
      expect(field('cdn')!.value).to.equal('');
      expect((field('cdn') as HTMLInputElement).placeholder).to.match(/^https:\/\//);
      expect(scripts()).to.equal('');
      expect(element()).to.equal('');
      expect($('snippet-scripts')!.checkVisibility()).to.equal(false);
      expect($('snippet-problems')!.textContent).to.contain('Koden visas när de här uppgifterna är rätt ifyllda');
      const listed = problems().join('\n');
      expect(listed).to.contain('Flödets adress');
      expect(listed).to.contain('Adress till cdn/-mappen');
    });

    it('previews the demo feed while the address is empty, and says so in the preview hint', async () => {
      const { $, fill } = await mount();
      expect($('preview')!.querySelector('evi-network-badge')!.getAttribute('src')).to.equal(MEMBERS);
      expect($('preview-hint')!.textContent).to.contain('Flödets adress är tom, så förhandsvisningen visar demons exempelflöde');
      await fill('src', UNREADABLE);
      expect($('preview')!.querySelector('evi-network-badge')!.getAttribute('src')).to.equal(UNREADABLE);
      expect($('preview-hint')!.textContent).not.to.contain('exempelflöde');
    });

    it('writes the snippet once the feed and CDN addresses are full http(s) addresses and every field is right', async () => {
      const { scripts, element, fill, problems } = await mount();
      await fill('src', MEMBERS);
      await fill('member', 'kolbacks-smide');
      await fill('network-name', 'Kanalnätet');
      expect(element()).to.equal('');
      await fill('cdn', CDN);
      expect(problems()).to.deep.equal([]);
      expect(scripts()).to.contain(`src="${CDN}evi-loader.js" integrity="${hash('L')}"`);
      expect(element()).to.contain(`src="${MEMBERS}"`);
      expect(element()).not.to.contain('127.0.0.1:5173');
    });
  });

  describe('2. errors in words', () => {
    const cases: Array<{ widget?: string; name: string; value: string; says: RegExp }> = [
      { name: 'src', value: '', says: /Fyll i flödets adress/ },
      { name: 'src', value: 'feeds/members.json', says: /Skriv hela adressen, med https:\/\/ först/ },
      { name: 'member', value: '', says: /Fyll i medlemmens id/ },
      { name: 'href', value: 'javascript:alert(1)', says: /javascript: går inte att använda/ },
      { name: 'href', value: 'example.org/foretag', says: /Skriv hela adressen, med https:\/\/ först/ },
      { name: 'cdn', value: '', says: /Fyll i adressen till cdn\/-mappen/ },
      { name: 'cdn', value: '/cdn/', says: /Skriv hela adressen, med https:\/\/ först/ },
      { name: 'cdn', value: `${CDN}?x=1`, says: /Ta bort \?… och #…/ },
      // hashes of 9.8.7 would refuse the files of another version
      { name: 'cdn', value: 'https://cdn.example.se/@envagin/widgets@0.0.1/cdn/', says: /gäller version 0\.0\.1, men kontrollsummorna gäller version 9\.8\.7/ },
      { widget: 'evi-event-list', name: 'limit', value: '0', says: /minst 1/ },
      { widget: 'evi-event-list', name: 'limit', value: '-3', says: /minst 1/ },
      { widget: 'evi-member-directory', name: 'page-size', value: '0', says: /minst 1/ },
    ];
    for (const { widget, name, value, says } of cases) {
      it(`${widget ?? 'evi-network-badge'} ${name}="${value}": an error in words at the field, and no snippet`, async () => {
        const { fill, choose, errorOf, element, problems } = await mount(BADGE);
        if (widget) {
          choose('widget', widget);
          await fill('src', widget === 'evi-event-list' ? EVENTS : MEMBERS);
        }
        // valid to begin with (the feed check may still be reading), then broken
        await waitUntil(() => element() !== '', `no snippet to begin with: ${problems().join(' | ')}`);
        await fill(name, 'x');
        await fill(name, value);
        expect(errorOf(name) ?? '(no error shown)').to.match(says);
        expect(element()).to.equal('');
        expect(problems().some((text) => says.test(text)), problems().join(' | ')).to.equal(true);
      });
    }

    it('shows no error before a field is left; trying to copy shows them all and moves focus to the first', async () => {
      const { $, field, errorOf } = await mount();
      const src = field('src')!;
      src.value = 'x';
      src.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise((resolve) => setTimeout(resolve, 350));
      expect(errorOf('src')).to.equal(null);
      expect(errorOf('member')).to.equal(null);
      $<HTMLButtonElement>('copy-element')!.click();
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(errorOf('src') ?? '(no error shown)').to.match(/Skriv hela adressen/);
      expect(errorOf('member') ?? '(no error shown)').to.match(/Fyll i medlemmens id/);
      expect(errorOf('cdn') ?? '(no error shown)').to.match(/Fyll i adressen till cdn\/-mappen/);
      expect(document.activeElement === src).to.equal(true);
      expect($('copy-status')!.textContent).to.contain('Inget kopierades');
    });

    it('the list of what to fix links to each field', async () => {
      const { root, field } = await mount();
      const link = root.querySelector<HTMLAnchorElement>('#snippet-problems li a')!;
      expect(link.getAttribute('href')).to.equal(`#${field('src')!.id}`);
      link.click();
      expect(document.activeElement === field('src')).to.equal(true);
    });
  });

  describe('3. the badge checked against the members feed', () => {
    it('names an unknown member or network, with a suggestion or the ids the feed has', async () => {
      const { fill, errorOf, element, $ } = await mount(BADGE);
      await waitUntil(() => element() !== '', 'no snippet to begin with');
      await waitUntil(() => $('feed-check')!.textContent!.includes('Flödet gick att läsa härifrån'), $('feed-check')!.textContent!);
      await fill('member', 'kolbacks-smid');
      await waitUntil(() => errorOf('member') !== null, 'no error for an unknown member');
      expect(errorOf('member') ?? '(no error shown)').to.contain('Medlemsflödet har ingen medlem med id ”kolbacks-smid”. Menade du ”kolbacks-smide”?');
      expect(element()).to.equal('');
      await fill('member', 'kolbacks-smide');
      await fill('network', 'lrf');
      expect(errorOf('network') ?? '(no error shown)').to.contain(
        'Flödet har inget nätverk med id ”lrf”. Id:n i flödet: kanalnatet, hallstahammar-promotion, stromsholms-hastforetagare, centrumforeningen.',
      );
      // a network the member is not in: the badge would never show
      await fill('network', 'centrumforeningen');
      expect(errorOf('network') ?? '(no error shown)').to.contain('är inte med i nätverket ”centrumforeningen”');
      await fill('network', 'kanalnatet');
      expect(errorOf('network')).to.equal(null);
      expect(element()).to.contain('kolbacks-smide');
    });

    it("fills in the network's name from the feed for the fallback text", async () => {
      const { field, fill, element } = await mount({ src: MEMBERS, member: 'kolbacks-smide', network: 'kanalnatet', cdn: CDN });
      await waitUntil(() => field('network-name')!.value === 'Kanalnätet', 'the name was not filled in from the feed');
      await waitUntil(() => element().includes('>Medlem i Kanalnätet<') || element().includes('Medlem i Kanalnätet\n'), element());
      await fill('network', 'hallstahammar-promotion');
      await waitUntil(() => field('network-name')!.value === 'Hallstahammar Promotion', 'the name did not follow the network');
    });

    it("when the feed cannot be read: says so, and asks for the network's name instead of writing its id", async () => {
      const { $, fill, errorOf, element, problems } = await mount({ src: UNREADABLE, member: 'kolbacks-smide', network: 'kanalnatet', cdn: CDN });
      await waitUntil(() => /gick inte att läsa/.test($('feed-check')?.textContent ?? ''), 'the builder did not say it cannot read the feed');
      expect(element()).to.equal('');
      expect(problems().join(' ')).to.contain('Nätverkets namn');
      await fill('network-name', '');
      expect(errorOf('network-name') ?? '(no error shown)').to.contain('Fyll i nätverkets namn');
      await fill('network-name', 'Kanalnätet');
      expect(element()).to.contain('Medlem i Kanalnätet');
      expect(element()).not.to.contain('Medlem i kanalnatet');
    });
  });

  describe('3b. a feed that could not be read', () => {
    const original = window.fetch;
    afterEach(() => {
      window.fetch = original;
    });

    it('is read again when the visitor comes back to the tab (CORS fixed meanwhile), not only after a reload', async () => {
      // the feed server refuses the builder's page at first (as without CORS), then lets it read the feed
      const src = `${MEMBERS}?cors-later`;
      let refused = true;
      window.fetch = (input, init) =>
        String(input instanceof Request ? input.url : input) === src && refused ? Promise.reject(new TypeError('Failed to fetch')) : original(input, init);
      const { $, element } = await mount({ ...BADGE, src });
      await waitUntil(() => /gick inte att läsa/.test($('feed-check')?.textContent ?? ''), 'the builder did not say it cannot read the feed');
      expect($('feed-check')!.textContent).to.contain('läses igen när du kommer tillbaka');
      refused = false;
      window.dispatchEvent(new Event('focus'));
      await waitUntil(() => $('feed-check')!.textContent!.includes('Flödet gick att läsa härifrån'), $('feed-check')!.textContent!);
      await waitUntil(() => element().includes('kolbacks-smide'), 'the snippet after the feed was read');
    });
  });

  describe('4. a no-JS fallback link for the other widgets', () => {
    const widgets = [
      { widget: 'evi-event-list', src: EVENTS, href: 'https://www.hallstahammar.se/evenemang?a=1&b=2' },
      { widget: 'evi-member-directory', src: MEMBERS, href: 'http://www.hallstahammar.se/foretag' },
      { widget: 'evi-ask-form', src: ASK, href: 'mailto:fragor@exempel.se' },
    ];
    for (const { widget, src, href } of widgets) {
      it(`${widget}: the link is the element's child, escaped, http(s) and mailto: only`, async () => {
        const { choose, fill, element, errorOf, $ } = await mount({ cdn: CDN });
        choose('widget', widget);
        await fill('src', src);
        expect(element()).to.contain(`<${widget}`);
        expect(element()).not.to.contain('<a ');
        await fill('fallback-href', href);
        await fill('fallback-text', 'Se <alla> & "fler"');
        const escaped = href.replace(/&/g, '&amp;');
        expect(element()).to.contain(`>\n  <a href="${escaped}">Se &lt;alla&gt; &amp; "fler"</a>\n</${widget}>`);
        // the preview has it too, as text
        const link = $('preview')!.querySelector(`${widget} > a`)!;
        expect(link.getAttribute('href')).to.equal(href);
        expect(link.textContent).to.equal('Se <alla> & "fler"');
        for (const bad of ['javascript:alert(1)', 'data:text/html,x', '/evenemang', 'www.hallstahammar.se']) {
          await fill('fallback-href', bad);
          expect(errorOf('fallback-href'), bad).to.not.equal(null);
          expect(element()).to.equal('');
          expect($('preview')!.querySelector('a') === null).to.equal(true);
        }
        // an address without a text
        await fill('fallback-href', href);
        await fill('fallback-text', '');
        expect(errorOf('fallback-text') ?? '(no error shown)').to.contain('Skriv länkens text');
        expect(element()).to.equal('');
      });
    }
  });

  describe('5. scripts once per page, the element per widget', () => {
    it('two parts, each with its own copy button, and says in words to paste the scripts once', async () => {
      const { $, scripts, element } = await mount(BADGE);
      expect(scripts()).to.contain('<script type="importmap">');
      expect(scripts()).to.contain('evi-loader.js');
      expect(scripts()).not.to.contain('<evi-');
      expect(element()).to.match(/^<evi-network-badge/);
      expect(element()).not.to.contain('<script');
      expect($('scripts-heading')!.textContent).to.contain('en gång per sida');
      expect($('scripts-hint')!.textContent).to.contain('Klistra in skripten en gång på varje sida');
      expect($('element-heading')!.textContent).to.contain('ett per komponent');
      const copied: string[] = [];
      const clipboard = navigator.clipboard as Clipboard & { writeText: (text: string) => Promise<void> };
      const original = Object.getOwnPropertyDescriptor(clipboard, 'writeText');
      Object.defineProperty(clipboard, 'writeText', { configurable: true, value: async (text: string) => void copied.push(text) });
      try {
        $<HTMLButtonElement>('copy-scripts')!.click();
        await waitUntil(() => copied.length === 1);
        expect(copied[0]).to.equal(scripts());
        expect($('copy-status')!.textContent).to.contain('Skripten är kopierade');
        $<HTMLButtonElement>('copy-element')!.click();
        await waitUntil(() => copied.length === 2);
        expect(copied[1]).to.equal(element());
        expect($('copy-status')!.textContent).to.contain('Elementet är kopierat');
      } finally {
        if (original) Object.defineProperty(clipboard, 'writeText', original);
        else delete (clipboard as { writeText?: unknown }).writeText;
      }
    });
  });

  describe('6. the attributes the municipal site needs', () => {
    for (const widget of ['evi-event-list', 'evi-member-directory', 'evi-ask-form']) {
      it(`${widget}: heading-level`, async () => {
        const { choose, fill, element } = await mount({ cdn: CDN });
        choose('widget', widget);
        await fill('src', widget === 'evi-event-list' ? EVENTS : widget === 'evi-ask-form' ? ASK : MEMBERS);
        expect(element()).not.to.contain('heading-level');
        await fill('heading-level', '4');
        expect(element()).to.contain('heading-level="4"');
      });
    }

    it('evi-member-directory: query', async () => {
      const { choose, fill, element } = await mount({ cdn: CDN });
      choose('widget', 'evi-member-directory');
      await fill('src', MEMBERS);
      await fill('query', 'smide');
      expect(element()).to.contain('query="smide"');
    });

    it('switching widgets keeps the typed feed address where it applies', async () => {
      const { choose, fill, field } = await mount();
      await fill('src', MEMBERS);
      await fill('cdn', CDN);
      choose('widget', 'evi-member-directory');
      expect(field('src')!.value).to.equal(MEMBERS);
      choose('widget', 'evi-event-list');
      expect(field('src')!.value).to.equal('');
      await fill('src', EVENTS);
      choose('widget', 'evi-network-badge');
      expect(field('src')!.value).to.equal(MEMBERS);
      choose('widget', 'evi-event-list');
      expect(field('src')!.value).to.equal(EVENTS);
    });
  });

  describe('7. the focus ring', () => {
    it('has at least 3:1 contrast with the white and off-white the builder sits on', async () => {
      const { field } = await mount();
      const input = field('src')!;
      input.focus();
      expect(input.matches(':focus-visible')).to.equal(true);
      const ring = getComputedStyle(input).outlineColor;
      for (const background of ['rgb(255, 255, 255)', 'rgb(247, 247, 245)']) {
        expect(contrast(ring, background), `${ring} on ${background}`).to.be.at.least(3);
      }
    });

    it("demo.css (the builder page's links): the same", async () => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(await (await fetch('/demo/demo.css')).text());
      const rule = [...sheet.cssRules].find((r): r is CSSStyleRule => r instanceof CSSStyleRule && r.selectorText === 'a:focus-visible')!;
      const probe = document.createElement('span');
      probe.style.color = rule.style.outlineColor;
      document.body.append(probe);
      const ring = getComputedStyle(probe).color;
      probe.remove();
      expect(contrast(ring, 'rgb(255, 255, 255)')).to.be.at.least(3);
    });
  });
});
