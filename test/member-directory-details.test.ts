/**
 * What a business visitor reads on a member's card beyond name and contact: the address, the
 * organisationsnummer and how long the company has been a member (feed-contract.md `address`,
 * `orgNumber`, `memberSince`), in Swedish and English, in a phone-width column; and network ids
 * that are also names of built-in object properties.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../src/evi-member-directory.js';
import type { EviMemberDirectory } from '../src/member-directory/member-directory.js';
import { stubbedPage } from './helpers/network.js';

const FEED = '/feeds/member-details.json';
const LONG_ADDRESS = 'Kanalbyggnaden, Företagshotellet c/o Hallstahammars Näringslivsutvecklingsaktiebolag, Parkgatan 12B, 734 30 Hallstahammar';

const feed = {
  version: 1,
  networks: [
    { id: 'hallstahammar-promotion', name: 'Hallstahammar Promotion' },
    { id: 'constructor', name: 'Konstruktörerna' },
    { id: '__proto__', name: 'Protonätet' },
    { id: 'toString', name: 'Strängnätet' },
    { id: 'hasOwnProperty', name: 'Ägarnätet' },
  ],
  members: [
    {
      id: 'kolbacks-smide',
      name: 'Kolbäcks Smide AB',
      orgNumber: '556677-8899',
      industry: 'Tillverkning',
      locality: 'Kolbäck',
      address: 'Smedjegatan 4, 734 50 Kolbäck',
      memberSince: '2006-03-01',
      networks: ['hallstahammar-promotion', 'constructor'],
    },
    {
      id: 'nils-sjodin',
      name: 'Nils Sjödin Mekaniska AB',
      orgNumber: '5593887994',
      address: LONG_ADDRESS,
      memberSince: '2019-12-07',
      networks: ['__proto__', 'toString'],
    },
    { id: 'zeta-ab', name: 'Zeta AB', industry: 'Handel', networks: ['hasOwnProperty'] },
    { id: 'constructor', name: 'Constructor Bygg AB', networks: ['constructor'] },
    // websites no visitor should be sent to: a script and a document made up in the address
    {
      id: 'farlig-lank',
      name: 'Farlig Länk AB',
      website: 'javascript:window.__evi_pwned=1',
      email: 'info@farlig-lank.example',
      networks: ['hallstahammar-promotion'],
    },
    {
      id: 'data-lank',
      name: 'Datalänk AB',
      website: 'data:text/html,<script>parent.__evi_pwned=1</script>',
      phone: '0220-111 22',
      networks: ['hallstahammar-promotion'],
    },
  ],
};

async function render(template: TemplateResult): Promise<EviMemberDirectory> {
  const root = await fixture<HTMLElement>(template);
  const el = (root.localName === 'evi-member-directory' ? root : root.querySelector('evi-member-directory')!) as EviMemberDirectory;
  await waitUntil(() => el.shadowRoot?.querySelector('ul.list, [part~=status]:not(.status-loading)'), 'the directory is shown', { timeout: 3000 });
  await el.updateComplete;
  return el;
}

const card = (el: EviMemberDirectory, id: string) => el.shadowRoot!.getElementById(`member-${id}`)!.closest('li')!;
const textOf = (node: Element) => node.textContent!.replace(/\s+/g, ' ').trim();
/** the card's label: value pairs, as a visitor reads them ("Org.nr: 556677-8899") */
const details = (li: Element) => [...li.querySelectorAll('dl > div')].map((d) => `${textOf(d.querySelector('dt')!)}: ${textOf(d.querySelector('dd')!)}`);
const names = (el: EviMemberDirectory) => [...el.shadowRoot!.querySelectorAll('li h3')].map((h) => textOf(h));

/** Around each test: this file's feed served at FEED, the console's warnings held, and a clean URL hash. */
function servedFeed(): void {
  stubbedPage(() => ({ [FEED]: () => Promise.resolve(new Response(JSON.stringify(feed), { status: 200 })) }));
  const cleanHash = () => history.replaceState(null, '', location.pathname + location.search);
  beforeEach(cleanHash);
  afterEach(cleanHash);
}

