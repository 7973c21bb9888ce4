import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard, ifDefined, live, repeat } from '../internal/directives.js';
import { EviElement } from '../internal/evi-element.js';
import { feedStatusStyles, renderFeedError, renderLoading, RetryingFeedController } from '../internal/feed-status.js';
import { feedTextLang } from '../internal/lang.js';
import { baseStyles } from '../internal/styles.js';
import { idHint, isBlank, numberOf } from '../internal/attribute-hints.js';
import { unquoted, warnOnce } from '../internal/warn.js';
import { readMembersFeed } from '../schemas/members-read.js';
import type { MembersFeed } from '../schemas/members.js';
import { readHash, writeHash } from './hash-state.js';
import { directoryStyles } from './member-directory.styles.js';
import {
  buildDirectory,
  filterEntries,
  isFiltered,
  NO_FILTERS,
  validFilters,
  type Directory,
  type DirectoryEntry,
  type FilterOption,
  type Filters,
} from './search.js';
import { directoryStrings, type DirectoryStrings } from './strings.js';

export const DEFAULT_PAGE_SIZE = 24;
/** Quiet time after the last keystroke before the URL and the screen-reader count follow the search. */
export const TYPING_DEBOUNCE_MS = 500;
/**
 * The top heading's level by default (the network's name); member names are one level below.
 * `headingLevel` starts at the literal 2 so that the Custom Elements Manifest shows the default.
 */
const DEFAULT_HEADING_LEVEL = 2;

/** Connected directories in the order they joined the page; the first keeps its view in the URL hash. */
const directoriesOnPage = new Set<EviMemberDirectory>();

/**
 * The member companies of Hallstahammar Promotion and its networks: sorted A–Ö, searchable as you
 * type ("kolback smide" finds "Kolbäcks Smide AB"), filterable by network, industry and locality,
 * paged, with the view kept in the URL hash so it can be shared and the back button works.
 *
 * URL hash: `#q=…&network=…&industry=…&locality=…` (typing replaces the current history entry, a
 * filter change or "Clear all" adds one) and `#member=<id>` (the network badge links there): the
 * member is shown, highlighted and focused. Other hash parameters of the page are left alone.
 *
 * Headings: the network's name (with `network`) is `<h2>`, member names `<h3>` (levels 2 and 3,
 * also without a network heading; the `heading-level` extension moves them to fit the page's
 * outline, with `aria-level` on the same elements).
 *
 * @tag evi-member-directory
 * @summary Searchable, filterable directory of member companies from the members feed.
 *
 * @fires evi-load - The members feed was loaded. `detail: { url, count, skipped }`; `count` is the number of active members listed.
 * @fires evi-error - The members feed could not be loaded or is unusable. `detail: { url, message }`
 *
 * @csspart network - The network's name and description (with the `network` attribute).
 * @csspart controls - The search field, filters and "Clear all".
 * @csspart summary - The number of members shown (a polite live region says it once typing pauses).
 * @csspart list - The list of members.
 * @csspart member - One member. `member-target` is added to the member a `#member=<id>` link points at.
 * @csspart more - The "Show more" button.
 * @csspart status - The loading, empty, no-results and error messages.
 *
 * @cssprop --evi-member-directory-loading-height - Height reserved while loading. Default: 10em + `page-size` × 11em, at most `100vh`.
 * @cssprop --evi-directory-columns-min - Narrowest member card before the grid drops a column. Default: `18em`.
 * @cssprop --evi-color-text - Text colour shared by all widgets.
 * @cssprop --evi-color-muted - Secondary text colour.
 * @cssprop --evi-color-background - Background of inputs.
 * @cssprop --evi-color-surface - Member card background.
 * @cssprop --evi-color-border - Borders.
 * @cssprop --evi-color-accent - Links, buttons and the highlighted member.
 * @cssprop --evi-color-accent-text - Text on accent-coloured buttons.
 * @cssprop --evi-color-danger - Error message accent.
 * @cssprop --evi-color-focus - Focus ring.
 * @cssprop --evi-radius - Corner radius.
 * @cssprop --evi-font-family - Font family. Default: inherited from the page.
 */
