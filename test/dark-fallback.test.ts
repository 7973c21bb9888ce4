/**
 * A page's own fallback content (the slot: "Mejla din fråga", the badge's plain link) in theme="dark":
 * readable both where the widget paints its dark ground (the ask form) and where the page's white shows
 * through (the badge while it verifies or cannot reach its feed).
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/all.js';
import { contrast } from './helpers/contrast.js';

const MISSING = '/test/fixtures/does-not-exist.json';

describe('fallback links in the dark theme', () => {
  let style: HTMLStyleElement | undefined;
  afterEach(() => style?.remove());

  it("the badge's fallback link on a white page keeps the page's light link colours", async () => {
    const page = await fixture<HTMLElement>(html`<div style="background: #fff; color: #000; padding: 1em">
      <evi-network-badge theme="dark" src=${MISSING} member="kolbacks-smide"><a href="https://example.org/katalog">Medlem i Kanalnätet</a></evi-network-badge>
    </div>`);
    const badge = page.querySelector('evi-network-badge')!;
    await oneEvent(badge, 'evi-error');
    await badge.updateComplete;
    const link = badge.querySelector('a')!;
    expect(link.getBoundingClientRect().height, 'the fallback shows').to.be.greaterThan(0);
    // with the dark scheme inherited from the host, Chromium's dark default (#9e9eff) was 2.4:1 on white
    expect(contrast(getComputedStyle(link).color, 'rgb(255, 255, 255)')).to.be.at.least(4.5);
  });

  it("the ask form's fallback link on its dark ground beats a page's dark link colour", async () => {
    style = document.createElement('style');
    style.textContent = 'a { color: #0645ad }';
    document.head.append(style);
    const el = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(
      html`<evi-ask-form theme="dark" src=${MISSING}><a href="mailto:fraga@envagin.example">Mejla din fråga</a></evi-ask-form>`,
    );
    await oneEvent(el, 'evi-error');
    await el.updateComplete;
    const link = el.querySelector('a')!;
    expect(link.getBoundingClientRect().height, 'the fallback shows').to.be.greaterThan(0);
    const ground = getComputedStyle(el.shadowRoot!.querySelector('.root')!).backgroundColor;
    expect(ground).to.equal('rgb(28, 28, 31)');
    // the page's #0645ad was 2.0:1 there
    expect(contrast(getComputedStyle(link).color, ground)).to.be.at.least(4.5);
    // a link the page styled itself (a button, with its own ground) keeps its colours
    const button = document.createElement('a');
    button.href = 'mailto:fraga@envagin.example';
    button.className = 'btn';
    button.style.cssText = 'color: #fff; background: #0d6efd; padding: 0.5em';
    button.textContent = 'Skicka e-post';
    el.append(button);
    expect(getComputedStyle(button).color).to.equal('rgb(255, 255, 255)');
    button.remove();
    // and the light theme keeps the page's own link colour
    el.setAttribute('theme', 'light');
    await el.updateComplete;
    expect(getComputedStyle(link).color).to.equal('rgb(6, 69, 173)');
  });
});
