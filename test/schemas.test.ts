import { expect } from '@open-wc/testing';
import {
  formatProblem,
  httpUrl,
  isActive,
  isValidOrgNumber,
  memberDomains,
  parseAskConfig,
  parseEventsFeed,
  parseMembersFeed,
  validateSubmission,
  type FeedProblem,
  type FeedResult,
} from '../src/schemas/index.js';

const VALID_EVENTS = {
  version: 1,
  events: [
    {
      id: 'frukostmote',
      title: 'Frukostmöte för företagare',
      category: 'frukostmote',
      start: '2027-01-07T07:30:00+01:00',
      end: '2027-01-07T09:00:00+01:00',
      rrule: 'FREQ=MONTHLY;BYDAY=1TH',
      exdates: ['2027-07-01T07:30:00+02:00'],
      location: { name: 'En Väg In', address: 'Parkgatan, Hallstahammar' },
      organizer: 'En Väg In',
      description: 'Frukost, nätverkande och en kort dragning.\n\nIngen föranmälan behövs.',
      registrationUrl: 'https://example.org/anmalan',
      networks: ['hallstahammar-promotion'],
    },
    {
      id: 'visionsdag',
      title: 'Visionsdag',
      start: '2027-05-04',
      end: '2027-05-04',
      timeZone: 'Europe/Stockholm',
      status: 'full',
      summary: 'En dag om framtiden',
      descriptionHtml: '<p>Hej</p>',
      location: { url: 'https://example.org/plats' },
      url: 'http://example.org/visionsdag',
      cost: 'Kostnadsfritt',
      image: { src: 'https://example.org/bild.jpg', alt: '' },
    },
    { id: 'utc', title: 'UTC', start: '2027-03-01T10:00Z' },
  ],
};

const VALID_MEMBERS = {
  version: 1,
  networks: [
    { id: 'hallstahammar-promotion', name: 'Hallstahammar Promotion', url: 'https://example.org' },
    {
      id: 'kanalnatet',
      name: 'Kanalnätet',
      description: 'Nätverk för kvinnliga företagare',
      logo: { src: 'https://example.org/logo.svg', alt: 'Kanalnätet' },
    },
  ],
  members: [
    {
      id: 'kolbacks-smide',
      name: 'Kolbäcks Smide AB',
      orgNumber: '556677-8899',
      industry: 'Tillverkning',
      locality: 'Kolbäck',
      description: 'Smide och svets sedan 1987.',
      address: 'Storgatan 1',
      website: 'https://kolbacks-smide.example',
      email: 'info@kolbacks-smide.example',
      phone: '0220-123 45',
      networks: ['hallstahammar-promotion', 'kanalnatet'],
      memberSince: '2006-03-01',
      status: 'active',
      domains: ['kolbacks-smide.example'],
      logo: { src: 'https://kolbacks-smide.example/logo.png', alt: 'Kolbäcks Smide' },
    },
    { id: 'vilande-ab', name: 'Vilande AB', status: 'inactive' },
  ],
};

const VALID_ASK = {
  version: 1,
  submitUrl: 'https://example.org/api/questions',
  privacyUrl: 'https://example.org/personuppgifter',
  partners: [
    { id: 'envagin', name: 'En Väg In', description: 'Vi svarar själva eller hittar rätt väg.' },
    { id: 'almi', name: 'Almi Företagspartner', description: 'Lån och affärsutveckling', url: 'https://www.almi.se' },
  ],
  topics: [
    { id: 'finansiering', label: 'Finansiering och lån', partner: 'almi', keywords: ['lån', 'kapital', 'finansiering'] },
    { id: 'starta', label: 'Starta företag', partner: 'envagin' },
  ],
};

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

