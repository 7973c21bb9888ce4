/**
 * The embed builder (issue 6), published with Storybook: the same builder as demo/embed.html
 * (demo/embed-builder.ts), not a copy. It fetches cdn/manifest.json for the snippet's `integrity` hashes from
 * `manifestUrl`, relative to the page: Storybook serves cdn/ at ./cdn/ (staticDirs in .storybook/main.ts, in
 * `storybook dev` and in the built storybook-static/), and web-test-runner serves the repo root, so
 * `cdn/manifest.json` is found in both. The live preview uses the widgets .storybook/preview.ts registers and
 * the feeds in stories/feeds/.
 *
 * The render function uses nothing from Storybook: test/stories.a11y.test.ts runs it too.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { loadManifest, mountEmbedBuilder } from '../demo/embed-builder.js';
import { storyDocs } from './story-helpers.js';

const MANIFEST_URL = 'cdn/manifest.json';

const HOW_TO_FIX =
  'Kör npm run build (som skriver cdn/) och starta sedan om Storybook, eller bygg om den med npm run build-storybook.';

interface BuilderArgs {
  /** Where cdn/manifest.json is fetched from, relative to the page. */
  manifestUrl?: string;
}

/** The events after which a widget with a feed shows its final state (as in test/story-harness.ts). */
const SETTLING_EVENTS = ['evi-load', 'evi-error', 'evi-verify'] as const;

/** Per rendered story: the builder's mount (manifest shown) and the preview widget's first answer. */
const states = new WeakMap<Element, { mounted: Promise<void>; previewAnswered: Promise<void> }>();

let builders = 0;

function renderBuilder(args: BuilderArgs): HTMLElement {
  // The demo page's font and text colour (demo/demo.css), which the builder inherits.
  const page = document.createElement('div');
  page.style.font = '1rem/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
  page.style.color = '#1d1d1b';
  const root = document.createElement('div');
  page.append(root);
  // Listening starts before the preview is connected: a cached feed can answer at once.
  const previewAnswered = new Promise<void>((resolve) => {
    for (const type of SETTLING_EVENTS) root.addEventListener(type, () => resolve(), { once: true });
  });
  builders += 1;
  const mounted = mountEmbedBuilder(root, {
    manifest: loadManifest(args.manifestUrl || MANIFEST_URL, HOW_TO_FIX),
    feeds: '/stories/feeds/',
    idPrefix: `embed-builder-${builders}-`,
  });
  states.set(page, { mounted, previewAnswered });
  return page;
}

/**
 * For the story harness, whose default wait knows nothing of the manifest: settled once the manifest is shown
 * and the preview widget has answered. Widgets fetch only near the viewport (src/internal/feed-controller.ts),
 * and on a narrow page the preview sits below the form, so it is scrolled to, as a webmaster would.
 */
async function settle(root: Element): Promise<void> {
  const state = states.get(root);
  if (!state) throw new Error('not an embed builder story');
  await state.mounted;
  root.querySelector('.preview')?.scrollIntoView({ block: 'nearest' });
  await state.previewAnswered;
}

const meta = {
  title: 'Embed builder',
  render: renderBuilder,
  args: { manifestUrl: MANIFEST_URL },
  argTypes: {
    manifestUrl: {
      control: 'text',
      description: 'Where the builder fetches `cdn/manifest.json` (the SRI hashes), relative to the page.',
    },
  },
  parameters: {
    settle,
    docs: {
      description: {
        component:
          'For webmasters: pick a widget, fill in its attributes, watch the live preview and copy a snippet whose ' +
          '`<script>` tags carry `integrity="sha384-…"` and `crossorigin="anonymous"`. The hashes come from ' +
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
  parameters: storyDocs(
    'The builder with the manifest of the last `npm run build`. The preview shows the network badge verified, ' +
      'since `stories/feeds/members.json` lists this host among the member’s domains.',
  ),
};

export const ManifestMissing: Story = {
  name: 'Manifest missing',
  args: { manifestUrl: 'cdn/finns-inte.json' },
  parameters: storyDocs(
    'No manifest (here a URL that answers 404; the same as a Storybook built before `npm run build`): the builder ' +
      'says so at the top and shows no snippet to copy.',
  ),
};
