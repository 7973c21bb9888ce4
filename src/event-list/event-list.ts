import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { MAX_REPORTED_PROBLEMS } from '../internal/feed-cache.js';
import { trustedTypesPolicy, withTrustedTypes } from '../internal/trusted-types.js';
import { property, state } from 'lit/decorators.js';
import { guard, ifDefined, repeat } from '../internal/directives.js';
import { EviElement } from '../internal/evi-element.js';
import { feedStatusStyles, renderFeedError, renderLoading, RetryingFeedController } from '../internal/feed-status.js';
import { feedTextLang, type Lang } from '../internal/lang.js';
import { baseStyles } from '../internal/styles.js';
import { idHint, isBlank, numberOf } from '../internal/attribute-hints.js';
import { unquoted, warnOnce } from '../internal/warn.js';
import { parseEventsFeed, type EventsFeed, type EviEvent } from '../schemas/events.js';
import { eventListStyles } from './event-list.styles.js';
import { browserTimeZone, describeSeries, describeWhen, nextRelativeChange, relativeDay, type Relative } from './format.js';
import { buildIcs, googleCalendarUrl, icsFileName, outlookCalendarUrl } from './ics.js';
import { ruleWarnings, toSeries, type Occurrence, type Series } from './recurrence.js';
import { buildList, type LoadedList, type MonthGroup } from './view.js';
import { renderSafe, safeText, sanitizeHtml, type SafeNode } from './sanitize.js';
import { CATEGORY_IDS, categoryLabel, isKnownCategory, listStrings } from './strings.js';
import { DAY_MS, isoDate, isoDateTimeIn } from './zone.js';

const DEFAULT_LIMIT = 10;
/**
 * The month headings' level by default: below the page's h1 (events are one level below).
 * `headingLevel` starts at the literal 2 so that the Custom Elements Manifest shows the default.
 */
const DEFAULT_HEADING_LEVEL = 2;

/**
 * Series and sanitized descriptions are worked out once per parsed feed, shared by every list showing it
 * (so a rule's warning is written once per page, however many lists show the feed).
 */
const seriesCache = new WeakMap<EventsFeed, Series[]>();
const descriptionCache = new WeakMap<EviEvent, SafeNode[]>();

/** An id for the shadow DOM, unique per occurrence key (ids are not limited to ASCII in the feed). */
function domId(prefix: string, key: string): string {
  return prefix + key.replace(/[^A-Za-z0-9-]/g, (ch) => `_${ch.codePointAt(0)!.toString(16)}`);
}

function idList(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map(unquoted)
    .filter(Boolean);
}

/**
 * `aria-level` for a heading element whose tag gives `own`: none when they agree (the default
 * markup stays a plain `<h2>`/`<h3>`), else the level that overrides the tag's.
 */
function ariaLevel(level: number, own: number): string | typeof nothing {
  return level === own ? nothing : String(level);
}

/** The levels of the month and event headings. */
interface HeadingLevels {
  month: number;
  event: number;
}

type LoadedView = { kind: 'loaded'; url: string } & LoadedList;
type ListView = { kind: 'loading' } | { kind: 'error' } | LoadedView;

/**
 * En Väg In's calendar: the next events and occurrences of recurring series, grouped under month
 * headings, each with a disclosure for its details and add-to-calendar (.ics, Google, Outlook).
 *
 * Headings: months are `<h2>`, events `<h3>` (levels 2 and 3; the `heading-level` extension moves
 * them to fit the page's outline, with `aria-level` on the same elements). Times are shown in each
 * event's own zone; a visitor in another zone is told which. "Upcoming" means not yet ended.
 *
 * @tag evi-event-list
 * @summary Upcoming events and recurring series from an events feed, with add-to-calendar.
 *
 * @fires evi-load - The events feed was loaded. `detail: { url, count, skipped }`
 * @fires evi-error - The events feed could not be loaded or is unusable. `detail: { url, message }`
 *
 * @csspart list - The list of one month's events.
 * @csspart event - One occurrence (`li`).
 * @csspart filter - The category filter (a radio group).
 * @csspart status - The loading, empty ("Inga kommande evenemang") and error messages.
 *
 * @cssprop --evi-event-list-gap - Space between events. Default: `0.75em`.
 * @cssprop --evi-event-list-loading-height - Height reserved while loading. Default: `limit` × 12em, at most `100vh`.
 * @cssprop --evi-color-accent - Accent colour shared by all widgets.
 * @cssprop --evi-color-surface - Surface colour shared by all widgets.
 * @cssprop --evi-color-border - Border colour shared by all widgets.
 * @cssprop --evi-font-family - Font family. Default: inherited from the page.
 */
