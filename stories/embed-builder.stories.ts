/**
 * The embed builder (issue 6), published with Storybook: the same builder as demo/embed.html
 * (demo/embed-builder.ts), not a copy. It fetches cdn/manifest.json for the snippet's `integrity` hashes from
 * `manifestUrl`, relative to the page: Storybook serves cdn/ at ./cdn/ (staticDirs in .storybook/main.ts, in
 * `storybook dev` and in the built storybook-static/), and web-test-runner serves the repo root, so
 * `cdn/manifest.json` is found in both. The live preview uses the widgets .storybook/preview.ts registers and
 * the feeds in stories/feeds/.
 *
 * The render function uses nothing from Storybook: test/stories.a11y.test.ts runs it too, and awaits
 * `parameters.settle` as the meta's `play` does in Storybook (stories/story-settle.ts).
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { loadManifest, mountEmbedBuilder } from '../demo/embed-builder.js';
import { expects } from './story-helpers.js';
import { hasAnswered, play } from './story-settle.js';

const MANIFEST_URL = 'cdn/manifest.json';

const HOW_TO_FIX =
  'Kör npm run build (som skriver cdn/) och starta sedan om Storybook, eller bygg om den med npm run build-storybook.';

interface BuilderArgs {
  /** Where cdn/manifest.json is fetched from, relative to the page. */
  manifestUrl?: string;
  /** Start with the badge's fields and the CDN address filled in (this Storybook's feed and cdn/). */
  filledIn?: boolean;
}

/** Per rendered story: the builder's mount (resolved once the manifest is shown). */
const mounts = new WeakMap<Element, Promise<void>>();

let builders = 0;

/** The class of the element a story renders (found again by `settle` inside Storybook's canvas). */
const PAGE_CLASS = 'embed-builder-story';

function renderBuilder(args: BuilderArgs): HTMLElement {
  // The demo page's font and text colour (demo/demo.css), which the builder inherits.
  const page = document.createElement('div');
  page.className = PAGE_CLASS;
  page.style.font = '1rem/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
  page.style.color = '#1d1d1b';
  const root = document.createElement('div');
  page.append(root);
  builders += 1;
  const mounted = mountEmbedBuilder(root, {
    manifest: loadManifest(args.manifestUrl || MANIFEST_URL, HOW_TO_FIX),
    feeds: '/stories/feeds/',
    idPrefix: `embed-builder-${builders}-`,
    // what a webmaster would type: full addresses (here this Storybook's own feed and cdn/)
    values: args.filledIn
      ? {
          src: new URL('/stories/feeds/members.json', location.href).href,
          member: 'kolbacks-smide',
          network: 'kanalnatet',
          'network-name': 'Kanalnätet',
          href: 'https://www.hallstahammar.se/foretag',
          cdn: new URL('cdn/', location.href).href,
        }
      : undefined,
  });
  mounts.set(page, mounted);
  return page;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * `parameters.settle` (the default wait knows nothing of the manifest): settled once the manifest is shown,
 * the widget in the preview (whichever it is by then) has answered for its feed, and the builder has read it. `root` is the story's element
 * (the harness) or the canvas around it (`play`). Widgets fetch only near the viewport
 * (src/internal/feed-controller.ts), and on a narrow page the preview sits below the form, so it is scrolled
 * to, as a webmaster would.
 */
async function settle(root: Element): Promise<void> {
  const page = root.classList.contains(PAGE_CLASS) ? root : root.querySelector(`.${PAGE_CLASS}`);
  const mounted = page && mounts.get(page);
  if (!page || !mounted) throw new Error('not an embed builder story');
  await mounted;
  const preview = page.querySelector('.preview')!;
  preview.scrollIntoView({ block: 'nearest' });
  for (;;) {
    const widget = preview.firstElementChild;
    // …and the builder has read the members feed (until then it shows no code: the ids are unchecked)
    const checking = page.querySelector('[id$=snippet-checking]');
    if (widget && hasAnswered(widget) && (!checking || checking.hasAttribute('hidden'))) return;
    await sleep(20);
  }
}

const meta = {
  title: 'Embed builder',
  render: renderBuilder,
  play,
  args: { manifestUrl: MANIFEST_URL, filledIn: false },
  argTypes: {
    manifestUrl: {
      control: 'text',
      description: 'Where the builder fetches `cdn/manifest.json` (the SRI hashes), relative to the page.',
    },
    filledIn: {
      control: 'boolean',
      description: "Story only: start with the badge's fields and the CDN address filled in, so the snippet shows.",
      table: { category: 'Story' },
    },
  },
  parameters: {
    settle,
    docs: {
      description: {
        component:
          'For webmasters: pick a widget, fill in its attributes, watch the live preview and copy a snippet whose ' +
          '`<script>` tags carry `integrity="sha384-…"` and `crossorigin="anonymous"`, in two parts: the scripts ' +
          '(once per page) and the element (once per widget). Until the feed and CDN addresses are full http(s) ' +
          'addresses and every field is right, the builder lists what to fix instead of a snippet. The hashes come from ' +
          '`cdn/manifest.json`, written by `npm run build` and served by this Storybook at `cdn/manifest.json`; ' +
          'without it the builder says so and writes no snippet, since one without integrity would run an altered ' +
          'script unchecked. The same builder is `demo/embed.html` in the demo site (`npm start`).',
      },
    },
  },
} satisfies Meta<BuilderArgs>;

export default meta;
type Story = StoryObj<BuilderArgs>;

export const Builder: Story = {
  parameters: expects(
    {
      shows: [
        '.embed-builder [role=status].ok',
        '.notice[id$=snippet-problems]:not([hidden]) li a[href$="-src"]',
        '[id$=scripts-code][hidden]',
        '.preview[role=group][aria-labelledby] evi-network-badge:state(verified)',
      ],
      announces: { role: 'status', text: /^Kontrollsummor för version \S+ inlästa från cdn\/manifest\.json/ },
    },
    'The builder as a webmaster first sees it, with the manifest of the last `npm run build`: the feed and CDN ' +
      'addresses are empty, so instead of a snippet it lists what to fill in. The preview shows the demo feed ' +
      'meanwhile (and says so): the network badge verified, since `stories/feeds/members.json` lists this host ' +
      'among the member’s domains.',
  ),
};

export const FilledIn: Story = {
  name: 'Filled in',
  args: { filledIn: true },
  parameters: expects(
    {
      shows: [
        '.embed-builder [role=status].ok',
        '[id$=snippet-problems][hidden]',
        'textarea.snippet.scripts[id$=snippet-scripts]',
        'textarea.snippet[id$=snippet-element]',
        '.preview[role=group][aria-labelledby] evi-network-badge:state(verified)',
      ],
      announces: { role: 'status', text: /^Kontrollsummor för version \S+ inlästa från cdn\/manifest\.json/ },
    },
    'Every field filled in right (the feed and `cdn/` of this Storybook, full addresses): the snippet in two parts, ' +
      'the scripts to paste once per page and the element to paste once per widget, each with its own copy button.',
  ),
};

export const ManifestMissing: Story = {
  name: 'Manifest missing',
  args: { manifestUrl: 'cdn/finns-inte.json' },
  parameters: expects(
    {
      shows: ['.embed-builder [role=status]:not(.ok)', '.notice[id$=snippet-missing]', '[id$=snippet-area][hidden]'],
      announces: { role: 'status', text: /^Filförteckningen cdn\/finns-inte\.json saknas \(svar 404\)/ },
    },
    'No manifest (here a URL that answers 404; the same as a Storybook built before `npm run build`): the builder ' +
      'says so at the top and shows no snippet to copy.',
  ),
};