export class EviMemberDirectory extends EviElement {
  static override styles = [baseStyles, feedStatusStyles, directoryStyles];

  /** Only this network's members (a network id from the feed); its name and description show at the top. */
  @property({ reflect: true }) network?: string;

  /** Members shown at first and added by each "Show more". Default 24. */
  @property({ type: Number, attribute: 'page-size' }) pageSize = DEFAULT_PAGE_SIZE;

  /** Extension: search text to start with when the URL hash has none (e.g. a page about one trade). */
  @property() query?: string;

  /**
   * The level of the directory's top heading, the network's name (extension; default 2, e.g. 4 when
   * the directory sits under the page's h3). Member names are one level below, at most 6, also when
   * there is no network heading. A value that is not 1–6 means the default. The headings stay `<h2>`
   * and `<h3>` elements (so the widget's styles for them keep applying); another level is given to
   * them with `aria-level`.
   */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** What the visitor (or the URL hash) asked for; `effective` is what the data allows. */
  @state() private filters: Filters = NO_FILTERS;
  @state() private pages = 1;
  /** the member a `#member=` link points at, highlighted */
  @state() private target?: string;
  /** the count the live region says: updated at once for a filter, after a pause in typing */
  @state() private summary?: { count: number; filtered: boolean };

  private readonly feed = new RetryingFeedController(this, {
    parse: readMembersFeed,
    count: (data) => this.directoryFor(data).entries.length,
  });

  private directoryCache?: { data: MembersFeed; network?: string; directory: Directory };
  private resultsCache?: { directory: Directory; key: string; entries: DirectoryEntry[] };
  /** derived before each render of the loaded state */
  private directory?: Directory;
  private effective: Filters = NO_FILTERS;
  private results: DirectoryEntry[] = [];

  private pendingMember?: string;
  /** the `lang` of the feed's texts when it differs from the directory's (feedTextLang), else undefined */
  private textLang?: string;
  /**
   * `scroll`: bring it into view. `unlessMoved`: only while keyboard focus is still where it was when the
   * `#member=` link was followed (a slow feed must not pull the visitor away from what they went on to do).
   */
  private focusRequest?: { id: string; scroll: boolean; unlessMoved?: Element | null };
  /** where focus was when the pending `#member=` link was followed */
  private focusAtLink?: Element | null;
  private summaryDue = true;
  private typingTimer?: ReturnType<typeof setTimeout>;
  /** the last filter changed and when, to tell a run of arrow-key changes from a new choice */
  private lastFilterChange?: { key: string; at: number };
  /** the page (address without the hash) the search being typed belongs to */
  private typingPage?: string;
  /** the hash this element last read or wrote, so its own writes are not read back as navigation */
  private knownHash?: string;
  private hashHasQuery = false;

  override connectedCallback(): void {
    super.connectedCallback();
    directoriesOnPage.add(this);
    window.addEventListener('hashchange', this.onNavigate);
    window.addEventListener('popstate', this.onNavigate);
    // the hash is read on the first connect and when it changed meanwhile: a directory moved in the page (a
    // framework re-parenting it) keeps the visitor's search, "Visa fler" and focus
    if (location.hash !== this.knownHash) this.applyHash();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // what the visitor typed goes into the hash now, not half a second after the directory left the page
    this.flushTyping();
    directoriesOnPage.delete(this);
    window.removeEventListener('hashchange', this.onNavigate);
    window.removeEventListener('popstate', this.onNavigate);
  }

  // ---------------------------------------------------------------------------------------------
  // State

  /** `heading-level` as the ask form reads it (rounded; outside 1–6 the default), members one below, at most 6. */
  private get levels(): { top: number; member: number } {
    const level = Math.round(this.headingLevel);
    const top = level >= 1 && level <= 6 ? level : DEFAULT_HEADING_LEVEL;
    return { top, member: Math.min(top + 1, 6) };
  }

