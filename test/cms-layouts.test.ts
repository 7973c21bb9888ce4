/**
 * A widget pasted where a CMS theme lays content out in a flex row, an inline-block, a float or a table cell
 * (found on the demo's own Centrumförening page): the event list's root was an inline-size container, which
 * gave it no width of its own, and the list collapsed to a column 0 px wide and thousands of pixels tall.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/all.js';

const NOW = new Date('2027-01-01T12:00:00+01:00');

const WRAPPERS = {
  'a block': 'display: block',
  'a flex row': 'display: flex',
  'a column flex that wraps': 'display: flex; flex-direction: column; flex-wrap: wrap',
  'an inline-block': 'display: inline-block',
  'a float': 'float: left',
  'a table cell': 'display: table-cell',
} as const;

describe('the event list in the layouts CMS themes use', function () {
  this.timeout(10_000);
  let blockHeight = 0;

  for (const [name, style] of Object.entries(WRAPPERS)) {
    it(`in ${name}: as wide as its content allows, not a column of single letters`, async () => {
      const wrapper = await fixture<HTMLElement>(html`<div style="width: 900px">
        <div style=${style}><evi-event-list src="/test/fixtures/events.json" limit="2" .now=${NOW}></evi-event-list></div>
      </div>`);
      const el = wrapper.querySelector<HTMLElement>('evi-event-list')!;
      await waitUntil(() => el.shadowRoot?.querySelector('li.event'), 'the events are listed', { timeout: 3000 });
      const box = el.getBoundingClientRect();
      expect(box.width, 'width').to.be.greaterThan(300);
      if (name === 'a block') blockHeight = box.height;
      else expect(box.height, `height (in a block: ${blockHeight} px)`).to.be.lessThan(blockHeight * 2);
      const title = el.shadowRoot!.querySelector('h3')!;
      expect(title.getBoundingClientRect().height, 'the first title on a line or two').to.be.lessThan(80);
    });
  }
});

describe('the event list details in a narrow column', () => {
  it('put each label above its value (the container query now on the details)', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div style="width: 320px">
      <evi-event-list src="/test/fixtures/events.json" .now=${NOW}></evi-event-list>
    </div>`);
    const el = wrapper.querySelector<HTMLElement & { updateComplete: Promise<boolean> }>('evi-event-list')!;
    await waitUntil(() => el.shadowRoot?.querySelector('li.event'), 'the events are listed', { timeout: 3000 });
    const card = [...el.shadowRoot!.querySelectorAll('li.event')].find((li) => li.textContent!.includes('sociala medier'))!;
    card.querySelector<HTMLButtonElement>('button[aria-expanded]')!.click();
    await el.updateComplete;
    const dt = card.querySelector('dt')!.getBoundingClientRect();
    const dd = card.querySelector('dd')!.getBoundingClientRect();
    expect(dd.top, 'the value under its label').to.be.at.least(dt.bottom - 0.5);
    // and side by side where there is room
    wrapper.style.width = '900px';
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const wideDt = card.querySelector('dt')!.getBoundingClientRect();
    const wideDd = card.querySelector('dd')!.getBoundingClientRect();
    expect(Math.abs(wideDd.top - wideDt.top), 'side by side').to.be.lessThan(2);
  });
});
