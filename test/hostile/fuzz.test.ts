/**
 * Fuzzing (issue 7, item 2) with fast-check: feeds shaped like feed-contract.md, then mutated
 * (fields dropped or replaced by random JSON values, or the feed's own shape broken). Each widget
 * never throws uncaught, always ends in loaded, empty or error, and shows every valid item.
 * Runs are seeded, so a failure is reproducible; the counts are in RUNS.
 */
import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/all.js';
import { feedServer, firstEvent, NOW, PAGE_HOSTS, shownState, expandEvents, type Widget } from './hostile-helpers.js';

export const RUNS = { directory: 60, events: 50, ask: 40, badge: 80 };
const SEED = 20270107;

const word = fc.stringMatching(/^[A-Za-zÅÄÖåäö]{2,10}$/);
const title = fc.tuple(word, word).map(([a, b]) => `${a} ${b}`);
const https = fc.constantFrom('https://example.org/a', 'http://example.org/b', 'https://www.almi.se');

/** a mutation: drop the key, or set it to any JSON value */
const mutation = fc.tuple(fc.nat(), fc.option(fc.jsonValue(), { nil: undefined }));

function mutate(item: Record<string, unknown>, [pick, value]: [number, unknown]): Record<string, unknown> {
  const keys = Object.keys(item);
  const key = keys[pick % keys.length];
  const copy = { ...item };
  if (value === undefined) delete copy[key];
  else copy[key] = value;
  return copy;
}

/** items, about one in four of them mutated: [item, valid?] (most items stay valid, so most runs check something) */
function withMutations<T extends Record<string, unknown>>(items: fc.Arbitrary<T[]>) {
  const maybeMutation = fc.oneof(
    { weight: 3, arbitrary: fc.constant(undefined) },
    { weight: 1, arbitrary: mutation },
  );
  return items.chain((list) =>
    fc.tuple(...list.map(() => maybeMutation)).map((muts) =>
      list.map((item, i) => (muts[i] ? ([mutate(item, muts[i]), false] as const) : ([item, true] as const))),
    ),
  );
}

/**
 * In about one run in five the feed itself is broken: a wrong version, the list replaced, or not an
 * object at all. The other four in five serve a usable feed, whose valid items each test checks.
 */
const feedBreak = fc.oneof(
  { weight: 4, arbitrary: fc.constant(undefined) },
  {
    weight: 1,
    arbitrary: fc.oneof(
      fc.record({ kind: fc.constant('version' as const), value: fc.jsonValue() }),
      fc.record({ kind: fc.constant('list' as const), value: fc.jsonValue() }),
      fc.record({ kind: fc.constant('whole' as const), value: fc.jsonValue() }),
    ),
  },
);

function applyBreak(feed: Record<string, unknown>, list: string, broken: { kind: string; value: unknown } | undefined): { body: unknown; usable: boolean } {
  if (!broken) return { body: feed, usable: true };
  if (broken.kind === 'version') return { body: { ...feed, version: broken.value }, usable: broken.value === 1 };
  if (broken.kind === 'list') return { body: { ...feed, [list]: broken.value }, usable: Array.isArray(broken.value) };
  return { body: broken.value, usable: false };
}

const memberArb = (id: string) =>
  fc.record({
    id: fc.constant(id),
    name: title,
    industry: fc.option(word, { nil: undefined }),
    locality: fc.option(word, { nil: undefined }),
    website: fc.option(https, { nil: undefined }),
    email: fc.option(fc.constant('info@example.org'), { nil: undefined }),
    status: fc.constantFrom('active', 'inactive', undefined),
    networks: fc.subarray(['kanalnatet', 'lrf']),
    domains: fc.subarray([...new Set(PAGE_HOSTS), 'other.example']),
  }).map((m) => JSON.parse(JSON.stringify(m)) as Record<string, unknown>);

const membersArb = fc.integer({ min: 0, max: 12 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => memberArb(`v-${i}`))));

const NETWORKS = [
  { id: 'kanalnatet', name: 'Kanalnätet' },
  { id: 'lrf', name: 'LRF' },
];

