import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../src/all.js';
import { stubbedPage } from '../helpers/network.js';

/**
 * "Försök igen" with the keyboard, the feed answering the second time: focus lands where reading or
 * filling in starts (the first heading, else the first field), not on the whole widget.
 */
let calls = 0;
const flaky = (fixturePath: string) => async () => {
  calls++;
  return calls === 1 ? new Response('Bad Gateway', { status: 502 }) : fetch(fixturePath);
};

describe('after a successful "Försök igen", focus is on the first heading or field', () => {
  stubbedPage(() => {
    calls = 0;
    return {
      '/flaky/events.json': flaky('/test/fixtures/events.json'),
      '/flaky/members.json': flaky('/test/fixtures/members-directory.json'),
      '/flaky/network/members.json': flaky('/test/fixtures/members-directory.json'),
      '/flaky/ask.json': flaky('/test/fixtures/ask.json'),
      '/flaky/preset/ask.json': flaky('/test/fixtures/ask.json'),
    };
  });

  async function retryWithKeyboard(template: TemplateResult): Promise<HTMLElement> {
    const el = await fixture<HTMLElement>(template);
    await oneEvent(el, 'evi-error');
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~=retry]')!.focus();
    const load = oneEvent(el, 'evi-load');
    await sendKeys({ press: 'Enter' });
    await load;
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(document.activeElement === el, `focus stays in the widget, not on ${document.activeElement?.localName}`).to.equal(true);
    return el.shadowRoot!.activeElement as HTMLElement;
  }

  it('event list: the first month heading', async () => {
    const focused = await retryWithKeyboard(
      html`<evi-event-list src="/flaky/events.json" .now=${new Date('2027-01-01T12:00:00+01:00')}></evi-event-list>`,
    );
    expect(focused.localName).to.equal('h2');
    expect(focused.textContent!.trim()).to.match(/^januari 2027$/i);
  });

  it('member directory: the network heading, or the first member without one', async () => {
    const network = await retryWithKeyboard(html`<evi-member-directory src="/flaky/network/members.json" network="kanalnatet"></evi-member-directory>`);
    expect(network.localName).to.equal('h2');
    expect(network.textContent!.trim()).to.equal('Kanalnätet');
    calls = 0;
    const all = await retryWithKeyboard(html`<evi-member-directory src="/flaky/members.json"></evi-member-directory>`);
    expect(all.localName).to.equal('h3');
    expect(all.id).to.match(/^member-/);
  });

  it('ask form: the first topic, or the preselected one (where Tab would land)', async () => {
    const focused = await retryWithKeyboard(html`<evi-ask-form src="/flaky/ask.json"></evi-ask-form>`);
    expect(focused.getAttribute('name')).to.equal('topic');
    expect((focused as HTMLInputElement).value).to.equal('finansiering');
    // out of the way: the next form would be too far below the viewport to load
    ((focused.getRootNode() as ShadowRoot).host as HTMLElement).remove();
    calls = 0;
    const preset = await retryWithKeyboard(html`<evi-ask-form src="/flaky/preset/ask.json" topic="export"></evi-ask-form>`);
    expect((preset as HTMLInputElement).value).to.equal('export');
  });
});
