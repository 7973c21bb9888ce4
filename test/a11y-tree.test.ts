/**
 * What a screen reader is handed, read from Chromium's accessibility tree (test/helpers/ax.ts), for what axe
 * cannot judge: a name that lost its space, two landmarks of one name, a stray banner landmark, an error the
 * focused radio does not report, alerts that read their buttons out. Found by a screen-reader review.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/evi-event-list.js';
import '../src/evi-member-directory.js';
import type { EviMemberDirectory } from '../src/member-directory/member-directory.js';
import { axLines, axTree } from './helpers/ax.js';
import { $, renderForm, submit } from './helpers/ask-form.js';

async function directories(template: ReturnType<typeof html>): Promise<EviMemberDirectory[]> {
  const wrapper = await fixture<HTMLElement>(template);
  const all = [...wrapper.querySelectorAll<EviMemberDirectory>('evi-member-directory')];
  for (const el of all) {
    await waitUntil(() => el.shadowRoot?.querySelector('li h3'), 'the members are listed', { timeout: 3000 });
    await el.updateComplete;
  }
  return all;
}

describe('the accessibility tree, as a screen reader gets it', function () {
  this.timeout(10_000);

  it('event list: with two events open, each calendar link and button says which event and day it is for', async () => {
    const el = await fixture<HTMLElement>(html`<evi-event-list src="/test/fixtures/events.json" .now=${new Date('2027-01-01T12:00:00+01:00')}></evi-event-list>`);
    await waitUntil(() => el.shadowRoot?.querySelectorAll('li.event').length, 'the events are listed', { timeout: 3000 });
    for (const button of [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('li.event button[aria-expanded]')].slice(0, 2)) button.click();
    await (el as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    const tree = await axTree();
    const google = axLines(tree, 'link').filter((line) => line.startsWith('link "Google Kalender'));
    expect(google.length, tree).to.equal(2);
    expect(new Set(google).size, google.join('\n')).to.equal(2);
    expect(google[0]).to.match(/^link "Google Kalender – Frukostmöte för företagare, torsdag 7 januari/);
    const ics = axLines(tree, 'button').filter((line) => line.startsWith('button "Ladda ner kalenderfil'));
    expect(new Set(ics).size, ics.join('\n')).to.equal(2);
  });
  it('ask form: a required field is named "Namn (obligatoriskt)", with its space', async () => {
    const el = await renderForm();
    await el.updateComplete;
    const tree = await axTree();
    const textboxes = axLines(tree, 'textbox');
    expect(textboxes.some((line) => line.startsWith('textbox "Namn (obligatoriskt)"')), textboxes.join('\n')).to.equal(true);
    expect(textboxes.some((line) => line.startsWith('textbox "Din fråga (obligatoriskt)"')), textboxes.join('\n')).to.equal(true);
    expect(tree).not.to.match(/[^\s"]\(obligatoriskt\)/);
  });

  it('ask form: after a send without a topic, the radio the summary leads to reports the error', async () => {
    const el = await renderForm();
    await submit(el);
    await waitUntil(() => el.shadowRoot!.querySelector('#summary'), 'the error summary', { timeout: 3000 });
    $<HTMLAnchorElement>(el, '#summary a[href="#f-topic"]').click();
    await el.updateComplete;
    const radios = axLines(await axTree(), 'radio');
    expect(radios.length, 'the topics').to.be.greaterThan(1);
    for (const radio of radios) {
      expect(radio, 'each topic says what is wrong').to.contain('desc="Välj ett ämne.');
      expect(radio).to.contain('invalid=true');
    }
    expect(radios.filter((radio) => radio.includes('focused=true')).length, 'focus is on a topic').to.equal(1);
  });

  it('directory with a network: no banner landmark in the middle of a page without <main>', async () => {
    await directories(html`<div><evi-member-directory src="/test/fixtures/members.json" network="kanalnatet"></evi-member-directory></div>`);
    const tree = await axTree();
    expect(axLines(tree, 'heading').some((line) => line.startsWith('heading "Kanalnätet"')), tree).to.equal(true);
    expect(axLines(tree, 'banner'), 'banner landmarks').to.deep.equal([]);
  });

  it('two directories, one per network: each search landmark and list is named after its network', async () => {
    await directories(html`<main>
      <evi-member-directory src="/test/fixtures/members.json" network="kanalnatet"></evi-member-directory>
      <evi-member-directory src="/test/fixtures/members.json" network="hallstahammar-promotion"></evi-member-directory>
    </main>`);
    const tree = await axTree();
    expect(axLines(tree, 'search').map((line) => line.replace(/ \[.*$/, ''))).to.deep.equal([
      'search "Sök bland medlemmarna i Kanalnätet"',
      'search "Sök bland medlemmarna i Hallstahammar Promotion"',
    ]);
    expect(axLines(tree, 'list').map((line) => line.replace(/ \[.*$/, ''))).to.deep.equal([
      'list "Medlemmar i Kanalnätet"',
      'list "Medlemmar i Hallstahammar Promotion"',
    ]);
  });

  it('directory without a network keeps its short names', async () => {
    await directories(html`<main><evi-member-directory src="/test/fixtures/members.json" lang="en"></evi-member-directory></main>`);
    const tree = await axTree();
    expect(axLines(tree, 'search').map((line) => line.replace(/ \[.*$/, ''))).to.deep.equal(['search "Search members"']);
    expect(axLines(tree, 'list').map((line) => line.replace(/ \[.*$/, ''))).to.deep.equal(['list "Members"']);
  });
});