interface Watch {
  errors: string[];
  stop(): void;
}
function watchUncaught(): Watch {
  const errors: string[] = [];
  const onError = (e: ErrorEvent) => errors.push(`error: ${e.message}`);
  const onRejection = (e: PromiseRejectionEvent) => errors.push(`unhandledrejection: ${String(e.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    stop() {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

/** serve `body`, point `el` at it and wait for evi-load or evi-error */
async function load(el: Widget, server: ReturnType<typeof feedServer>, body: unknown): Promise<string> {
  const settled = firstEvent(el, ['evi-load', 'evi-error'], 3000);
  el.setAttribute('src', server.serve(body));
  const event = await settled;
  await el.updateComplete;
  return event?.type ?? 'none';
}

const text = (el: Element) => el.shadowRoot!.textContent ?? '';

describe('fuzzed feeds', function () {
  this.timeout(60_000);
  let server: ReturnType<typeof feedServer>;
  let watch: Watch;
  let restoreConsole: () => void;
  beforeEach(() => {
    server = feedServer();
    watch = watchUncaught();
    const saved = { warn: console.warn, error: console.error };
    console.warn = console.error = () => {};
    restoreConsole = () => Object.assign(console, saved);
  });
  afterEach(() => {
    restoreConsole();
    watch.stop();
    server.stub.restore();
  });

  it(`<evi-member-directory> lists every active valid member (${RUNS.directory} runs)`, async () => {
    const el = await fixture<Widget>(html`<evi-member-directory page-size="1000"></evi-member-directory>`);
    let checkedRuns = 0;
    let checkedMembers = 0;
    await fc.assert(
      fc.asyncProperty(withMutations(membersArb), feedBreak, async (members, broken) => {
        const { body, usable } = applyBreak({ version: 1, networks: NETWORKS, members: members.map(([m]) => m) }, 'members', broken);
        const event = await load(el, server, body);
        const state = shownState(el);
        expect(['loaded', 'empty', 'error']).to.include(state);
        expect(event).to.equal(usable ? 'evi-load' : 'evi-error');
        expect(watch.errors).to.deep.equal([]);
        if (!usable || broken) return;
        checkedRuns++;
        const ids = members.filter(([, ok]) => !ok).map(([m]) => m.id);
        const shown = members.filter(([member, valid]) => valid && member.status !== 'inactive' && !ids.includes(member.id));
        if (shown.length) expect(state).to.equal('loaded');
        for (const [member] of shown) {
          expect(text(el)).to.contain(member.name as string);
          checkedMembers++;
        }
      }),
      { numRuns: RUNS.directory, seed: SEED },
    );
    // the property above checks something only for a usable feed: most runs must have been one
    expect(checkedRuns, 'runs with a usable feed').to.be.at.least(Math.round(RUNS.directory * 0.7));
    expect(checkedMembers, 'valid active members looked for').to.be.at.least(RUNS.directory * 2);
  });

  it(`<evi-network-badge> verifies exactly when member, status, network and domain allow it (${RUNS.badge} runs)`, async () => {
    const el = await fixture<Widget>(html`<evi-network-badge member="v-0"></evi-network-badge>`);
    /**
     * In half the runs the member the badge names is planted: valid, active, in the badge's network and
     * with this page's host among its domains (the rest of it random), so `verified` is expected often.
     */
    const planted = fc.record({ network: fc.constantFrom('kanalnatet', 'lrf'), pick: fc.nat(12) }).chain(({ network, pick }) =>
      fc.tuple(
        withMutations(membersArb),
        memberArb(`v-${pick}`).map((m): Record<string, unknown> => ({
          ...m,
          status: 'active',
          networks: [...new Set([...(m.networks as string[]), network])],
          domains: [...new Set([...(m.domains as string[]), location.hostname])],
        })),
      ).map(([members, member]) => {
        const at = members.findIndex(([m]) => m.id === member.id);
        const list = [...members];
        if (at >= 0) list[at] = [member, true] as const;
        else list.push([member, true] as const);
        return { members: list, network, pick };
      }),
    );
    const random = fc.record({ members: withMutations(membersArb), network: fc.constantFrom('kanalnatet', 'lrf', 'okant'), pick: fc.nat(12) });
    let decided = 0;
    let verified = 0;
    await fc.assert(
      fc.asyncProperty(fc.oneof(planted, random), async ({ members, network, pick }) => {
        el.setAttribute('network', network);
        el.setAttribute('member', `v-${pick}`);
        const event = await load(el, server, { version: 1, networks: NETWORKS, members: members.map(([m]) => m) });
        expect(event).to.equal('evi-load');
        const state = shownState(el);
        expect(['verified', 'unverified']).to.include(state);
        expect(watch.errors).to.deep.equal([]);
        const entry = members.find(([m]) => m.id === `v-${pick}`);
        if (entry && !entry[1]) return; // a mutated member: verified or not, but decided
        const member = entry?.[0];
        const expected =
          !!member &&
          member.status !== 'inactive' &&
          (member.networks as string[]).includes(network) &&
          (member.domains as string[]).includes(location.hostname);
        expect(state).to.equal(expected ? 'verified' : 'unverified');
        decided++;
        if (expected) verified++;
      }),
      { numRuns: RUNS.badge, seed: SEED },
    );
    // both verdicts must have been expected often, or the property above proved little
    expect(decided, 'runs whose verdict was checked').to.be.at.least(Math.round(RUNS.badge * 0.7));
    expect(verified, 'runs that expected "verified"').to.be.at.least(Math.round(RUNS.badge * 0.35));
    expect(decided - verified, 'runs that expected "unverified"').to.be.at.least(Math.round(RUNS.badge * 0.2));
  });

  it(`<evi-event-list> shows every valid upcoming event (${RUNS.events} runs)`, async () => {
    const el = await fixture<Widget>(html`<evi-event-list limit="1000" .now=${NOW}></evi-event-list>`);
    const eventArb = (id: string) =>
      fc.record({
        id: fc.constant(id),
        title,
        start: fc.date({ min: new Date('2027-01-01T00:00:00Z'), max: new Date('2027-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString()),
        category: fc.constantFrom('frukostmote', 'seminarium', 'annat'),
        status: fc.constantFrom('scheduled', 'cancelled', 'postponed', 'full'),
        description: fc.option(title, { nil: undefined }),
        descriptionHtml: fc.option(title.map((t) => `<p>${t}</p>`), { nil: undefined }),
        registrationUrl: fc.option(https, { nil: undefined }),
        location: fc.option(fc.record({ name: word, url: https }), { nil: undefined }),
      }).map((e) => JSON.parse(JSON.stringify(e)) as Record<string, unknown>);
    const eventsArb = fc.integer({ min: 0, max: 10 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => eventArb(`e-${i}`))));
    let checkedRuns = 0;
    let checkedEvents = 0;
    await fc.assert(
      fc.asyncProperty(withMutations(eventsArb), feedBreak, async (events, broken) => {
        const { body, usable } = applyBreak({ version: 1, events: events.map(([e]) => e) }, 'events', broken);
        const event = await load(el, server, body);
        const state = shownState(el);
        expect(['loaded', 'empty', 'error']).to.include(state);
        expect(event).to.equal(usable ? 'evi-load' : 'evi-error');
        expect(watch.errors).to.deep.equal([]);
        if (!usable || broken) return;
        checkedRuns++;
        const valid = events.filter(([, ok]) => ok);
        if (valid.length) expect(state).to.equal('loaded');
        await expandEvents(el);
        for (const [item] of valid) {
          expect(text(el)).to.contain(item.title as string);
          checkedEvents++;
        }
        expect(watch.errors).to.deep.equal([]);
      }),
      { numRuns: RUNS.events, seed: SEED },
    );
    expect(checkedRuns, 'runs with a usable feed').to.be.at.least(Math.round(RUNS.events * 0.7));
    expect(checkedEvents, 'valid events looked for').to.be.at.least(RUNS.events * 2);
  });

  it(`<evi-ask-form> offers every valid topic (${RUNS.ask} runs)`, async () => {
    sessionStorage.clear();
    const el = await fixture<Widget>(html`<evi-ask-form></evi-ask-form>`);
    const partners = [
      { id: 'envagin', name: 'En Väg In', description: 'Vi svarar själva.' },
      { id: 'almi', name: 'Almi', url: 'https://www.almi.se' },
    ];
    const topicArb = (id: string) =>
      fc.record({ id: fc.constant(id), label: title, partner: fc.constantFrom('envagin', 'almi'), keywords: fc.array(word, { maxLength: 3 }) });
    const topicsArb = fc.integer({ min: 1, max: 8 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => topicArb(`t-${i}`))));
    let checkedRuns = 0;
    let checkedTopics = 0;
    await fc.assert(
      fc.asyncProperty(withMutations(topicsArb), feedBreak, async (topics, broken) => {
        const feed = { version: 1, submitUrl: 'https://example.org/api', privacyUrl: 'https://example.org/pu', partners, topics: topics.map(([t]) => t) };
        const { body, usable } = applyBreak(feed, 'topics', broken);
        const event = await load(el, server, body);
        expect(['loaded', 'empty', 'error']).to.include(shownState(el));
        if (!usable) expect(event).to.equal('evi-error');
        const valid = topics.filter(([, ok]) => ok);
        // an unbroken config with a valid topic is usable: it must load
        if (!broken && valid.length) expect(event).to.equal('evi-load');
        if (event === 'evi-load' && !broken) {
          checkedRuns++;
          for (const [topic] of valid) {
            expect(text(el)).to.contain(topic.label as string);
            checkedTopics++;
          }
        } else if (event !== 'evi-load') {
          // a config without any usable topic is unusable as a whole (the contract wants ≥ 1)
          expect(shownState(el)).to.equal('error');
        }
        expect(watch.errors).to.deep.equal([]);
      }),
      { numRuns: RUNS.ask, seed: SEED },
    );
    expect(checkedRuns, 'runs with a usable config').to.be.at.least(Math.round(RUNS.ask * 0.7));
    expect(checkedTopics, 'valid topics looked for').to.be.at.least(RUNS.ask * 2);
  });
});