  private get size(): number {
    // removeAttribute('page-size') sets the property to null: the default, nothing to warn about
    if (this.pageSize === null || this.pageSize === undefined) return DEFAULT_PAGE_SIZE;
    const size = Math.floor(numberOf(this, 'page-size', this.pageSize));
    if (Number.isFinite(size) && size >= 1) return size;
    // page-size="" (an unfilled CMS field) is not given: the default, nothing to say
    if (!isBlank(this, 'page-size')) warnOnce(this, `page-size`, `page-size "${this.getAttribute('page-size') ?? this.pageSize}" is not a positive whole number; showing ${DEFAULT_PAGE_SIZE} per page.`);
    return DEFAULT_PAGE_SIZE;
  }

  private directoryFor(data: MembersFeed): Directory {
    const network = unquoted(this.network ?? '') || undefined;
    const cached = this.directoryCache;
    if (cached && cached.data === data && cached.network === network) return cached.directory;
    const directory = buildDirectory(data, network);
    this.directoryCache = { data, network, directory };
    return directory;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // removeAttribute('query') sets the property to null: that means "no starting search"
    if (changed.has('query') && !this.hashHasQuery) {
      this.filters = { ...this.filters, query: this.query ?? '' };
    }
    const state = this.feed.state;
    if (state.kind !== 'loaded') {
      this.directory = undefined;
      return;
    }
    this.textLang = feedTextLang(state.feed.data.lang, this.language);
    const directory = this.directoryFor(state.feed.data);
    if (directory !== this.directory) {
      if (this.directory) this.pages = 1;
      this.summaryDue = true;
      if (directory.unknownNetwork) {
        const ids = state.feed.data.networks.map((network) => network.id);
        warnOnce(
          this,
          `network:${this.network}`,
          `network "${this.network}" is not in the feed ${state.feed.url}; no members are listed.${idHint(this.network ?? '', ids)}`,
        );
      }
    }
    this.directory = directory;
    if (this.pendingMember) this.revealMember(directory, this.pendingMember);
    this.effective = validFilters(directory, this.filters);
    const key = JSON.stringify(this.effective);
    if (this.resultsCache?.directory !== directory || this.resultsCache.key !== key) {
      this.resultsCache = { directory, key, entries: filterEntries(directory, this.effective) };
    }
    this.results = this.resultsCache.entries;
    if (this.summaryDue) {
      this.summaryDue = false;
      this.summary = { count: this.results.length, filtered: isFiltered(this.effective) };
    }
  }

  /** `#member=<id>`: clear what hides the member, show enough pages, highlight and focus it. */
  private revealMember(directory: Directory, id: string): void {
    this.pendingMember = undefined;
    let index = filterEntries(directory, validFilters(directory, this.filters)).findIndex((e) => e.member.id === id);
    if (index < 0) {
      index = directory.entries.findIndex((entry) => entry.member.id === id);
      if (index < 0) {
        // the link may be for another directory on the page: say so only once every directory has its
        // feed and none lists the member (the last of them to load says it)
        const others = [...directoriesOnPage].filter((other) => other !== this);
        if (others.every((other) => other.directory !== undefined && !other.lists(id))) {
          const where = others.length ? ' in any directory on this page' : this.network ? ` in network "${this.network}" in the feed` : ' in the feed';
          warnOnce(this, `member:${id}`, `#member=${id}: no active member with this id${where}.`);
        }
        return;
      }
      this.filters = NO_FILTERS;
    }
    this.pages = Math.ceil((index + 1) / this.size);
    this.target = id;
    this.focusRequest = { id, scroll: true, unlessMoved: this.focusAtLink };
    this.summaryDue = true;
  }

  protected override updated(): void {
    const request = this.focusRequest;
    if (!request || !this.directory) return;
    this.focusRequest = undefined;
    const heading = this.shadowRoot?.getElementById(headingId(request.id));
    if (!heading) return;
    if (request.unlessMoved !== undefined && document.activeElement !== request.unlessMoved) return;
    if (request.scroll) heading.scrollIntoView({ block: 'start' });
    heading.focus({ preventScroll: request.scroll });
  }

  // ---------------------------------------------------------------------------------------------
  // URL hash