export class EviEventList extends EviElement {
  static override styles = [baseStyles, feedStatusStyles, eventListStyles];

  /**
   * How many occurrences to show at most. Default 10. Not reflected: the default (or `NaN`, for a
   * `limit="ten"`) would be written into the webmaster's markup.
   */
  @property({ type: Number }) limit = DEFAULT_LIMIT;

  /** Comma-separated category ids: only these are shown. */
  @property({ reflect: true }) category?: string;

  /** Comma-separated network ids: only events aimed at one of these are shown. */
  @property({ reflect: true }) network?: string;

  /**
   * The level of the month headings, to fit the page's outline (extension; default 2, e.g. 4 when the
   * list sits under the page's h3). Events are one level below, at most 6. A value that is not 1–6
   * means the default. The headings stay `<h2>` and `<h3>` elements (so the widget's styles for them
   * keep applying); another level is given to them with `aria-level`.
   */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** Adds schema.org `Event` JSON-LD for the shown events to the page's `<head>` (removed with the element). */
  @property({ type: Boolean, reflect: true, attribute: 'structured-data' }) structuredData = false;

  /** The moment "upcoming" is counted from (property only; for previews and tests). Default: the current time. */
  @property({ attribute: false }) now?: Date;

  /** The visitor's IANA time zone (property only; for previews and tests). Default: the browser's. */
  @property({ attribute: false }) visitorTimeZone?: string;

  /** the visitor's choice in the category filter; '' = all */
  @state() private selectedCategory = '';
  @state() private expanded: ReadonlySet<string> = new Set();

  /**
   * `limit` as a usable whole number (a bad attribute value means the default). Read with Number():
   * React 19 and Vue set `el.limit = "3"`, a string, since the element has a `limit` property.
   */
  private get effectiveLimit(): number {
    const limit = Math.floor(numberOf(this, 'limit', this.limit));
    if (Number.isFinite(limit) && limit >= 1) return limit;
    // removeAttribute('limit') sets null: the default, nothing to warn about
    if (this.limit !== null && this.limit !== undefined && !isBlank(this, 'limit')) {
      const given = this.getAttribute('limit') ?? String(this.limit);
      warnOnce(this, `limit|${given}`, `limit "${given}" is not a whole number of at least 1; showing ${DEFAULT_LIMIT}.`);
    }
    return DEFAULT_LIMIT;
  }

  /** `heading-level` as the ask form reads it (rounded; outside 1–6 the default), events one below, at most 6. */
  private get levels(): HeadingLevels {
    const level = Math.round(this.headingLevel);
    const month = level >= 1 && level <= 6 ? level : DEFAULT_HEADING_LEVEL;
    return { month, event: Math.min(month + 1, 6) };
  }

