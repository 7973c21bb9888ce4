/**
 * The badge reads the members feed without zod (src/schemas/members-read.ts), so a page with only a
 * badge does not load it; the directory reads the same feed with the zod schemas. A webmaster must see
 * the same items and the same console problems whichever widget reads the feed: these tests prove the
 * two readings agree, field by field and feed by feed, on fixed cases and on seeded random feeds.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { toField, type Field, type LeafCheck } from '../src/schemas/common.js';
import { plainFields } from '../src/schemas/plain-fields.js';
import * as common from '../src/schemas/common.js';
import { memberSchema, networkSchema, parseMembersFeed, plainMembersFields, readMembersFeed } from '../src/schemas/members.js';

const SEED = 20270504;

/** Values that hit every rule of every field, plus whatever fast-check makes up. */
const tricky = [
  '', ' ', '  \t', 'a', 'x'.repeat(200), 'x'.repeat(201), '𝐀'.repeat(150), '𝐀'.repeat(201), 'ab👍', 'kolbacks-smide', 'Kolbäcks Smide', 'å.ä_ö-1', '.dot', '-ok',
  'https://kolbacks-smide.se', 'http://exempel.se/a?b#c', 'https://', ' https://x.se', 'javascript:alert(1)', 'data:,x', '/relative',
  '556016-0680', '5560160680', '556016-0681', '19900101-1234', '900101-1234', '55601-60680',
  'info@exempel.se', 'a@b', 'a@b.c', 'a b@c.se', '+46 70-123 45 67', '(0220) 240 00', '1234', '070 abc 12',
  '2027-02-28', '2027-02-29', '2028-02-29', '2027-13-01', '2027-1-01', '2027-05-04T10:00:00+02:00',
  'exempel.se', 'www.exempel.se', 'exempel.se/path', 'exempel.se:8080', 'http://exempel.se', 'bücher.se', 'ex ample.se', 'exempel.se.',
  'active', 'inactive', 'Active', 'ACTIVE',
  null, 0, 1, -1, 1.5, true, false, [], ['a'], {}, { src: 'https://x.se/a.png', alt: '' },
];
const anyValue = fc.oneof(fc.constantFrom(...tricky), fc.jsonValue(), fc.string(), fc.string({ unit: 'grapheme' }));

function leafOf(field: Field): LeafCheck {
  if (typeof field !== 'function') throw new Error('not a leaf');
  return field;
}

describe('zod-free fields word every problem as the zod schemas do', () => {
  const pairs = Object.keys(plainFields) as Array<keyof typeof plainFields>;

  it('every shared field type has both readings', () => {
    expect(pairs).to.include.members(['text', 'nonEmptyString', 'slug', 'httpUrl', 'isoDate', 'email', 'phone', 'orgNumber', 'hostName']);
    for (const name of pairs) expect(common[name], name).to.not.equal(undefined);
  });

  for (const name of pairs) {
    it(`${name}: same verdict and the same words for the tricky values and 300 random ones`, () => {
      const plain = leafOf(plainFields[name]);
      const zod = leafOf(toField(common[name]));
      for (const value of tricky) expect(plain(value), `${name} ${JSON.stringify(value)}`).to.equal(zod(value));
      fc.assert(
        fc.property(anyValue, (value) => plain(value) === zod(value)),
        { seed: SEED, numRuns: 300 },
      );
    });
  }

  it('rejects what a visitor must never get, in both readings', () => {
    for (const read of [leafOf(plainFields.httpUrl), leafOf(toField(common.httpUrl))]) {
      expect(read('javascript:alert(1)')).to.equal('must be an absolute http: or https: URL (got "javascript:alert(1)")');
    }
    for (const read of [leafOf(plainFields.orgNumber), leafOf(toField(common.orgNumber))]) {
      expect(read('900101-1234')).to.match(/never a personnummer/);
    }
  });
});

