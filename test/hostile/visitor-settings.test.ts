/**
 * Visitors' settings (issue 7, item 6): 320 px wide and 200 % zoom (a 640 px column at 32 px text)
 * without horizontal overflow; `prefers-color-scheme: dark` with theme="auto" changes the colours
 * and theme="light" does not; `forced-colors` and `prefers-reduced-motion` render without errors.
 */
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, setViewport } from '@web/test-runner-commands';

/** forced-colors needs our own command (web-test-runner.config.mjs); it replaces all emulated features */
const emulateFeatures = (features: Array<{ name: string; value: string }>) => executeServerCommand('emulate-media-features', { features });
import '../../src/all.js';
import { deepElements, firstEvent, NOW, shownState, type Widget } from './hostile-helpers.js';
import { contrast, resolvedColour } from '../helpers/contrast.js';

const widgets = (theme: string) => html`
  <evi-network-badge theme=${theme} src="/test/fixtures/members.json" member="kolbacks-smide" network="kanalnatet" href="/katalog"></evi-network-badge>
  <evi-event-list theme=${theme} src="/test/fixtures/events.json" .now=${NOW}></evi-event-list>
  <evi-member-directory theme=${theme} src="/test/fixtures/members-directory.json" page-size="5"></evi-member-directory>
  <evi-ask-form theme=${theme} src="/test/fixtures/ask.json" topic="finansiering"></evi-ask-form>`;

async function mount(style: string, theme = 'light'): Promise<Widget[]> {
  const page = await fixture<HTMLElement>(html`<div style=${style}>${widgets(theme)}</div>`);
  const els = [...page.querySelectorAll<Widget>('*')].filter((e) => e.localName.startsWith('evi-'));
  await Promise.all(els.map((el) => (['loaded', 'verified'].includes(shownState(el)) ? null : firstEvent(el, ['evi-load'], 3000))));
  await Promise.all(els.map((el) => el.updateComplete));
  await new Promise((r) => requestAnimationFrame(r));
  return els;
}

function overflow(els: Widget[], column: DOMRect): string[] {
  return els.flatMap((el) =>
    deepElements(el.shadowRoot!)
      .filter((e) => {
        const box = e.getBoundingClientRect();
        return box.width > 0 && box.right > column.right + 1 && !e.closest('.visually-hidden');
      })
      .map((e) => `${el.localName} ${e.localName}.${e.className}`),
  );
}