  /**
   * The URL hash has one set of `q`/`industry`/`locality` keys, so the view in it belongs to one
   * directory: the first on the page. Another directory (a second network's list further down) keeps
   * its view in memory, or a visitor's filter in the first would filter the second after Back or a
   * reload. A `#member=` deep link is followed by every directory that lists the member.
   */
  private get ownsHash(): boolean {
    // by place on the page, not by when each connected: a script that re-attaches the first one
    // (tabs, a framework re-render) must not hand the hash to the second
    for (const other of directoriesOnPage) {
      if (other !== this && other.compareDocumentPosition(this) & Node.DOCUMENT_POSITION_FOLLOWING) return false;
    }
    return true;
  }

  /** This directory lists the member `id` (its feed has loaded and the member is active in its network). */
  private lists(id: string): boolean {
    return this.directory?.entries.some((entry) => entry.member.id === id) ?? false;
  }

  private readonly onNavigate = (): void => {
    if (location.hash === this.knownHash) return;
    this.applyHash();
  };

  private applyHash(): void {
    this.knownHash = location.hash;
    // Back or a link ended any run through a filter's options: the next change is a step of its own
    this.lastFilterChange = undefined;
    const { filters, member } = readHash(location.hash);
    if (member) {
      // the visitor followed a link to a member (the badge's): load now, not once scrolled near
      this.focusAtLink = document.activeElement;
      this.feed.loadNow();
    }
    if (!this.ownsHash) {
      this.pendingMember = member;
      this.requestUpdate();
      return;
    }
    this.hashHasQuery = filters.query !== '';
    if (this.network?.trim()) filters.network = '';
    if (!this.hashHasQuery && this.query) filters.query = this.query;
    clearTimeout(this.typingTimer);
    this.typingTimer = undefined;
    this.filters = filters;
    this.pages = 1;
    this.target = undefined;
    this.pendingMember = member;
    this.summaryDue = true;
  }