describe('<evi-member-directory>: address, org number and membership year', () => {
  servedFeed();

  it('shows them on the card in Swedish', async () => {
    const el = await render(html`<evi-member-directory src=${FEED}></evi-member-directory>`);
    const kolback = card(el, 'kolbacks-smide');
    expect(details(kolback)).to.deep.equal([
      'Bransch: Tillverkning',
      'Ort: Kolbäck',
      'Adress: Smedjegatan 4, 734 50 Kolbäck',
      'Nätverk: Hallstahammar Promotion, Konstruktörerna',
      'Org.nr: 556677-8899',
    ]);
    expect(textOf(kolback)).to.contain('Medlem sedan 2006');
    // ten digits in the feed are shown the way the number is written
    expect(details(card(el, 'nils-sjodin'))).to.include('Org.nr: 559388-7994');
    expect(textOf(card(el, 'nils-sjodin'))).to.contain('Medlem sedan 2019');
    // a member without them shows no empty labels
    const zeta = textOf(card(el, 'zeta-ab'));
    for (const absent of ['Adress', 'Org.nr', 'Medlem sedan']) expect(zeta).not.to.contain(absent);
    // nothing from the feed is a link the widget did not build, and no image is loaded: a member with no
    // website, phone or email has no link at all
    expect(kolback.querySelectorAll('a, img')).to.have.length(0);
    // a javascript: or data: website is no link (and no text that looks like one), while the links the
    // widget builds from the same member's email and phone are there
    const hrefs = (li: Element) => [...li.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    const farlig = card(el, 'farlig-lank');
    expect(textOf(farlig)).to.contain('Farlig Länk AB');
    expect(hrefs(farlig)).to.deep.equal(['mailto:info@farlig-lank.example']);
    expect(textOf(farlig)).not.to.contain('javascript');
    const data = card(el, 'data-lank');
    expect(textOf(data)).to.contain('Datalänk AB');
    expect(hrefs(data)).to.deep.equal(['tel:022011122']);
    expect(textOf(data)).not.to.contain('data:');
    for (const li of [farlig, data]) expect(li.querySelectorAll('img, iframe, object, embed, script')).to.have.length(0);
    const everyHref = [...el.shadowRoot!.querySelectorAll('a')].map((a) => a.protocol);
    expect(everyHref.filter((protocol) => !['http:', 'https:', 'mailto:', 'tel:'].includes(protocol))).to.deep.equal([]);
    expect((window as unknown as { __evi_pwned?: unknown }).__evi_pwned).to.equal(undefined);
  });

  it('and in English', async () => {
    const el = await render(html`<evi-member-directory lang="en" src=${FEED}></evi-member-directory>`);
    const kolback = card(el, 'kolbacks-smide');
    expect(details(kolback)).to.deep.equal([
      'Industry: Tillverkning',
      'Locality: Kolbäck',
      'Address: Smedjegatan 4, 734 50 Kolbäck',
      'Networks: Hallstahammar Promotion, Konstruktörerna',
      'Org. no.: 556677-8899',
    ]);
    expect(textOf(kolback)).to.contain('Member since 2006');
  });

  it('fits a 320 px column: a long address wraps inside the card', async () => {
    const el = await render(html`<div style="inline-size: 320px; font-size: 16px"><evi-member-directory src=${FEED}></evi-member-directory></div>`);
    const column = el.parentElement!.getBoundingClientRect();
    const sticking = [...el.shadowRoot!.querySelectorAll('*')].filter((e) => e.getBoundingClientRect().right > column.right + 1);
    expect(sticking.map((e) => `${e.localName}.${e.className}`)).to.deep.equal([]);
    const li = card(el, 'nils-sjodin');
    expect(textOf(li)).to.contain(LONG_ADDRESS);
    expect(li.getBoundingClientRect().right).to.be.at.most(column.right + 0.5);
  });

  it('search still narrows the list, and the cards it leaves keep their details', async () => {
    const el = await render(html`<evi-member-directory src=${FEED}></evi-member-directory>`);
    el.shadowRoot!.querySelector<HTMLInputElement>('input[type=search]')!.focus();
    await sendKeys({ type: 'kolback smide' });
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Kolbäcks Smide AB']);
    expect(details(card(el, 'kolbacks-smide'))).to.include('Org.nr: 556677-8899');
    expect(textOf(card(el, 'kolbacks-smide'))).to.contain('Medlem sedan 2006');
  });
});

describe('<evi-member-directory>: network and member ids that are names of built-in object properties', () => {
  servedFeed();

  it('names the networks from the feed, offers them in the filter and filters by them', async () => {
    const el = await render(html`<evi-member-directory src=${FEED}></evi-member-directory>`);
    expect(textOf(el.shadowRoot!.querySelector('ul.list')!)).not.to.match(/function|native code|\[object/);
    expect(details(card(el, 'nils-sjodin'))).to.include('Nätverk: Protonätet, Strängnätet');
    expect(details(card(el, 'zeta-ab'))).to.include('Nätverk: Ägarnätet');
    const select = el.shadowRoot!.querySelector<HTMLSelectElement>('select#network')!;
    expect([...select.options].map((o) => [o.value, o.textContent!.trim()])).to.deep.include.members([
      ['constructor', 'Konstruktörerna'],
      ['__proto__', 'Protonätet'],
      ['toString', 'Strängnätet'],
      ['hasOwnProperty', 'Ägarnätet'],
    ]);
    for (const [network, members] of [
      ['constructor', ['Constructor Bygg AB', 'Kolbäcks Smide AB']],
      ['__proto__', ['Nils Sjödin Mekaniska AB']],
      ['hasOwnProperty', ['Zeta AB']],
    ] as const) {
      select.value = network;
      select.dispatchEvent(new Event('change', { bubbles: true }));
      await el.updateComplete;
      expect(names(el), network).to.deep.equal(members);
      expect(location.hash).to.contain(`network=${network}`);
    }
  });

  it('limits to such a network with the network attribute, and follows #member=constructor', async () => {
    history.replaceState(null, '', '#member=constructor');
    const el = await render(html`<evi-member-directory src=${FEED} network="__proto__"></evi-member-directory>`);
    expect(textOf(el.shadowRoot!.querySelector('[part=network]')!)).to.equal('Protonätet');
    expect(names(el)).to.deep.equal(['Nils Sjödin Mekaniska AB']);
    const all = await render(html`<evi-member-directory src=${FEED}></evi-member-directory>`);
    expect(all.shadowRoot!.activeElement?.id).to.equal('member-constructor');
  });
});