describe('readMembersFeed (no zod) and parseMembersFeed (zod) read a feed the same way', () => {
  it('have the same fields, in the same order, with the same required ones', () => {
    expect(Object.keys(plainMembersFields.member)).to.deep.equal(Object.keys(memberSchema.def.shape));
    expect(Object.keys(plainMembersFields.network)).to.deep.equal(Object.keys(networkSchema.def.shape));
    expect(plainMembersFields.memberRequired).to.deep.equal(common.requiredKeys(memberSchema.def.shape));
    expect(plainMembersFields.networkRequired).to.deep.equal(common.requiredKeys(networkSchema.def.shape));
  });

  for (const url of [
    '/demo/feeds/members.json',
    '/demo/feeds/members-broken.json',
    '/demo/feeds/wrong-version.json',
    '/stories/feeds/members-directory-partly-invalid.json',
    '/stories/feeds/members-v2.json',
    '/test/fixtures/members-directory-partly-invalid.json',
  ]) {
    it(`agree on ${url}, problem for problem`, async () => {
      const json: unknown = await (await fetch(url)).json();
      const plain = readMembersFeed(json);
      expect(plain).to.deep.equal(parseMembersFeed(json));
      if (url.includes('broken') || url.includes('invalid')) expect(plain.problems.length).to.be.greaterThan(0);
    });
  }

  it('a feed of members alone (no networks) is a directory all the same; networks given as no list is unusable', () => {
    const alone = { version: 1, members: [{ id: 'a', name: 'A AB', networks: ['lrf'] }] };
    const plain = readMembersFeed(alone);
    expect(plain).to.deep.equal(parseMembersFeed(alone));
    expect(plain.ok && plain.data.networks).to.deep.equal([]);
    expect(plain.ok && plain.data.members.map((m) => m.id)).to.deep.equal(['a']);
    // the member's network id names no network in the feed: dropped and said, as always
    expect(plain.problems.map((p) => p.path)).to.deep.equal(['members[0].networks[0]']);
    const object = { version: 1, networks: { id: 'lrf' }, members: [] };
    expect(readMembersFeed(object)).to.deep.equal(parseMembersFeed(object));
    expect(readMembersFeed(object).ok).to.equal(false);
  });

  it('agree on 200 random feeds where any field of any item may hold anything', () => {
    const network = fc.record(
      { id: fc.oneof(fc.constantFrom('kanalnatet', 'lrf', 'centrum'), anyValue), name: anyValue, url: anyValue, description: anyValue, logo: anyValue },
      { requiredKeys: [] },
    );
    const member = fc.record(
      {
        id: fc.oneof(fc.constantFrom('a', 'b', 'kolbacks-smide', 'a'), anyValue),
        name: anyValue,
        orgNumber: anyValue,
        website: anyValue,
        email: anyValue,
        phone: anyValue,
        networks: fc.oneof(fc.array(fc.oneof(fc.constantFrom('kanalnatet', 'lrf', 'okänt'), anyValue), { maxLength: 4 }), anyValue),
        memberSince: anyValue,
        status: anyValue,
        domains: fc.oneof(fc.array(anyValue, { maxLength: 3 }), anyValue),
        logo: fc.oneof(fc.record({ src: anyValue, alt: anyValue }, { requiredKeys: [] }), anyValue),
        industry: anyValue,
      },
      { requiredKeys: [] },
    );
    const feed = fc.record(
      {
        version: fc.oneof(fc.constant(1), fc.constant(1), fc.constant(1), anyValue),
        lang: fc.oneof(fc.constantFrom('sv', 'en', 'en-GB', 'svenska!', ''), anyValue),
        networks: fc.oneof(fc.array(fc.oneof(network, anyValue), { maxLength: 4 }), anyValue),
        members: fc.oneof(fc.array(fc.oneof(member, member, anyValue), { maxLength: 8 }), anyValue),
      },
      { requiredKeys: ['version', 'members'] },
    );
    let problems = 0;
    fc.assert(
      fc.property(feed, (json) => {
        const plain = readMembersFeed(json);
        expect(plain).to.deep.equal(parseMembersFeed(json));
        problems += plain.problems.length;
      }),
      { seed: SEED, numRuns: 200 },
    );
    expect(problems, 'the random feeds must actually contain problems').to.be.greaterThan(200);
  });
});
