/**
 * On a phone (found by a review on emulated phones): the send button moved from under the finger when a field's
 * error appeared as the field was left; the search key left the keyboard over the directory's results; fields
 * under 16 px made iOS Safari zoom the page; the org. number field opened the letter keyboard; radios were 17 px.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../src/evi-member-directory.js';
import type { EviMemberDirectory } from '../src/member-directory/member-directory.js';
import { field, renderForm } from './helpers/ask-form.js';

const touch = (enabled: boolean) => executeServerCommand('touch-screen', { enabled });

describe('on a phone', function () {
  this.timeout(10_000);
  afterEach(async () => {
    await touch(false);
    await sendMouse({ type: 'move', position: [0, 0] });
  });

  /** A form with "anna@" typed in E-post (the field still focused), and where its button `name` is. */
  async function halfTyped(name: string) {
    const el = await renderForm();
    field(el, 'email').focus();
    await sendKeys({ type: 'anna@' });
    const button = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.actions button')].find((b) => b.textContent!.trim() === name)!;
    button.scrollIntoView({ block: 'center' });
    const box = button.getBoundingClientRect();
    return { el, x: Math.round(box.x + box.width / 2), y: Math.round(box.y + box.height / 2) };
  }

  for (const how of ['a finger', 'a mouse'] as const) {
    const press = async (x: number, y: number) => {
      if (how === 'a finger') await executeServerCommand('touch-tap', { x, y });
      else await sendMouse({ type: 'click', position: [x, y] });
    };

    it(`ask form: a press with ${how} on "Skicka frågan" straight from a half-typed field sends (the error does not push the button away)`, async () => {
      if (how === 'a finger') await touch(true);
      const { el, x, y } = await halfTyped('Skicka frågan');
      await press(x, y);
      await waitUntil(() => el.shadowRoot!.querySelector('#summary'), 'the press sent the form: its error summary shows', { timeout: 3000 });
      expect(el.shadowRoot!.querySelector('#e-email'), "the email's error, after the press").not.to.equal(null);
    });

    it(`ask form: a press with ${how} on "Rensa" straight from a half-typed field empties the form, with no error left`, async () => {
      if (how === 'a finger') await touch(true);
      const { el, x, y } = await halfTyped('Rensa');
      await press(x, y);
      await waitUntil(() => field(el, 'email').value === '', 'the form was emptied', { timeout: 3000 });
      await new Promise((resolve) => setTimeout(resolve, 50));
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('#e-email'), 'no error on the emptied field').to.equal(null);
    });
  }

  it('ask form: the org. number opens the number keyboard, the name starts words with capitals', async () => {
    const el = await renderForm();
    expect(field(el, 'orgNumber').inputMode).to.equal('numeric');
    expect(field(el, 'name').getAttribute('autocapitalize')).to.equal('words');
  });

  it('ask form: fields are at least 16 px on a touch screen (iOS zooms into smaller ones), and radios sized by the text', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div style="font-size: 14px"></div>`);
    const el = await renderForm();
    wrapper.append(el);
    await el.updateComplete;
    expect(getComputedStyle(field(el, 'name')).fontSize, 'with a mouse: the page size').to.equal('14px');
    await touch(true);
    await waitUntil(() => matchMedia('(pointer: coarse)').matches, 'a touch screen');
    expect(getComputedStyle(field(el, 'name')).fontSize).to.equal('16px');
    expect(getComputedStyle(field(el, 'message')).fontSize).to.equal('16px');
    const radio = el.shadowRoot!.querySelector<HTMLInputElement>('input[type=radio]')!;
    // 1.25em of the text (14 px here), not of the input's own smaller font (13.33 px: 16.7)
    expect(radio.getBoundingClientRect().height).to.be.closeTo(17.5, 0.3);
  });

  it('directory: the search key shows the results: focus moves to the first (the keyboard closes)', async () => {
    await touch(true);
    await waitUntil(() => matchMedia('(pointer: coarse)').matches, 'a touch screen');
    const el = await fixture<EviMemberDirectory>(html`<evi-member-directory src="/test/fixtures/members.json"></evi-member-directory>`);
    await waitUntil(() => el.shadowRoot?.querySelector('li h3'), 'the members are listed', { timeout: 3000 });
    const search = el.shadowRoot!.querySelector<HTMLInputElement>('#q')!;
    expect(search.enterKeyHint).to.equal('search');
    search.focus();
    await sendKeys({ type: 'smide' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.shadowRoot!.activeElement?.closest('li'), 'focus on a result', { timeout: 2000 });
    expect(el.shadowRoot!.activeElement!.closest('li')!.textContent).to.contain('Kolbäcks Smide');
  });

  it('directory: with a mouse, the search key keeps focus in the field', async () => {
    const el = await fixture<EviMemberDirectory>(html`<evi-member-directory src="/test/fixtures/members.json"></evi-member-directory>`);
    await waitUntil(() => el.shadowRoot?.querySelector('li h3'), 'the members are listed', { timeout: 3000 });
    const search = el.shadowRoot!.querySelector<HTMLInputElement>('#q')!;
    search.focus();
    await sendKeys({ type: 'smide' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement === search).to.equal(true);
  });
});