  private readonly feed = new RetryingFeedController(this, {
    parse: parseEventsFeed,
    count: (data) => data.events.length,
  });
  private view: ListView = { kind: 'loading' };
  /** the `lang` of the feed's texts when it differs from the list's (feedTextLang), else undefined */
  private textLang?: string;
  private jsonLd?: HTMLScriptElement;
  /** the view the JSON-LD in `jsonLd` describes */
  private jsonLdView?: ListView;

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Opening or closing details changes nothing in which occurrences are shown: keep the view
    // rather than expanding every series again (that cost ~370 ms per click on a 1,000-item list).
    if (this.view.kind === 'loaded' && changed.size === 1 && changed.has('expanded' as keyof EviEventList)) return;
    const state = this.feed.state;
    if (state.kind === 'loading') this.view = { kind: 'loading' };
    else if (state.kind === 'error') this.view = { kind: 'error' };
    else this.view = this.loadedView(state.feed.url, state.feed.data);
  }

  private seriesOf(url: string, data: EventsFeed): Series[] {
    let all = seriesCache.get(data);
    if (!all) {
      all = data.events.map(toSeries);
      seriesCache.set(data, all);
      // at most as many lines as the feed's own problems get (feed-cache.ts), then where to see them all
      let shown = 0;
      for (const series of all) {
        for (const warning of ruleWarnings(series, MAX_REPORTED_PROBLEMS + 1 - shown)) {
          if (shown++ === MAX_REPORTED_PROBLEMS) {
            console.warn(`[evi-event-list] ${url}: more rule warnings not shown here; \`npx evi-validate ${url}\` lists them all`);
            return all;
          }
          console.warn(`[evi-event-list] ${url}: event "${series.event.id}": ${warning}`);
        }
      }
    }
    return all;
  }

  private loadedView(url: string, data: EventsFeed): ListView {
    this.textLang = feedTextLang(data.lang, this.language);
    const list = buildList(this.seriesOf(url, data), {
      categories: idList(this.category),
      networks: idList(this.network),
      selectedCategory: this.selectedCategory,
      now: this.now?.getTime() ?? Date.now(),
      limit: this.effectiveLimit,
      lang: this.language,
      visitorTimeZone: this.visitorTimeZone ?? browserTimeZone(),
    });
    this.warnUnmatchedFilters(url, data);
    return { kind: 'loaded', url, ...list };
  }

  /**
   * A `category` or `network` that is the id of nothing in the feed shows "Inga kommande evenemang" and
   * nothing else: a label instead of the id ("Seminarium"), a typo or another case. The console says which,
   * and the ids there are. A category of the contract's own list is not warned about: its events may just
   * be out of season (Vision Day).
   */
  private warnUnmatchedFilters(url: string, data: EventsFeed): void {
    const filters = [
      ['category', idList(this.category), data.events.map((event) => event.category ?? '')],
      ['network', idList(this.network), data.events.flatMap((event) => event.networks ?? [])],
    ] as const;
    for (const [attribute, wanted, given] of filters) {
      const ids = [...new Set(given.filter(Boolean))].sort();
      for (const id of wanted) {
        if (ids.includes(id) || (attribute === 'category' && isKnownCategory(id))) continue;
        warnOnce(
          this,
          `${attribute}|${id}|${url}`,
          `${attribute} "${id}" is not the id of any event's ${attribute} in ${url}, so no event shows for it.` +
            idHint(id, ids, attribute === 'category' ? [...ids, ...CATEGORY_IDS] : ids),
        );
      }
    }
  }

  protected override render() {
    const view = this.view;
    const lang = this.language;
    const t = listStrings[lang];
    const levels = this.levels;
    switch (view.kind) {
      case 'loading':
        return renderLoading(lang, undefined, this.effectiveLimit);
      case 'error':
        return renderFeedError(lang, () => this.feed.retry());
      case 'loaded':
        break;
    }
    if (!view.shown.length) {
      return html`<div class="root" lang=${lang}><p class="state empty" part="status" role="status">${t.empty}</p></div>`;
    }
    return html`<div class="root" lang=${lang}>
      ${view.zoneNote ? html`<p class="notes">${t.zoneNote(view.zoneNote.zone, view.zoneNote.others)}</p>` : nothing}
      ${view.categories.length ? this.renderFilter(view.categories, view.chosen, lang) : nothing}
      <!-- with the chosen category first, so choosing another category with as many events is still heard -->
      <p class=${view.categories.length ? 'count' : 'visually-hidden'} role="status">${view.chosen ? html`${this.categoryText(view.chosen, lang)}: ` : nothing}${t.shown(view.shown.length)}</p>
      ${view.groups.map((group) => this.renderMonth(group, view, lang, levels))}
    </div>`;
  }

  /**
   * One month's heading and events, re-rendered only when the month, the language or which of its
   * events are open changed; within it, an event is re-rendered only when it or its disclosure
   * changed. Opening one event's details in a list of a thousand renders that event again and
   * walks its month, not the thousand (the guard on each event alone still had repeat visit all).
   */
  private renderMonth(group: MonthGroup, view: LoadedView, lang: Lang, levels: HeadingLevels) {
    const expanded = this.expanded;
    const open = expanded.size ? group.items.filter((o) => expanded.has(o.key)).map((o) => o.key) : [];
    // "Pågår nu", "I dag", "I morgon": worked out only for what starts within three days (zone arithmetic)
    const now = this.now?.getTime() ?? Date.now();
    const relative = new Map<Occurrence, Relative | undefined>();
    for (const o of group.items) {
      if (o.start - now > 3 * DAY_MS) break;
      relative.set(o, relativeDay(o, now));
    }
    return guard(
      [group, lang, view.mainZone, view.url, levels.month, levels.event, ...open, [...relative.values()].join()],
      () => html`<div class="month">
        <h2 aria-level=${ariaLevel(levels.month, 2)}>${group.heading}</h2>
        <ol part="list">
          ${repeat(
            group.items,
            (o) => o.key,
            (o) =>
              guard([o, expanded.has(o.key), lang, view.mainZone, view.url, levels.event, relative.get(o)], () =>
                this.renderOccurrence(o, view.series.get(o.event)!, view.mainZone, view.url, lang, levels.event, relative.get(o)),
              ),
          )}
        </ol>
      </div>`,
    );
  }

  private renderFilter(categories: string[], chosen: string, lang: Lang): TemplateResult {
    const t = listStrings[lang];
    const option = (value: string, label: string | TemplateResult) => html`<label class=${ifDefined(chosen === value ? 'chosen' : undefined)}>
      <input
        type="radio"
        name="category"
        .value=${value}
        .checked=${chosen === value}
        @change=${() => (this.selectedCategory = value)}
      />${label}
    </label>`;
    return html`<fieldset class="filter" part="filter">
      <legend>${t.filterLegend}</legend>
      ${option('', t.allCategories)} ${categories.map((id) => option(id, this.categoryText(id, lang)))}
    </fieldset>`;
  }

  private renderOccurrence(
    occurrence: Occurrence,
    series: Series,
    mainZone: string | undefined,
    url: string,
    lang: Lang,
    level: number,
    relative?: Relative,
  ): TemplateResult {
    const t = listStrings[lang];
    const { event, status } = occurrence;
    const when = describeWhen(occurrence, lang);
    const open = this.expanded.has(occurrence.key);
    const id = domId('e', occurrence.key);
    const place = [event.location?.name, event.location?.address].filter(Boolean).join(', ');
    const datetime = occurrence.allDay ? isoDate(occurrence.startWall) : isoDateTimeIn(occurrence.start, occurrence.timeZone);
    // the date after the heading, so a screen reader that jumps to the heading reads on into it; shown above it (CSS order)
    return html`<li class="event" part="event" data-status=${status}>
      <article aria-labelledby="${id}-title">
        <h3 id="${id}-title" aria-level=${ariaLevel(level, 3)} lang=${ifDefined(this.textLang)}>${event.title}</h3>
        <p class="when">
          ${relative ? html`<span class="relative"><strong>${t.relative[relative]}</strong>, </span>` : nothing}<time datetime=${datetime}>${when.date}</time>
          ${when.time ? html`<span class="time">${when.time}</span>` : nothing}
          ${occurrence.timeZone !== mainZone && !occurrence.allDay ? html`<span class="time">${t.inZone(occurrence.timeZone)}</span>` : nothing}
        </p>
        ${status !== 'scheduled' ? html`<p class="event-status" data-status=${status}>${t.status[status]}</p>` : nothing}
        ${event.category || place
          ? html`<p class="meta">
              ${event.category ? html`<span class="category">${this.categoryText(event.category, lang)}</span>` : nothing}
              ${place ? html`<span class="place" lang=${ifDefined(this.textLang)}>${place}</span>` : nothing}
            </p>`
          : nothing}
        ${this.renderSeries(series, lang)}
        ${event.summary ? html`<p class="summary" lang=${ifDefined(this.textLang)}>${event.summary}</p>` : nothing}
        <button
          type="button"
          class="toggle"
          aria-expanded=${open ? 'true' : 'false'}
          aria-controls="${id}-details"
          @click=${() => this.toggle(occurrence.key)}
        >
          ${t.details}<span class="visually-hidden"> – ${this.feedText(event.title)}, ${when.date}</span>
        </button>
        <div class="details" id="${id}-details" ?hidden=${!open}>
          ${open ? this.renderDetails(occurrence, series, url, lang) : nothing}
        </div>
      </article>
    </li>`;
  }

  /** The series in words; nothing when its rule has no exact words (describeRule gives ''). */
  private renderSeries(series: Series, lang: Lang) {
    const words = describeSeries(series, lang);
    return words ? html`<p class="series">${words}</p>` : nothing;
  }

  private renderDetails(occurrence: Occurrence, series: Series, url: string, lang: Lang): TemplateResult {
    const t = listStrings[lang];
    const { event, status } = occurrence;
    const textLang = ifDefined(this.textLang);
    const description = event.descriptionHtml
      ? html`<div class="description" lang=${textLang}>${renderSafe(this.sanitized(event))}</div>`
      : event.description
        ? html`<div class="description" lang=${textLang}>${paragraphs(event.description).map((p) => html`<p>${p}</p>`)}</div>`
        : nothing;
    const location = event.location;
    const hasLocation = location && (location.name || location.address || location.url);
    const extra = html`<span class="visually-hidden"> – ${this.feedText(event.title)}</span>`;
    // the calendar controls of one occurrence say which (a screen reader's list of links and buttons has
    // several "Google Kalender" once two events are open)
    const extraWhen = html`<span class="visually-hidden"> – ${this.feedText(event.title)}, ${describeWhen(occurrence, lang).date}</span>`;
    const text = this.plainDescription(event);
    return html`${description}
      ${hasLocation || event.organizer || event.cost
        ? html`<dl>
            ${hasLocation
              ? html`<dt>${t.location}</dt>
                  <dd>
                    ${this.feedText([location.name, location.address].filter(Boolean).join(', '))}
                    ${location.url ? html`${location.name || location.address ? html`<br />` : nothing}<a href=${location.url}
                          >${t.venueLink}<span class="visually-hidden"> – ${this.feedText(location.name || event.title)}</span></a
                        >` : nothing}
                  </dd>`
              : nothing}
            ${event.organizer ? html`<dt>${t.organizer}</dt><dd lang=${textLang}>${event.organizer}</dd>` : nothing}
            ${event.cost ? html`<dt>${t.cost}</dt><dd lang=${textLang}>${event.cost}</dd>` : nothing}
          </dl>`
        : nothing}
      ${(event.registrationUrl && status !== 'cancelled' && status !== 'full') || event.url
        ? html`<p class="links">
            ${event.registrationUrl && status !== 'cancelled' && status !== 'full'
              ? html`<a href=${event.registrationUrl}>${t.register}${extra}</a>`
              : nothing}
            ${event.url ? html`<a href=${event.url}>${t.moreInfo}${extra}</a>` : nothing}
          </p>`
        : nothing}
      ${status === 'cancelled' || status === 'postponed'
        ? nothing
        : html`<div class="calendar" role="group" aria-labelledby=${domId('c', occurrence.key)}>
            <p class="calendar-label" id=${domId('c', occurrence.key)}>${t.addToCalendar}</p>
            <button type="button" data-ics="occurrence" @click=${() => this.download(series, url, series.rule ? occurrence : undefined)}>
              ${t.icsOccurrence}${extraWhen}
            </button>
            ${series.rule
              ? html`<button type="button" data-ics="series" @click=${() => this.download(series, url)}>${t.icsSeries}${extra}</button>`
              : nothing}
            <a href=${googleCalendarUrl({ occurrence, description: text })}>${t.google}${extraWhen}</a>
            <a href=${outlookCalendarUrl({ occurrence, description: text }, 'work')}>${t.outlookWork}${extraWhen}</a>
            <a href=${outlookCalendarUrl({ occurrence, description: text })}>${t.outlook}${extraWhen}</a>
          </div>`}`;
  }

  /** A feed's text among the list's own words: marked with the feed's language when it differs (WCAG 3.1.2). */
  private feedText(text: string): string | TemplateResult {
    return this.textLang && text ? html`<span lang=${this.textLang}>${text}</span>` : text;
  }

  /** A category's label: the list's own word for a known id, else the id as the feed gives it. */
  private categoryText(id: string, lang: Lang): string | TemplateResult {
    const label = categoryLabel(id, lang);
    return label === id ? this.feedText(id) : label;
  }

  private sanitized(event: EviEvent): SafeNode[] {
    let nodes = descriptionCache.get(event);
    if (!nodes) {
      nodes = sanitizeHtml(event.descriptionHtml ?? '');
      descriptionCache.set(event, nodes);
    }
    return nodes;
  }

  private plainDescription(event: EviEvent): string | undefined {
    const body = event.descriptionHtml ? safeText(this.sanitized(event)) : (event.description ?? event.summary);
    const links = [event.registrationUrl, event.url].filter(Boolean).join('\n');
    return [body, links].filter(Boolean).join('\n\n') || undefined;
  }

  private toggle(key: string): void {
    const next = new Set(this.expanded);
    if (!next.delete(key)) next.add(key);
    this.expanded = next;
  }

  /** Makes the .ics on demand and hands it to the browser as a download (a Blob URL, never a data: URL). */
  private download(series: Series, url: string, occurrence?: Occurrence): void {
    let uidDomain = 'evi-event-list';
    try {
      uidDomain = new URL(url).hostname || uidDomain;
    } catch {
      /* keep the fallback */
    }
    const ics = buildIcs({ series, occurrence, now: Date.now(), uidDomain, description: this.plainDescription(series.event) });
    const href = URL.createObjectURL(new Blob([ics], { type: 'text/calendar;charset=utf-8' }));
    const anchor = document.createElement('a');
    anchor.href = href;
    anchor.download = icsFileName(series, occurrence);
    anchor.hidden = true;
    this.renderRoot.appendChild(anchor);
    anchor.click();
    anchor.remove();
    setTimeout(() => URL.revokeObjectURL(href), 30_000);
  }

  protected override updated(): void {
    this.syncStructuredData();
    this.scheduleRefresh();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('visibilitychange', this.onVisible);
    window.addEventListener('beforeprint', this.onBeforePrint);
    window.addEventListener('afterprint', this.onAfterPrint);
    if (this.hasUpdated) {
      this.syncStructuredData();
      this.scheduleRefresh();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.jsonLd?.remove();
    this.jsonLd = undefined;
    clearTimeout(this.refreshTimer);
    document.removeEventListener('visibilitychange', this.onVisible);
    window.removeEventListener('beforeprint', this.onBeforePrint);
    window.removeEventListener('afterprint', this.onAfterPrint);
  }

  /** what the visitor had open before printing, given back after */
  private openBeforePrint?: ReadonlySet<string>;

  /**
   * On paper (the municipality's notice board) an event's description, organiser, cost and sign-up link
   * are wanted, and a printout cannot open them: every shown event's details print, for a list of up to
   * PRINT_DETAILS_MAX events, and are closed again after.
   */
  private readonly onBeforePrint = (): void => {
    const view = this.view;
    if (view.kind !== 'loaded' || view.shown.length > PRINT_DETAILS_MAX || this.openBeforePrint) return;
    this.openBeforePrint = this.expanded;
    this.expanded = new Set(view.shown.map((occurrence) => occurrence.key));
    // the browser lays the page out for print as soon as this event is handled: render now, not in a microtask
    this.performUpdate();
  };

  private readonly onAfterPrint = (): void => {
    if (!this.openBeforePrint) return;
    this.expanded = this.openBeforePrint;
    this.openBeforePrint = undefined;
  };

  /** when the list next changes by itself: the end of its first shown occurrence to end (Infinity: never) */
  private refreshAt = Infinity;
  private refreshTimer?: ReturnType<typeof setTimeout>;

  /**
   * A page left open (an info screen, a tab from this morning) drops an event when it ends and shows
   * the next: the list renders again then, unless `now` fixes the time. `delay` overrides when.
   */
  private scheduleRefresh(delay?: number): void {
    clearTimeout(this.refreshTimer);
    const view = this.view;
    this.refreshAt = Infinity;
    if (this.now || view.kind !== 'loaded' || !this.isConnected) return;
    for (const o of view.shown) this.refreshAt = Math.min(this.refreshAt, o.end > o.start ? o.end : o.start + 1);
    // and when an event starts ("Pågår nu") or a day turns ("I dag", "I morgon")
    this.refreshAt = Math.min(this.refreshAt, nextRelativeChange(view.shown, Date.now()));
    // a second late rather than early; longer than a timer can wait (24.8 days): look again then
    delay ??= this.refreshAt - Date.now() + 1000;
    if (delay === Infinity) return;
    this.refreshTimer = setTimeout(() => {
      // a visitor working in the list keeps their place: look again in a minute
      if (this.shadowRoot?.activeElement) this.scheduleRefresh(60_000);
      else this.requestUpdate();
    }, Math.min(Math.max(0, delay), 2 ** 31 - 1));
  }

  /** background tabs hold timers back: catch up when the visitor comes back */
  private readonly onVisible = (): void => {
    if (document.visibilityState === 'visible' && Date.now() >= this.refreshAt) this.requestUpdate();
  };

  private syncStructuredData(): void {
    const view = this.view;
    if (!this.structuredData || view.kind !== 'loaded' || !view.shown.length || !this.isConnected) {
      this.jsonLd?.remove();
      this.jsonLd = undefined;
      return;
    }
    // the same events as last time (opening details, say): nothing to write again
    if (this.jsonLd?.isConnected && this.jsonLdView === view) return;
    this.jsonLdView = view;
    const json = JSON.stringify(view.shown.map((o) => structuredEvent(o, this.plainDescription(o.event)))).replace(/</g, '\\u003c');
    if (!this.jsonLd) {
      this.jsonLd = document.createElement('script');
      this.jsonLd.type = 'application/ld+json';
      this.jsonLd.dataset.eviEventList = '';
    }
    if (this.jsonLd.textContent !== json) {
      // a script's text is a Trusted Types sink, though the browser never runs JSON-LD: through the policy
      const policy = trustedTypesPolicy();
      const script = this.jsonLd;
      if (!withTrustedTypes(() => ((script.text = policy ? policy.createScript(json) : json), true), policy)) return;
    }
    if (!this.jsonLd.isConnected) document.head.append(this.jsonLd);
  }
}

