/**
 * Lifecycle with the CDN bundle (issue 7, item 4): the element is in the page before the script
 * loads, and the script is loaded twice. Imports nothing from src/.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';

function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.type = 'module';
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.append(script);
  });
}

describe('element in the page before cdn/evi-widgets.js, script loaded twice', () => {
  it('upgrades the waiting elements, verifies, and does not throw', async () => {
    const errors: string[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.message);
    window.addEventListener('error', onError);
    const page = await fixture<HTMLElement>(html`<div>
      <evi-network-badge src="/test/fixtures/members.json" member="kolbacks-smide" network="kanalnatet" href="/katalog"><a href="/katalog">Medlem i Kanalnätet</a></evi-network-badge>
      <evi-member-directory src="/test/fixtures/members-directory.json" page-size="3"></evi-member-directory>
    </div>`);
    const badge = page.querySelector('evi-network-badge')!;
    const directory = page.querySelector('evi-member-directory')!;
    expect(customElements.get('evi-network-badge')).to.equal(undefined);
    expect(badge.shadowRoot).to.equal(null);
    const verified = oneEvent(badge, 'evi-verify');
    const loaded = oneEvent(directory, 'evi-load');
    await loadScript('/cdn/evi-widgets.js');
    await loadScript('/cdn/evi-widgets.js?twice');
    expect((await verified).detail.verified).to.equal(true);
    await loaded;
    await (directory as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(badge.shadowRoot!.querySelector('a[part=badge]')).not.to.equal(null);
    expect(directory.shadowRoot!.textContent).to.contain('Kolbäcks');
    window.removeEventListener('error', onError);
    expect(errors).to.deep.equal([]);
  });
});