function okData<T>(result: FeedResult<T>): T {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.problems)}`);
  return result.data;
}

function eventsWith(...events: unknown[]) {
  return { version: 1, events };
}

const base = { id: 'e', title: 'Event', start: '2027-01-07T07:30:00+01:00' };

/** Parses one event and returns it (or undefined when skipped) with the problems. */
function parseOneEvent(event: Record<string, unknown>) {
  const result = parseEventsFeed(eventsWith({ ...base, ...event }));
  return { event: okData(result).events[0], problems: result.problems };
}

describe('schemas', () => {
  describe('valid documents', () => {
    it('keeps a valid events feed whole, without problems', () => {
      const result = parseEventsFeed(clone(VALID_EVENTS));
      expect(result.problems).to.deep.equal([]);
      expect(okData(result)).to.deep.equal(VALID_EVENTS);
    });

    it('keeps a valid members feed whole, without problems', () => {
      const result = parseMembersFeed(clone(VALID_MEMBERS));
      expect(result.problems).to.deep.equal([]);
      expect(okData(result)).to.deep.equal(VALID_MEMBERS);
    });

    it('keeps a valid ask configuration whole, without problems', () => {
      const result = parseAskConfig(clone(VALID_ASK));
      expect(result.problems).to.deep.equal([]);
      expect(okData(result)).to.deep.equal(VALID_ASK);
    });

    it('accepts empty event and member lists', () => {
      expect(okData(parseEventsFeed({ version: 1, events: [] })).events).to.deep.equal([]);
      expect(okData(parseMembersFeed({ version: 1, networks: [], members: [] })).members).to.deep.equal([]);
    });

    it('ignores unknown fields without reporting or keeping them', () => {
      const result = parseEventsFeed({ version: 1, generator: 'x', events: [{ ...base, color: 'red' }] });
      expect(result.problems).to.deep.equal([]);
      expect(okData(result)).to.deep.equal({ version: 1, events: [base] });
    });
  });

  describe('fatal feed problems', () => {
    const cases: Array<[string, unknown, string]> = [
      ['a wrong version', { version: 2, events: [] }, 'version'],
      ['a string version', { version: '1', events: [] }, 'version'],
      ['no version', { events: [] }, 'version'],
      ['an array', [], ''],
      ['null', null, ''],
      ['a string', 'hello', ''],
      ['a missing list', { version: 1 }, 'events'],
      ['a list that is not an array', { version: 1, events: { id: 'x' } }, 'events'],
    ];
    for (const [what, input, path] of cases) {
      it(`fails on ${what}`, () => {
        const result = parseEventsFeed(input);
        expect(result.ok).to.equal(false);
        expect(result.problems).to.have.length(1);
        expect(result.problems[0].action).to.equal('fatal');
        expect(result.problems[0].path).to.equal(path);
      });
    }

    it('says which version it found', () => {
      const [problem] = parseMembersFeed({ version: 2, networks: [], members: [] }).problems;
      expect(problem.message).to.equal('expected 1, got 2');
      expect(formatProblem(problem)).to.equal('version: expected 1, got 2 — feed unusable');
    });

    it('requires the members list; networks may be left out (a directory of members alone)', () => {
      const result = parseMembersFeed({ version: 1, networks: [] });
      expect(result.ok).to.equal(false);
      expect(result.problems.map((p) => p.path)).to.deep.equal(['members']);
      const alone = parseMembersFeed({ version: 1, members: [] });
      expect(alone.ok).to.equal(true);
      expect(alone.problems).to.deep.equal([]);
    });

    it('fails an ask configuration without submitUrl, partners or topics', () => {
      const noSubmit = clone(VALID_ASK) as Record<string, unknown>;
      delete noSubmit.submitUrl;
      expect(parseAskConfig(noSubmit).ok).to.equal(false);
      expect(parseAskConfig(noSubmit).problems[0]).to.include({ path: 'submitUrl', action: 'fatal' });

      const badSubmit = { ...clone(VALID_ASK), submitUrl: 'javascript:alert(1)' };
      expect(parseAskConfig(badSubmit).ok).to.equal(false);

      const noPartners = { ...clone(VALID_ASK), partners: [] };
      const result = parseAskConfig(noPartners);
      expect(result.ok).to.equal(false);
      expect(result.problems.filter((p) => p.action === 'fatal').map((p) => p.path)).to.deep.equal(['partners', 'topics']);

      const noTopics = clone(VALID_ASK) as Record<string, unknown>;
      delete noTopics.topics;
      expect(parseAskConfig(noTopics).ok).to.equal(false);
    });

    it('fails an ask configuration whose topics all name unknown partners', () => {
      const config = { ...clone(VALID_ASK), topics: [{ id: 'x', label: 'X', partner: 'nobody' }] };
      const result = parseAskConfig(config);
      expect(result.ok).to.equal(false);
      expect(result.problems.map((p) => [p.path, p.action])).to.deep.equal([
        ['topics[0].partner', 'skipped'],
        ['topics', 'fatal'],
      ]);
    });
  });

  describe('items: skip versus drop', () => {
    it('skips an item with a missing or invalid required field and keeps the rest', () => {
      const result = parseEventsFeed(
        eventsWith(
          { id: 'no-title', start: '2027-01-07' },
          { id: 'long', title: 'x'.repeat(201), start: '2027-01-07' },
          { id: 'blank', title: '   ', start: '2027-01-07' },
          { id: 'bad-start', title: 'T', start: '2027-02-30' },
          { title: 'No id', start: '2027-01-07' },
          42,
          { id: 'ok', title: 'x'.repeat(200), start: '2027-01-07' },
        ),
      );
      expect(okData(result).events.map((e) => e.id)).to.deep.equal(['ok']);
      expect(result.problems.map((p) => [p.path, p.index, p.id, p.action])).to.deep.equal([
        ['events[0].title', 0, 'no-title', 'skipped'],
        ['events[1].title', 1, 'long', 'skipped'],
        ['events[2].title', 2, 'blank', 'skipped'],
        ['events[3].start', 3, 'bad-start', 'skipped'],
        ['events[4].id', 4, undefined, 'skipped'],
        ['events[5]', 5, undefined, 'skipped'],
      ]);
    });

    it('drops an invalid optional field, keeps the item, and reports once', () => {
      const { event, problems } = parseOneEvent({ url: 'javascript:alert(1)', status: 'maybe', description: 'ok' });
      expect(event).to.deep.equal({ ...base, description: 'ok' });
      expect(problems).to.deep.equal([
        {
          path: 'events[0].status',
          index: 0,
          id: 'e',
          action: 'dropped',
          message: 'must be one of "scheduled", "cancelled", "postponed", "full" (got "maybe")',
        },
        {
          path: 'events[0].url',
          index: 0,
          id: 'e',
          action: 'dropped',
          message: 'must be an absolute http: or https: URL (got "javascript:alert(1)")',
        },
      ]);
    });

    it('reports only the skip for a skipped item, not its bad optional fields too', () => {
      const result = parseEventsFeed(eventsWith({ id: 'x', title: 'X', start: 'nope', url: 'javascript:1', status: 1 }));
      expect(result.problems).to.have.length(1);
      expect(result.problems[0]).to.include({ path: 'events[0].start', action: 'skipped' });
    });

    it('skips a later duplicate id', () => {
      const result = parseEventsFeed(
        eventsWith({ ...base, title: 'First' }, { ...base, title: 'Second' }, { ...base, id: 'f' }),
      );
      expect(okData(result).events.map((e) => e.title)).to.deep.equal(['First', 'Event']);
      expect(result.problems).to.have.length(1);
      expect(result.problems[0]).to.include({ path: 'events[1].id', index: 1, id: 'e', action: 'skipped' });
      expect(result.problems[0].message).to.contain('events[0]');
    });

    it('formats problems as one line with index, id and path', () => {
      const problem: FeedProblem = {
        path: 'members[12].website',
        index: 12,
        id: 'kolbacks-smide',
        action: 'dropped',
        message: 'must be an absolute http: or https: URL (got "ftp://x")',
      };
      expect(formatProblem(problem)).to.equal(
        'members[12] (id "kolbacks-smide").website: must be an absolute http: or https: URL (got "ftp://x") — field dropped',
      );
      expect(formatProblem({ path: 'events[3].start', index: 3, action: 'skipped', message: 'is required' })).to.equal(
        'events[3].start: is required — item skipped',
      );
    });
  });

  describe('links', () => {
    const rejected = [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      '/relative/path',
      'relative',
      '//example.org/x',
      'ftp://example.org',
      'mailto:a@example.org',
      'https://',
      'http://exa mple.org',
      ' https://example.org',
      '',
    ];
    for (const url of rejected) {
      it(`rejects ${JSON.stringify(url)}`, () => {
        expect(httpUrl.safeParse(url).success).to.equal(false);
      });
    }

    it('accepts absolute http and https URLs', () => {
      for (const url of ['https://example.org', 'http://example.org/a?b=c#d', 'HTTPS://EXAMPLE.ORG/x', 'https://xn--re-xia.se/']) {
        expect(httpUrl.safeParse(url).success, url).to.equal(true);
      }
    });

    it('drops bad links in every link field', () => {
      const { event, problems } = parseOneEvent({
        url: 'data:text/html,x',
        registrationUrl: '/anmalan',
        location: { name: 'Kvarnen', url: 'javascript:void(0)' },
        image: { src: 'data:image/png;base64,AAAA', alt: 'Bild' },
      });
      expect(event).to.deep.equal({ ...base, location: { name: 'Kvarnen' } });
      expect(problems.map((p) => p.path)).to.deep.equal([
        'events[0].location.url',
        'events[0].url',
        'events[0].registrationUrl',
        'events[0].image.src',
      ]);
      expect(problems.every((p) => p.action === 'dropped')).to.equal(true);
    });

    it('needs image alt as a string, but allows it empty', () => {
      expect(parseOneEvent({ image: { src: 'https://x.se/a.png', alt: '' } }).event.image).to.deep.equal({
        src: 'https://x.se/a.png',
        alt: '',
      });
      const { event, problems } = parseOneEvent({ image: { src: 'https://x.se/a.png' } });
      expect(event.image).to.equal(undefined);
      expect(problems.map((p) => p.path)).to.deep.equal(['events[0].image.alt']);
    });
  });

  describe('dates and event rules', () => {
    it('accepts date-times with offsets and plain dates', () => {
      for (const start of ['2027-01-07T07:30:00+01:00', '2027-01-07T07:30:00Z', '2027-01-07T07:30Z', '2027-01-07T07:30:00.123-05:00', '2028-02-29']) {
        expect(parseOneEvent({ start }).problems, start).to.deep.equal([]);
      }
    });

    it('rejects date-times without offset and impossible dates', () => {
      for (const start of ['2027-01-07T07:30:00', '2027-02-30', '2027-02-29', '2027-13-01', '2027-01-07T24:00Z', '07/01/2027', 'tomorrow', 20270107]) {
        const result = parseEventsFeed(eventsWith({ ...base, start }));
        expect(okData(result).events, String(start)).to.deep.equal([]);
        expect(result.problems[0]).to.include({ path: 'events[0].start', action: 'skipped' });
      }
    });

    it('drops an end that is before start or of another kind', () => {
      for (const end of ['2027-01-07T07:29:59+01:00', '2027-01-07T06:00:00Z', '2027-01-07']) {
        const { event, problems } = parseOneEvent({ end });
        expect(event.end, end).to.equal(undefined);
        expect(problems, end).to.have.length(1);
        expect(problems[0]).to.include({ path: 'events[0].end', action: 'dropped' });
      }
      expect(parseOneEvent({ start: '2027-05-04', end: '2027-05-03' }).event.end).to.equal(undefined);
      expect(parseOneEvent({ start: '2027-05-04', end: '2027-05-04T10:00Z' }).event.end).to.equal(undefined);
    });

    it('keeps an end equal to or after start, comparing instants across offsets', () => {
      expect(parseOneEvent({ end: '2027-01-07T07:30:00+01:00' }).event.end).to.equal('2027-01-07T07:30:00+01:00');
      expect(parseOneEvent({ end: '2027-01-07T06:45:00Z' }).event.end).to.equal('2027-01-07T06:45:00Z');
      expect(parseOneEvent({ start: '2027-05-04', end: '2027-05-06' }).event.end).to.equal('2027-05-06');
    });

    it('drops invalid exdates one by one, reporting each', () => {
      const { event, problems } = parseOneEvent({
        exdates: ['2027-02-04T07:30:00+01:00', '2027-02-30T07:30:00+01:00', 5, '2027-03-04T07:30:00+01:00'],
      });
      expect(event.exdates).to.deep.equal(['2027-02-04T07:30:00+01:00', '2027-03-04T07:30:00+01:00']);
      expect(problems.map((p) => [p.path, p.action])).to.deep.equal([
        ['events[0].exdates[1]', 'dropped'],
        ['events[0].exdates[2]', 'dropped'],
      ]);
      expect(parseOneEvent({ exdates: 'x' }).problems.map((p) => p.path)).to.deep.equal(['events[0].exdates']);
    });

    it('drops an unknown time zone and keeps a valid one', () => {
      expect(parseOneEvent({ timeZone: 'America/New_York' }).event.timeZone).to.equal('America/New_York');
      for (const timeZone of ['Mars/Olympus', '', 'CET+5', 3]) {
        const { event, problems } = parseOneEvent({ timeZone });
        expect(event.timeZone).to.equal(undefined);
        expect(problems[0]).to.include({ path: 'events[0].timeZone', action: 'dropped' });
      }
    });

    it('drops an rrule without a supported FREQ', () => {
      expect(parseOneEvent({ rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU' }).event.rrule).to.equal('FREQ=WEEKLY;INTERVAL=2;BYDAY=TU');
      expect(parseOneEvent({ rrule: 'BYDAY=-1FR;FREQ=MONTHLY' }).event.rrule).to.equal('BYDAY=-1FR;FREQ=MONTHLY');
      for (const rrule of ['FREQ=HOURLY', 'every week', 'INTERVAL=2', '']) {
        expect(parseOneEvent({ rrule }).event.rrule, rrule).to.equal(undefined);
      }
    });

    it('checks status, category and networks', () => {
      expect(parseOneEvent({ status: 'cancelled' }).event.status).to.equal('cancelled');
      expect(parseOneEvent({ status: 'Cancelled' }).event.status).to.equal(undefined);
      expect(parseOneEvent({ category: 'seminarium' }).event.category).to.equal('seminarium');
      expect(parseOneEvent({ category: 'två ord' }).event.category).to.equal(undefined);
      const { event, problems } = parseOneEvent({ networks: ['a', 7, 'b'] });
      expect(event.networks).to.deep.equal(['a', 'b']);
      expect(problems.map((p) => p.path)).to.deep.equal(['events[0].networks[1]']);
    });
  });

  describe('members', () => {
    const member = { id: 'm', name: 'M' };
    function parseOneMember(fields: Record<string, unknown>) {
      const result = parseMembersFeed({ version: 1, networks: VALID_MEMBERS.networks, members: [{ ...member, ...fields }] });
      return { member: okData(result).members[0], problems: result.problems };
    }

    it('validates org numbers with the Luhn check digit', () => {
      for (const valid of ['556677-8899', '5566778899', '556036-0793', '2120000142', '802400-0021']) {
        expect(isValidOrgNumber(valid), valid).to.equal(true);
      }
      for (const invalid of ['556677-8898', '5560360794', '55667788', '556677-88990', '5566-778899', '556677 8899', 'abc']) {
        expect(isValidOrgNumber(invalid), invalid).to.equal(false);
      }
    });

    it('rejects personnummer-like numbers even with a valid check digit', () => {
      expect(isValidOrgNumber('811218-9876')).to.equal(false);
      expect(isValidOrgNumber('8112189876')).to.equal(false);
      const { member: m, problems } = parseOneMember({ orgNumber: '811218-9876' });
      expect(m.orgNumber).to.equal(undefined);
      expect(problems[0]).to.include({ path: 'members[0].orgNumber', id: 'm', action: 'dropped' });
    });

    it('validates email and phone', () => {
      expect(parseOneMember({ email: 'a@b.se', phone: '+46 (0)220-123 45' }).problems).to.deep.equal([]);
      const { member: m, problems } = parseOneMember({ email: 'not an email', phone: '12-3' });
      expect(m).to.deep.equal(member);
      expect(problems.map((p) => p.path)).to.deep.equal(['members[0].email', 'members[0].phone']);
      expect(parseOneMember({ phone: '0220-12345 ext' }).member.phone).to.equal(undefined);
    });

    it('drops unknown network ids, reporting each at its index', () => {
      const { member: m, problems } = parseOneMember({ networks: ['nope', 3, 'kanalnatet', 'other'] });
      expect(m.networks).to.deep.equal(['kanalnatet']);
      expect(problems.map((p) => [p.path, p.action])).to.deep.equal([
        ['members[0].networks[1]', 'dropped'],
        ['members[0].networks[0]', 'dropped'],
        ['members[0].networks[3]', 'dropped'],
      ]);
    });

    it('checks status, memberSince and domains', () => {
      expect(parseOneMember({ status: 'gone' }).member.status).to.equal(undefined);
      expect(parseOneMember({ memberSince: '2006-02-30' }).member.memberSince).to.equal(undefined);
      expect(parseOneMember({ memberSince: '2006-03-01T00:00Z' }).member.memberSince).to.equal(undefined);
      const { member: m, problems } = parseOneMember({ domains: ['Example.SE', 'https://x.se', 'x.se/path', 'ok.se'] });
      expect(m.domains).to.deep.equal(['Example.SE', 'ok.se']);
      expect(problems.map((p) => p.path)).to.deep.equal(['members[0].domains[1]', 'members[0].domains[2]']);
    });

    it('defaults status to active', () => {
      expect(isActive({})).to.equal(true);
      expect(isActive({ status: 'active' })).to.equal(true);
      expect(isActive({ status: 'inactive' })).to.equal(false);
    });

    it('skips members and networks with bad ids, and later duplicates', () => {
      const result = parseMembersFeed({
        version: 1,
        networks: [{ id: 'n', name: 'N' }, { id: 'n', name: 'Again' }, { id: 'x' }],
        members: [{ id: 'has space', name: 'A' }, { id: 'b', name: '' }, { id: 'c', name: 'C', networks: ['n'] }],
      });
      const data = okData(result);
      expect(data.networks.map((n) => n.name)).to.deep.equal(['N']);
      expect(data.members.map((m) => m.id)).to.deep.equal(['c']);
      expect(result.problems.map((p) => [p.path, p.action])).to.deep.equal([
        ['networks[1].id', 'skipped'],
        ['networks[2].name', 'skipped'],
        ['members[0].id', 'skipped'],
        ['members[1].name', 'skipped'],
      ]);
    });

    it('defaults domains to the website host with and without www.', () => {
      expect(memberDomains({ website: 'https://kolbacks-smide.example/om-oss' })).to.deep.equal([
        'kolbacks-smide.example',
        'www.kolbacks-smide.example',
      ]);
      expect(memberDomains({ website: 'https://www.Kolbacks-Smide.example' })).to.deep.equal([
        'www.kolbacks-smide.example',
        'kolbacks-smide.example',
      ]);
      expect(memberDomains({})).to.deep.equal([]);
    });

    it('uses the domains field, lowercased, when given', () => {
      expect(
        memberDomains({ website: 'https://a.example', domains: ['Shop.Example', 'shop.example', 'b.example'] }),
      ).to.deep.equal(['shop.example', 'b.example']);
    });
  });

  describe('ask configuration', () => {
    it('skips a topic whose partner is not a partner id', () => {
      const config = clone(VALID_ASK);
      config.topics.push({ id: 'okand', label: 'Okänd', partner: 'nobody' });
      const result = parseAskConfig(config);
      expect(okData(result).topics.map((t) => t.id)).to.deep.equal(['finansiering', 'starta']);
      expect(result.problems).to.have.length(1);
      expect(result.problems[0]).to.include({ path: 'topics[2].partner', index: 2, id: 'okand', action: 'skipped' });
    });

    it('drops an invalid privacyUrl and bad keywords but keeps the rest', () => {
      const config = { ...clone(VALID_ASK), privacyUrl: 'javascript:alert(1)' };
      config.topics[0].keywords = ['lån', 5 as unknown as string];
      const result = parseAskConfig(config);
      const data = okData(result);
      expect(data.privacyUrl).to.equal(undefined);
      expect(data.topics[0].keywords).to.deep.equal(['lån']);
      expect(result.problems.map((p) => [p.path, p.action])).to.deep.equal([
        ['privacyUrl', 'dropped'],
        ['topics[0].keywords[1]', 'dropped'],
      ]);
    });
  });

  describe('submission', () => {
    const valid = {
      topic: 'finansiering',
      message: 'Hur söker jag ett lån?',
      name: 'Anna Andersson',
      email: 'anna@example.se',
      consent: true,
    };

    it('accepts a valid submission and keeps only known fields', () => {
      const result = validateSubmission({
        ...valid,
        phone: '070-123 45 67',
        company: 'Anna AB',
        orgNumber: '556677-8899',
        page: 'https://host.example/page',
        locale: 'sv',
        extra: 'ignored',
      });
      expect(result.ok).to.equal(true);
      if (result.ok) expect(result.data).to.not.have.property('extra');
    });

    it('treats empty optional fields as absent', () => {
      const result = validateSubmission({ ...valid, phone: '', company: '  ', orgNumber: '' }, ['finansiering']);
      expect(result).to.deep.equal({ ok: true, data: valid });
    });

    it('reports required fields and consent', () => {
      expect(validateSubmission({})).to.deep.equal({
        ok: false,
        errors: { topic: 'required', message: 'required', name: 'required', email: 'required', consent: 'consentRequired' },
      });
      expect(validateSubmission(null)).to.have.property('ok', false);
      const notTrue = validateSubmission({ ...valid, consent: 'true' });
      expect(notTrue).to.deep.equal({ ok: false, errors: { consent: 'consentRequired' } });
    });

    it('reports length, format and topic codes', () => {
      const result = validateSubmission(
        {
          topic: 'okand',
          message: 'för kort',
          name: 'A',
          email: 'anna@',
          consent: true,
          phone: 'ring mig',
          orgNumber: '811218-9876',
          page: 'javascript:alert(1)',
        },
        ['finansiering'],
      );
      expect(result).to.deep.equal({
        ok: false,
        errors: {
          topic: 'unknownTopic',
          message: 'tooShort',
          email: 'invalidEmail',
          phone: 'invalidPhone',
          orgNumber: 'invalidOrgNumber',
          page: 'invalidUrl',
        },
      });
      expect(validateSubmission({ ...valid, message: 'x'.repeat(5001) })).to.deep.equal({
        ok: false,
        errors: { message: 'tooLong' },
      });
      expect(validateSubmission({ ...valid, message: 'x'.repeat(5000) }).ok).to.equal(true);
      expect(validateSubmission({ ...valid, message: '         1' }).ok).to.equal(false);
    });

    it('counts the message in characters, so an emoji is one (the contract says 10–5000 characters)', () => {
      // 5000 characters, 5020 UTF-16 units
      expect(validateSubmission({ ...valid, message: 'x'.repeat(4980) + '👍'.repeat(20) }).ok).to.equal(true);
      expect(validateSubmission({ ...valid, message: 'x'.repeat(4981) + '👍'.repeat(20) })).to.deep.equal({ ok: false, errors: { message: 'tooLong' } });
      // 5 characters in 10 units: too short, and said so (not "invalid")
      expect(validateSubmission({ ...valid, message: '👍👍👍👍👍' })).to.deep.equal({ ok: false, errors: { message: 'tooShort' } });
    });
  });
});
