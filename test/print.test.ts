/**
 * On paper (Ctrl+P, or "Save as PDF"): browsers print no backgrounds, so a dark widget's light text landed on
 * white paper (2.6:1); buttons printed as pale boxes; a notice-board printout lost where "Anmälan" leads.
 * Found by a review that printed every state to PDF. Media emulated as print, as the browser does when printing.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../src/all.js';
import { rootColours } from './helpers/theme.js';

const NOW = new Date('2027-01-01T12:00:00+01:00');

async function loaded<T extends HTMLElement>(template: ReturnType<typeof html>, ready: string): Promise<T> {
  const el = await fixture<T>(template);
  await waitUntil(() => el.shadowRoot?.querySelector(ready), `${el.localName} rendered`, { timeout: 3000 });
  return el;
}

const visible = (element: Element) => element.getClientRects().length > 0;

describe('printed', function () {
  this.timeout(10_000);
  afterEach(() => emulateMedia({ media: 'screen' }));

  for (const theme of ['dark', 'light']) {
    it(`theme="${theme}": every widget prints dark text with no box of its own (the light theme's colours)`, async () => {
      const wrapper = await fixture<HTMLElement>(html`<div>
        <evi-event-list theme=${theme} src="/test/fixtures/events.json" .now=${NOW}></evi-event-list>
        <evi-member-directory theme=${theme} src="/test/fixtures/members.json"></evi-member-directory>
        <evi-ask-form theme=${theme} src="/test/fixtures/ask.json"></evi-ask-form>
      </div>`);
      const widgets = [...wrapper.children] as HTMLElement[];
      for (const el of widgets) await waitUntil(() => el.shadowRoot?.querySelector('.root:not(.status)'), `${el.localName} rendered`, { timeout: 3000 });
      const onScreen = widgets.map((el) => rootColours(el).color);
      await emulateMedia({ media: 'print' });
      for (const el of widgets) {
        const { color } = rootColours(el);
        expect(color, `${el.localName} text on paper`).to.equal('rgb(29, 29, 31)');
        // the dark theme's own box (padding on a dark ground) is not printed; the form keeps its form box
        if (el.localName !== 'evi-ask-form') {
          expect(getComputedStyle(el.shadowRoot!.querySelector('.root')!).paddingTop, `${el.localName} root padding`).to.equal('0px');
        }
      }
      if (theme === 'dark') expect(onScreen.every((colour) => colour !== 'rgb(29, 29, 31)'), 'dark on screen').to.equal(true);
    });
  }

  it('event list: no controls, and the sign-up and venue links print where they go', async () => {
    const el = await loaded<HTMLElement>(html`<evi-event-list src="/test/fixtures/events.json" .now=${NOW}></evi-event-list>`, 'li.event');
    const card = [...el.shadowRoot!.querySelectorAll('li.event')].find((li) => li.querySelector('.links, button[aria-expanded]') && li.textContent!.includes('sociala medier'))!;
    card.querySelector<HTMLButtonElement>('button[aria-expanded]')!.click();
    await (el as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    await emulateMedia({ media: 'print' });
    const shown = [...el.shadowRoot!.querySelectorAll('button, .filter, .calendar')].filter(visible);
    expect(shown.map((node) => node.textContent!.trim().slice(0, 30))).to.deep.equal([]);
    const venue = card.querySelector<HTMLAnchorElement>('dd a')!;
    expect(getComputedStyle(venue, '::after').content).to.equal(`" ${venue.getAttribute('href')}"`);
    expect(getComputedStyle(card).breakInside).to.equal('avoid');
  });

  it('event list: no "I dag" on paper, and the date then starts with its capital', async () => {
    const feed = { version: 1, events: [{ id: 'i-dag', title: 'Frukostmöte', start: '2027-01-01T15:00:00+01:00', end: '2027-01-01T16:00:00+01:00' }] };
    const url = URL.createObjectURL(new Blob([JSON.stringify(feed)], { type: 'application/json' }));
    const el = await loaded<HTMLElement>(html`<evi-event-list src=${url} .now=${NOW}></evi-event-list>`, 'li.event');
    const when = el.shadowRoot!.querySelector<HTMLElement>('.when')!;
    expect(when.innerText.replace(/\s+/g, ' ').trim()).to.equal('I dag, fredag 1 januari 15:00–16:00');
    await emulateMedia({ media: 'print' });
    expect(when.innerText.replace(/\s+/g, ' ').trim()).to.equal('Fredag 1 januari 15:00–16:00');
  });

  it("event list: every shown event's details print (description, sign-up), and close again after", async () => {
    const el = await loaded<HTMLElement & { updateComplete: Promise<boolean> }>(
      html`<evi-event-list src="/test/fixtures/events.json" .now=${NOW} limit="5"></evi-event-list>`,
      'li.event',
    );
    const toggles = () => [...el.shadowRoot!.querySelectorAll('li.event button[aria-expanded]')];
    toggles()[1].dispatchEvent(new MouseEvent('click'));
    await el.updateComplete;
    expect(toggles().map((b) => b.getAttribute('aria-expanded'))).to.deep.equal(['false', 'true', 'false', 'false', 'false']);
    window.dispatchEvent(new Event('beforeprint'));
    // laid out for print at once: no await between the event and the check
    expect(toggles().map((b) => b.getAttribute('aria-expanded'))).to.deep.equal(['true', 'true', 'true', 'true', 'true']);
    expect(el.shadowRoot!.textContent).to.contain('Lär dig planera och mäta');
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect(toggles().map((b) => b.getAttribute('aria-expanded'))).to.deep.equal(['false', 'true', 'false', 'false', 'false']);
  });

  it('ask form: no buttons on the printed form', async () => {
    const el = await loaded<HTMLElement>(html`<evi-ask-form src="/test/fixtures/ask.json"></evi-ask-form>`, 'form');
    await emulateMedia({ media: 'print' });
    expect([...el.shadowRoot!.querySelectorAll('.button')].filter(visible).length).to.equal(0);
  });
});
