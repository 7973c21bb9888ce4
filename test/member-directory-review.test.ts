// What a visitor noticed in the member directory: websites with å, ä and ö shown as punycode and
// percent escapes, and a count on screen that disagreed with the list while they typed.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/evi-member-directory.js';
import type { EviMemberDirectory } from '../src/member-directory/member-directory.js';
import { displayHost, TYPING_DEBOUNCE_MS } from '../src/member-directory/member-directory.js';
import { stubbedPage } from './helpers/network.js';

const FEED = {
  version: 1,
  networks: [{ id: 'lrf', name: 'LRF Hallstahammar' }],
  members: [
    { id: 'akeri', name: 'Kolbäcks Åkeri AB', industry: 'Transport', website: 'https://www.kolbäcksåkeri.se/' },
    { id: 'stall', name: 'Strömsholms Stall', industry: 'Häst', website: 'https://stromsholm.example/om-oss/hästar?utm_source=katalog#kontakt' },
    { id: 'smide', name: 'Kolbäcks Smide AB', industry: 'Tillverkning', website: 'https://WWW.Kolbacks-Smide.example:8443/' },
    { id: 'bygg', name: 'Bygg & Montage i Hallstahammar', industry: 'Bygg', website: 'http://bygg.example/sida%2Fett/' },
  ],
};

stubbedPage(() => ({
  '/feeds/directory-review.json': () => Promise.resolve(new Response(JSON.stringify(FEED), { headers: { 'Content-Type': 'application/json' } })),
}));

async function render(): Promise<EviMemberDirectory> {
  const el = await fixture<EviMemberDirectory>(html`<evi-member-directory src="/feeds/directory-review.json"></evi-member-directory>`);
  await waitUntil(() => el.shadowRoot?.querySelector('li h3'), 'the members are listed', { timeout: 3000 });
  await el.updateComplete;
  return el;
}

const cardOf = (el: EviMemberDirectory, name: string) =>
  [...el.shadowRoot!.querySelectorAll('li')].find((li) => li.querySelector('h3')?.textContent?.trim() === name)!;

describe('member directory, as the review found it', () => {
  it('shows a website as the feed writes it, with å, ä and ö, and links to it as given', async () => {
    const el = await render();
    const website = (name: string) => {
      const link = [...cardOf(el, name).querySelectorAll<HTMLAnchorElement>('a[href^="http"]')][0];
      return { text: link.textContent!.replace(/\s+/g, ' ').trim(), href: link.href };
    };
    expect(website('Kolbäcks Åkeri AB').text).to.contain('kolbäcksåkeri.se');
    expect(website('Kolbäcks Åkeri AB').text).not.to.contain('xn--');
    expect(website('Kolbäcks Åkeri AB').href).to.equal('https://www.xn--kolbckskeri-o8aq.se/');
    expect(website('Strömsholms Stall').text).to.contain('stromsholm.example/om-oss/hästar');
    expect(website('Strömsholms Stall').text).not.to.match(/%|utm_source|#/);
    expect(website('Kolbäcks Smide AB').text).to.contain('kolbacks-smide.example');
    expect(website('Kolbäcks Smide AB').text).not.to.match(/WWW|8443|\/$/);
    // an escaped slash stays escaped: decoding it would show a path the link does not go to
    expect(website('Bygg & Montage i Hallstahammar').text).to.contain('bygg.example/sida%2Fett');
  });

  it('names the host and path the link goes to, also for odd but valid addresses', () => {
    const cases: Array<[string, string]> = [
      ['https://www.kolbäcksåkeri.se/', 'kolbäcksåkeri.se'],
      ['https://KOLBÄCK.se/Om', 'kolbäck.se/Om'],
      ['http://[::1]/', '[::1]'],
      ['https://[2001:db8::1]:8443/om', '[2001:db8::1]/om'],
      ['https://a@b@exempel.se/', 'exempel.se'],
      ['https://user:pass@exempel.se:8080/om/', 'exempel.se/om'],
      ['https://exempel.se\\om', 'exempel.se/om'],
      ['https:exempel.se/x', 'exempel.se/x'],
      ['https://exempel.se/om%20oss', 'exempel.se/om oss'],
      // a right-to-left override would make the text read backwards: left escaped
      ['https://exempel.se/%E2%80%AEgpj.exe', 'exempel.se/%E2%80%AEgpj.exe'],
      ['https://exempel.se/100%', 'exempel.se/100%'],
    ];
    for (const [website, shown] of cases) expect(displayHost(website), website).to.equal(shown);
  });

  it('the count on screen follows each keystroke; the live region says it once typing pauses', async () => {
    const el = await render();
    const shown = () => el.shadowRoot!.querySelector('[part~=summary]')!.textContent!.trim();
    const announced = () => el.shadowRoot!.querySelector('[role=status]')!.textContent!.trim();
    expect(shown()).to.equal('4 medlemmar');
    el.shadowRoot!.querySelector<HTMLInputElement>('input[type=search]')!.focus();
    await sendKeys({ type: 'zzz' });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('li h3')).to.have.length(0);
    // no "4 medlemmar" above an empty list, and no count saying what the box below says in words
    expect(el.shadowRoot!.querySelector('[part~=summary]')).to.equal(null);
    expect(el.shadowRoot!.querySelector('.no-results')!.textContent).to.contain('Inga medlemmar matchar din sökning.');
    expect(announced(), 'not announced while typing').to.equal('4 medlemmar');
    await waitUntil(() => announced() === 'Inga medlemmar matchar sökningen', 'announced after the pause', { timeout: TYPING_DEBOUNCE_MS * 4 });
    for (let i = 0; i < 3; i++) await sendKeys({ press: 'Backspace' });
    await el.updateComplete;
    expect(shown(), 'the count is back with results').to.equal('4 medlemmar');
    expect(el.shadowRoot!.querySelector('[part~=summary]')!.getAttribute('aria-hidden'), 'read once, from the live region').to.equal('true');
  });
});

describe('member directory, as a reader of a network page found it', () => {
  it("LRF's page does not say 'Nätverk: LRF' on every card: a card names the member's other networks only", async () => {
    const el = await fixture<EviMemberDirectory>(html`<evi-member-directory src="/test/fixtures/members.json" network="kanalnatet"></evi-member-directory>`);
    await waitUntil(() => el.shadowRoot?.querySelector('li h3'), 'the members are listed', { timeout: 3000 });
    const card = [...el.shadowRoot!.querySelectorAll('li')].find((li) => li.querySelector('h3')!.textContent!.includes('Kolbäcks Smide'))!;
    const text = card.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('NätverkHallstahammar Promotion');
    expect(text).not.to.contain('Kanalnätet');
  });
});