/** The most events whose details are opened for a printout (a thousand would hold up the print dialog). */
export const PRINT_DETAILS_MAX = 50;

/** Plain-text paragraphs: a blank line separates them. */
function paragraphs(text: string): string[] {
  return text
    .split(/\r?\n\s*\r?\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}

const SCHEMA_STATUS = {
  scheduled: 'https://schema.org/EventScheduled',
  cancelled: 'https://schema.org/EventCancelled',
  postponed: 'https://schema.org/EventPostponed',
  full: 'https://schema.org/EventScheduled',
} as const;

function structuredEvent(occurrence: Occurrence, description?: string): Record<string, unknown> {
  const { event } = occurrence;
  const data: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: event.title,
    startDate: occurrence.allDay ? isoDate(occurrence.startWall) : isoDateTimeIn(occurrence.start, occurrence.timeZone),
    // (no end in the feed: none here either, as the list shows none; the calendar files assume an hour)
    ...(event.end ? { endDate: occurrence.allDay ? isoDate(occurrence.endWall) : isoDateTimeIn(occurrence.end, occurrence.timeZone) } : {}),
    eventStatus: SCHEMA_STATUS[occurrence.status],
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
  };
  if (description) data.description = description;
  if (event.url) data.url = event.url;
  if (event.location) {
    data.location = {
      '@type': 'Place',
      ...(event.location.name ? { name: event.location.name } : {}),
      ...(event.location.address ? { address: event.location.address } : {}),
      ...(event.location.url ? { url: event.location.url } : {}),
    };
  }
  if (event.organizer) data.organizer = { '@type': 'Organization', name: event.organizer };
  if (event.image) data.image = event.image.src;
  if (occurrence.status === 'full') {
    data.offers = { '@type': 'Offer', availability: 'https://schema.org/SoldOut', ...(event.registrationUrl ? { url: event.registrationUrl } : {}) };
  }
  return data;
}

declare global {
  interface HTMLElementTagNameMap {
    'evi-event-list': EviEventList;
  }
}