  private writeHash(mode: 'push' | 'replace'): void {
    // a hash router's route (#/medlemmar, #!/…) is the page's: a search added to it would leave the route
    // unmatched; the view then lives in the directory only
    if (!this.ownsHash || /^#!?\//.test(location.hash)) return;
    const next = writeHash(location.hash, this.effective, this.directory?.network || this.network?.trim() ? ['network'] : []);
    if (next === location.hash) return;
    const url = new URL(location.href);
    url.hash = next;
    if (mode === 'push') history.pushState(history.state, '', url.href);
    else history.replaceState(history.state, '', url.href);
    this.knownHash = location.hash;
  }

  // ---------------------------------------------------------------------------------------------
  // Visitor actions

  private setFilters(filters: Filters): void {
    this.filters = filters;
    this.pages = 1;
    this.target = undefined;
  }

  private readonly onSearchInput = (event: InputEvent): void => {
    this.setFilters({ ...this.effective, query: (event.target as HTMLInputElement).value });
    if (this.typingTimer === undefined) this.typingPage = pageAddress();
    clearTimeout(this.typingTimer);
    this.typingTimer = setTimeout(() => this.flushTyping(), TYPING_DEBOUNCE_MS);
  };

  /**
   * The search key (Enter): the list already follows each keystroke, so nothing to send. On a touch screen the
   * keyboard covers the results, so focus moves to the first of them (and the keyboard closes).
   */
  private readonly onSearchSubmit = (event: Event): void => {
    event.preventDefault();
    this.flushTyping();
    const first = this.results[0];
    if (first && matchMedia('(pointer: coarse)').matches) {
      this.focusRequest = { id: first.member.id, scroll: true };
      this.requestUpdate();
    }
  };

  /** After a pause in typing: the URL follows (replacing the entry) and the count is announced. */
  private flushTyping(): void {
    if (this.typingTimer === undefined) return;
    clearTimeout(this.typingTimer);
    this.typingTimer = undefined;
    // a single-page app that went to another route as the directory left (pushState, then removal): the search
    // belongs to the page it was typed on, not to the next one's address
    if (pageAddress() === this.typingPage) this.writeHash('replace');
    this.summaryDue = true;
    this.requestUpdate();
  }

  private onFilterChange(key: 'network' | 'industry' | 'locality', event: Event): void {
    this.flushTyping();
    this.setFilters({ ...this.effective, [key]: (event.target as HTMLSelectElement).value });
    this.effective = this.directory ? validFilters(this.directory, this.filters) : this.filters;
    // arrow keys on a closed select change it once per press: one history entry for such a run through the
    // options (Back went through every option passed), a new one for a change a moment later or elsewhere
    const now = Date.now();
    const run = this.lastFilterChange?.key === key && now - this.lastFilterChange.at < FILTER_RUN_MS;
    this.lastFilterChange = { key, at: now };
    this.writeHash(run ? 'replace' : 'push');
    this.summaryDue = true;
  }

  private readonly clearAll = async (): Promise<void> => {
    this.lastFilterChange = undefined;
    clearTimeout(this.typingTimer);
    this.typingTimer = undefined;
    this.setFilters({ ...NO_FILTERS });
    this.effective = { ...NO_FILTERS };
    this.writeHash('push');
    this.summaryDue = true;
    await this.updateComplete;
    // the button pressed is gone: continue from the search field
    this.shadowRoot?.querySelector<HTMLInputElement>('input[type=search]')?.focus();
  };

  private readonly showMore = (): void => {
    const firstNew = this.results[this.pages * this.size];
    this.pages++;
    // keyboard users continue at the first member they have not seen yet
    if (firstNew) this.focusRequest = { id: firstNew.member.id, scroll: false };
  };


  // ---------------------------------------------------------------------------------------------
  // Rendering

  protected override render() {
    const t = directoryStrings[this.language];
    const state = this.feed.state;
    if (state.kind === 'loading') return renderLoading(this.language, t.loading, this.size);
    if (state.kind === 'error') return renderFeedError(this.language, () => this.feed.retry());
    const directory = this.directory!;
    return html`<div class="root directory" lang=${this.language}>
      ${this.renderNetwork(directory, t)}
      ${directory.entries.length === 0
        ? html`<p class="state empty" part="status" role="status">${t.empty}</p>`
        : html`${this.renderControls(directory, t)} ${this.renderResults(t)}`}
    </div>`;
  }

  private renderNetwork(directory: Directory, t: DirectoryStrings) {
    const network = directory.network;
    if (!network) return nothing;
    // a <div>, not a <header>: outside a sectioning element a <header> is the page's banner landmark
    return html`<div class="network" part="network">
      <h2 aria-level=${ariaLevel(this.levels.top, 2)}>${network.name}</h2>
      ${network.description ? html`<p lang=${ifDefined(this.textLang)}>${network.description}</p>` : nothing}
      ${network.url ? html`<p><a href=${network.url}>${t.networkWebsite(network.name)}</a></p>` : nothing}
    </div>`;
  }

  private renderSelect(
    key: 'network' | 'industry' | 'locality',
    label: string,
    all: string,
    options: FilterOption[],
    optionLang?: string,
  ): TemplateResult {
    const value = this.effective[key];
    return html`<div class="field">
      <label for=${key}>${label}</label>
      <select id=${key} @change=${(event: Event) => this.onFilterChange(key, event)}>
        <option value="" .selected=${live(value === '')}>${all}</option>
        ${options.map(
          (option) => html`<option value=${option.value} lang=${ifDefined(optionLang)} .selected=${live(option.value === value)}>${option.label}</option>`,
        )}
      </select>
    </div>`;
  }

  private renderControls(directory: Directory, t: DirectoryStrings): TemplateResult {
    return html`<form class="controls" part="controls" role="search" aria-label=${t.searchRegion(directory.network?.name)} @submit=${this.onSearchSubmit}>
      <div class="field search">
        <label for="q">${t.search}</label>
        <input id="q" type="search" enterkeyhint="search" autocomplete="off" spellcheck="false" .value=${live(this.effective.query)} @input=${this.onSearchInput} />
      </div>
      ${directory.network ? nothing : this.renderSelect('network', t.network, t.allNetworks, directory.networks)}
      ${this.renderSelect('industry', t.industry, t.allIndustries, directory.industries, this.textLang)}
      ${this.renderSelect('locality', t.locality, t.allLocalities, directory.localities, this.textLang)}
      ${isFiltered(this.effective)
        ? html`<button type="button" class="button secondary clear" @click=${this.clearAll}>${t.clearAll}</button>`
        : nothing}
    </form>`;
  }

  private renderResults(t: DirectoryStrings): TemplateResult {
    const results = this.results;
    const shown = results.slice(0, this.pages * this.size);
    const summary = this.summary ?? { count: results.length, filtered: false };
    const total = this.directory!.entries.length;
    const level = this.levels.member;
    // The count on screen follows every keystroke, as the list does; the live region says it once typing
    // pauses (a count per key would drown the visitor's own typing), and is the count screen readers read.
    // (no count above the "no results" box, which says it in words)
    return html`${results.length ? html`<p class="summary" part="summary" aria-hidden="true">${t.results(results.length, total, isFiltered(this.effective))}</p>` : nothing}
      <p class="visually-hidden" role="status">${t.results(summary.count, total, summary.filtered)}</p>
      ${results.length === 0
        ? html`<div class="state no-results" part="status">
            <p><strong>${t.noResults}</strong></p>
            <p>${t.noResultsHint}</p>
            <button type="button" class="button" @click=${this.clearAll}>${t.clearFilters}</button>
          </div>`
        : html`<ul class="list" part="list" aria-label=${t.listLabel(this.directory!.network?.name)}>
              ${repeat(
                shown,
                (entry) => entry.member.id,
                // a card that stays while the visitor types is not rendered again (URLs parsed, links built)
                (entry) =>
                  guard([entry, entry.member.id === this.target, t, level, this.textLang], () => this.renderMember(entry, t, level)),
              )}
            </ul>
            ${results.length > this.size
              ? html`<div class="more">
                  <p id="shown-count">${t.showing(shown.length, results.length)}</p>
                  ${shown.length < results.length
                    ? html`<button type="button" class="button" part="more" aria-describedby="shown-count" @click=${this.showMore}>
                        ${t.showMore}
                      </button>`
                    : nothing}
                </div>`
              : nothing}`}`;
  }

  /** A member's networks but the one the directory is about (LRF's page saying "Nätverk: LRF" on every card said nothing). */
  private otherNetworks(names: string[]): string[] {
    const own = this.directory?.network?.name;
    return own ? names.filter((name) => name !== own) : names;
  }

  private renderMember({ member, networkNames }: DirectoryEntry, t: DirectoryStrings, level: number): TemplateResult {
    const targeted = member.id === this.target;
    const tel = member.phone ? telHref(member.phone) : undefined;
    const networks = this.otherNetworks(networkNames);
    return html`<li class="member ${targeted ? 'targeted' : ''}" part=${targeted ? 'member member-target' : 'member'}>
      <h3 id=${headingId(member.id)} tabindex="-1" aria-level=${ariaLevel(level, 3)}>${member.name}</h3>
      <dl>
        ${detail(t.memberIndustry, member.industry, this.textLang)} ${detail(t.memberLocality, member.locality, this.textLang)}
        ${detail(t.address, member.address, this.textLang)}
        ${networks.length ? detail(t.memberNetworks, networks.join(', ')) : nothing}
        ${member.website && isHttpUrl(member.website)
          ? detail(t.website, html`<a href=${member.website}>${displayHost(member.website)}</a>`)
          : nothing}
        ${tel ? detail(t.phone, html`<a href=${tel}>${member.phone}</a>`) : nothing}
        ${member.email ? detail(t.email, html`<a href=${mailtoHref(member.email)}>${member.email}</a>`) : nothing}
        ${member.orgNumber ? detail(t.orgNumber, orgNumberText(member.orgNumber)) : nothing}
      </dl>
      ${member.description ? paragraphs(member.description, this.textLang) : nothing}
      ${member.memberSince ? html`<p class="since">${t.memberSince(member.memberSince.slice(0, 4))}</p>` : nothing}
    </li>`;
  }
}


/**
 * `aria-level` for a heading element whose tag gives `own`: none when they agree (the default
 * markup stays a plain `<h2>`/`<h3>`), else the level that overrides the tag's.
 */
function ariaLevel(level: number, own: number): string | typeof nothing {
  return level === own ? nothing : String(level);
}

function headingId(memberId: string): string {
  return `member-${memberId}`;
}

/** A term and its value; `lang` marks a value that is the feed's text in another language (WCAG 3.1.2). */
function detail(term: string, value: unknown, lang?: string) {
  if (value === undefined || value === '') return nothing;
  return html`<div><dt>${term}</dt><dd lang=${ifDefined(lang)}>${value}</dd></div>`;
}

/** Plain text; a blank line separates paragraphs (as in the events feed). */
function paragraphs(text: string, lang?: string) {
  return text
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => html`<p class="description" lang=${ifDefined(lang)}>${part}</p>`);
}

