// The loading, empty and error boxes a visitor sees before (or instead of) a widget's content: each fills
// the widget's width and holds its text and its "Försök igen" button. (The event list's own "Inställt"
// pill once shared the class name `.status` with these boxes and shrank them to a 16 px strip with the
// words running down the page, which axe did not notice.)
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../src/evi-event-list.js';
import '../src/evi-member-directory.js';
import '../src/evi-ask-form.js';
import { captureConsole, stubNetwork, type NetworkStub } from './helpers/network.js';

type State = 'loading' | 'error' | 'empty';

const WIDGETS: Array<{ tag: string; feeds: Partial<Record<State, string>>; render: (src: string) => TemplateResult }> = [
  {
    tag: 'evi-event-list',
    feeds: { loading: '/feeds/hang', error: '/test/fixtures/finns-inte.json', empty: '/test/fixtures/events-empty.json' },
    render: (src) => html`<evi-event-list src=${src}></evi-event-list>`,
  },
  {
    tag: 'evi-member-directory',
    feeds: { loading: '/feeds/hang', error: '/test/fixtures/finns-inte.json', empty: '/test/fixtures/members-directory-empty.json' },
    render: (src) => html`<evi-member-directory src=${src}></evi-member-directory>`,
  },
  {
    tag: 'evi-ask-form',
    feeds: { loading: '/feeds/hang', error: '/test/fixtures/finns-inte.json' },
    render: (src) => html`<evi-ask-form src=${src}></evi-ask-form>`,
  },
];

const SELECTOR: Record<State, string> = {
  loading: '[part~=status][aria-busy=true]',
  error: '[part~=status]:has([role=alert])',
  empty: '[part~=status]:not([aria-busy]):not(:has([role=alert]))',
};

describe('the loading, empty and error boxes', () => {
  let net: NetworkStub;
  let console: ReturnType<typeof captureConsole>;
  beforeEach(() => {
    net = stubNetwork();
    console = captureConsole();
  });
  afterEach(() => {
    net.restore();
    console.restore();
  });

  for (const { tag, feeds, render } of WIDGETS) {
    for (const [state, src] of Object.entries(feeds) as Array<[State, string]>) {
      it(`${tag}, ${state}: the box is as wide as the widget and its contents fit inside`, async () => {
        const wrapper = await fixture<HTMLElement>(html`<div style="inline-size: 600px">${render(src)}</div>`);
        const el = wrapper.firstElementChild as HTMLElement;
        await waitUntil(() => el.shadowRoot?.querySelector(SELECTOR[state]), `${tag} shows ${state}`, { timeout: 3000 });
        const box = el.shadowRoot!.querySelector<HTMLElement>(SELECTOR[state])!;
        const hostWidth = el.getBoundingClientRect().width;
        expect(hostWidth).to.be.closeTo(600, 1);
        expect(box.getBoundingClientRect().width, 'box width').to.be.closeTo(hostWidth, 1);
        // (a loading box reserves the height of the content it waits for)
        if (state !== 'loading') expect(box.getBoundingClientRect().height, 'box height').to.be.lessThan(300);
        const right = box.getBoundingClientRect().right;
        for (const inner of box.querySelectorAll<HTMLElement>('*')) {
          const rect = inner.getBoundingClientRect();
          if (rect.width <= 1 && rect.height <= 1) continue; // visually hidden text
          expect(rect.right, `<${inner.localName}> stays inside the box`).to.be.at.most(right + 0.5);
          // text laid out one word per line shows as an element far taller than it is wide
          expect(rect.width, `<${inner.localName}> is not squeezed`).to.be.greaterThan(40);
        }
      });
    }
  }
});