describe("visitors' settings", function () {
  this.timeout(20_000);
  afterEach(async () => {
    await emulateFeatures([
      { name: 'prefers-color-scheme', value: 'light' },
      { name: 'prefers-reduced-motion', value: 'no-preference' },
      { name: 'forced-colors', value: 'none' },
    ]);
    await setViewport({ width: 800, height: 600 });
  });

  it('320 px wide: nothing sticks out, the page does not scroll sideways', async () => {
    await setViewport({ width: 320, height: 640 });
    const els = await mount('width: 100%; font-size: 16px');
    expect(overflow(els, els[0].parentElement!.getBoundingClientRect())).to.deep.equal([]);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
  });

  it('200 % zoom (640 px at 32 px text): nothing sticks out', async () => {
    await setViewport({ width: 640, height: 800 });
    const els = await mount('width: 100%; font-size: 32px');
    expect(overflow(els, els[0].parentElement!.getBoundingClientRect())).to.deep.equal([]);
    expect(document.documentElement.scrollWidth).to.be.at.most(640);
  });

  it('prefers-color-scheme: dark changes theme="auto" and leaves theme="light" alone', async () => {
    const colours = async (theme: string) => {
      // one set of widgets at a time: a second set below the first would wait, lazily, off screen
      fixtureCleanup();
      const els = await mount('width: 600px', theme);
      return els.map((el) => {
        const root = el.shadowRoot!.querySelector('.root');
        return root ? getComputedStyle(root).color : `${el.localName}: nothing rendered`;
      });
    };
    await emulateMedia({ colorScheme: 'light' });
    const autoLight = await colours('auto');
    const light = await colours('light');
    await emulateMedia({ colorScheme: 'dark' });
    const autoDark = await colours('auto');
    const lightInDark = await colours('light');
    expect(autoLight).to.deep.equal(light);
    expect(lightInDark).to.deep.equal(light);
    const compared = autoDark.filter((c) => !c.includes('nothing rendered'));
    expect(compared.length).to.be.at.least(3);
    autoDark.forEach((colour, i) => {
      if (!colour.includes('nothing rendered')) expect(colour, `widget ${i}`).not.to.equal(light[i]);
    });
  });

  for (const [theme, scheme] of [['dark', 'light'], ['auto', 'dark']] as const) {
    it(`theme="${theme}" with a ${scheme} colour scheme on a white page is readable (axe, contrast included)`, async () => {
      // a municipal page without a dark mode of its own, visited by someone whose system is dark
      await emulateMedia({ colorScheme: scheme });
      fixtureCleanup();
      const els = await mount('width: 600px; background: #ffffff; color: #1d1d1f', theme);
      for (const el of els) {
        await expect(el).to.be.accessible();
        const root = el.shadowRoot!.querySelector('.root');
        if (root) expect(getComputedStyle(root).color, el.localName).not.to.equal('rgb(29, 29, 31)');
      }
    });
  }

  it('forced-colors and prefers-reduced-motion: every widget renders, links use system colours', async () => {
    await emulateFeatures([
      { name: 'prefers-reduced-motion', value: 'reduce' },
      { name: 'forced-colors', value: 'active' },
    ]);
    expect(matchMedia('(prefers-reduced-motion: reduce)').matches, 'reduced motion is emulated').to.equal(true);
    expect(matchMedia('(forced-colors: active)').matches, 'forced colours are emulated').to.equal(true);
    const els = await mount('width: 600px');
    for (const el of els) expect(el.shadowRoot!.querySelector('.status-error, .status-loading')).to.equal(null);
    // the badge takes the system's link colour, as a high-contrast theme expects
    const probe = document.createElement('span');
    probe.style.color = 'LinkText';
    document.body.append(probe);
    const linkText = getComputedStyle(probe).color;
    probe.remove();
    const badge = els.find((el) => el.localName === 'evi-network-badge')!.shadowRoot!.querySelector('.badge')!;
    expect(getComputedStyle(badge).color).to.equal(linkText);
    for (const el of els) {
      for (const e of deepElements(el.shadowRoot!)) {
        const style = getComputedStyle(e);
        expect(style.animationName === 'none' || style.animationDuration === '0s', `${e.localName} animates`).to.equal(true);
      }
    }
  });

  for (const scheme of ['light', 'dark']) {
    it(`forced colours (${scheme} system colours): every button's words can be read`, async () => {
      await emulateFeatures([
        { name: 'forced-colors', value: 'active' },
        { name: 'prefers-color-scheme', value: scheme },
      ]);
      // a feed that fails, for the "Försök igen" of the error state (first: widgets far below the fold wait)
      const failed = await fixture<Widget>(html`<evi-event-list src="/test/fixtures/does-not-exist.json" .now=${NOW}></evi-event-list>`);
      await firstEvent(failed, ['evi-error'], 3000);
      await failed.updateComplete;
      const els = await mount('width: 600px');
      // Chromium draws a Canvas-coloured backplate behind every text in forced colours: words in Canvas vanish
      const canvas = resolvedColour('Canvas');
      const buttons = [...els, failed].flatMap((el) =>
        deepElements(el.shadowRoot!).filter((e) => e.localName === 'button' && e.getBoundingClientRect().width > 0 && !e.closest('.visually-hidden')),
      );
      const labels = buttons.map((b) => b.textContent!.trim().replace(/\s+/g, ' '));
      expect(labels.some((l) => l.startsWith('Försök igen')), `the error state's button among ${labels.join(' / ')}`).to.equal(true);
      expect(labels.some((l) => l.startsWith('Visa fler')), "the directory's button").to.equal(true);
      expect(labels.some((l) => l.startsWith('Skicka frågan')), "the form's button").to.equal(true);
      const unreadable = buttons
        .map((b, i) => ({ label: labels[i], ratio: contrast(getComputedStyle(b).color, canvas) }))
        .filter(({ ratio }) => ratio < 4.5)
        .map(({ label, ratio }) => `${label}: ${ratio.toFixed(2)}:1`);
      expect(unreadable).to.deep.equal([]);
    });
  }
});