/** An organisationsnummer the way it is written: `NNNNNN-NNNN` (the feed may give the 10 digits alone). */
export function orgNumberText(orgNumber: string): string {
  return /^\d{10}$/.test(orgNumber) ? `${orgNumber.slice(0, 6)}-${orgNumber.slice(6)}` : orgNumber;
}

/** Lit does not sanitise URLs: the schema already checked, and this guards the attribute anyway. */
export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

/**
 * `https://www.exempel.se/om/` → `exempel.se/om`: the link text of a member's website. The host and path
 * are the link's own (no user name, port, query or fragment), spelt as a person reads them: the host as the
 * feed writes it when that is the same host (`kolbäcksåkeri.se`, not `xn--kolbckskeri-o8aq.se`), the path
 * decoded (`hästar`, not `h%C3%A4star`) except where decoding would hide something: an escaped `/`, and
 * control or direction characters (a right-to-left override could make the text read backwards).
 */
export function displayHost(website: string): string {
  const url = new URL(website);
  let host = url.hostname;
  const written = /^[a-z][a-z\d+.-]*:[/\\]*(?:[^/?#\\]*@)?([^:/?#\\]*)/i.exec(website)?.[1];
  try {
    if (written && new URL(`http://${written}`).hostname === host) host = written.toLowerCase();
  } catch {
    // the link's own spelling, then
  }
  const path = url.pathname
    .replace(/\/+$/, '')
    .split('/')
    .map((segment) => {
      try {
        const decoded = decodeURIComponent(segment);
        return /[/\p{Cc}\p{Cf}]/u.test(decoded) ? segment : decoded;
      } catch {
        return segment;
      }
    })
    .join('/');
  return host.replace(/^www\./, '') + path;
}

/**
 * `tel:` from a validated number: digits only, with a leading `+` when the number has one. In the
 * international form the trunk 0 is not dialled: `+46 (0)220-123 45` and `+46 0220…` call `+46220…`.
 */
export function telHref(phone: string): string | undefined {
  const international = phone.trim().startsWith('+');
  let digits = (international ? phone.replace(/\(0\)/g, '') : phone).replace(/\D/g, '');
  if (!digits) return undefined;
  if (international && digits.startsWith('460')) digits = `46${digits.slice(3)}`;
  return `tel:${international ? '+' : ''}${digits}`;
}

/** `mailto:` from a validated address; `?`, `#`, `%` and `&` cannot add headers or break the link. */
export function mailtoHref(email: string): string {
  const at = email.lastIndexOf('@');
  return `mailto:${encodeURIComponent(email.slice(0, at))}@${encodeURIComponent(email.slice(at + 1))}`;
}

declare global {
  interface HTMLElementTagNameMap {
    'evi-member-directory': EviMemberDirectory;
  }
}

/** Changes of one filter closer than this are one run through its options (arrow keys): one history entry. */
const FILTER_RUN_MS = 1000;

/** The page's address without its hash. */
function pageAddress(): string {
  return location.pathname + location.search;
}
