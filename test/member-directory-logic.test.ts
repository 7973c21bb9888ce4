import { expect } from '@open-wc/testing';
import { readHash, writeHash } from '../src/member-directory/hash-state.js';
import { mailtoHref, telHref } from '../src/member-directory/member-directory.js';
import { buildDirectory, filterEntries, NO_FILTERS, normalise, queryWords, validFilters } from '../src/member-directory/search.js';
import { directoryStrings } from '../src/member-directory/strings.js';
import type { MembersFeed } from '../src/schemas/members.js';

const feed: MembersFeed = {
  version: 1,
  networks: [
    { id: 'kanalnatet', name: 'Kanalnätet' },
    { id: 'lrf', name: 'LRF Hallstahammar' },
  ],
  members: [
    { id: 'o', name: 'Östmans Foder', industry: 'Handel', locality: 'Strömsholm' },
    { id: 'z', name: 'Zeta AB', industry: 'handel ', locality: 'Hallstahammar', networks: ['kanalnatet'] },
    { id: 'a', name: 'Åkessons Bygg', industry: 'Bygg', locality: 'Kolbäck', description: 'Smide och Svets' },
    { id: 'ae', name: 'Ängens Café', locality: 'Hallstahammar' },
    { id: 'w', name: 'Wallins Vägg', networks: ['lrf'] },
    { id: 'v', name: 'Vikens Verkstad' },
    { id: 'x', name: 'Inaktiva AB', status: 'inactive', networks: ['lrf'] },
  ],
};

describe('member directory logic', () => {
  describe('normalise and queryWords', () => {
    it('folds Swedish case and diacritics, and splits words', () => {
      expect(normalise('  KOLBÄCK  Åkessons\tCAFÉ ')).to.equal('kolback akessons cafe');
      expect(queryWords(' Smide   kolbäck ')).to.deep.equal(['smide', 'kolback']);
      expect(queryWords('   ')).to.deep.equal([]);
      // letters without a decomposition are folded too (Danish and Norwegian names, German ß)
      expect(normalise('Østergaard Æble Straße')).to.equal('ostergaard aeble strasse');
      expect(normalise('ÖSTERGAARD')).to.equal(normalise('Østergaard'));
    });
  });

  describe('buildDirectory', () => {
    it('sorts A–Ö with Å, Ä, Ö after Z and V before W, without inactive members', () => {
      const names = buildDirectory(feed).entries.map((e) => e.member.name);
      expect(names).to.deep.equal(['Vikens Verkstad', 'Wallins Vägg', 'Zeta AB', 'Åkessons Bygg', 'Ängens Café', 'Östmans Foder']);
    });

    it('merges filter values that differ only in case or spaces, and offers only networks with active members', () => {
      const directory = buildDirectory(feed);
      expect(directory.industries).to.deep.equal([
        { value: 'bygg', label: 'Bygg' },
        { value: 'handel', label: 'Handel' },
      ]);
      expect(directory.networks.map((n) => n.value)).to.deep.equal(['kanalnatet', 'lrf']);
      expect(filterEntries(directory, { ...NO_FILTERS, industry: 'handel' }).map((e) => e.member.id)).to.deep.equal(['z', 'o']);
    });

    it('limits to one network, and knows when the network does not exist', () => {
      const lrf = buildDirectory(feed, 'lrf');
      expect(lrf.network?.name).to.equal('LRF Hallstahammar');
      expect(lrf.entries.map((e) => e.member.id)).to.deep.equal(['w']);
      expect(buildDirectory(feed, 'okant')).to.include({ unknownNetwork: true });
    });

    it('searches the description, all words must match', () => {
      const directory = buildDirectory(feed);
      const ids = (query: string) => filterEntries(directory, { ...NO_FILTERS, query }).map((e) => e.member.id);
      expect(ids('svets')).to.deep.equal(['a']);
      expect(ids('svets kolback')).to.deep.equal(['a']);
      expect(ids('svets hallstahammar')).to.deep.equal([]);
    });

    it('reads punctuation as a space, finds compounds written without it, and finds an org number either way', () => {
      const directory = buildDirectory({
        version: 1,
        networks: [],
        members: [
          { id: 'ror', name: 'Kolbäcks Rör-Service', locality: 'Kolbäck' },
          { id: 'ok', name: 'O.K. Bilservice', locality: 'Hallstahammar' },
          { id: 'cafe', name: 'Ängens Café & Bageri', industry: 'Bygg', locality: 'Kolbäck', orgNumber: '556677-8899' },
          { id: 'smide', name: 'Strömsholms Smide', locality: 'Strömsholm' },
        ],
      });
      const found = (query: string) => filterEntries(directory, { ...NO_FILTERS, query }).map((e) => e.member.id);
      expect(found('bygg, kolbäck')).to.deep.equal(['cafe']);
      expect(found('smide,')).to.deep.equal(['smide']);
      expect(found('rörservice')).to.deep.equal(['ror']);
      expect(found('rör-service')).to.deep.equal(['ror']);
      expect(found('ok')).to.deep.equal(['ok']);
      expect(found('café&bageri')).to.deep.equal(['cafe']);
      expect(found('556677-8899')).to.deep.equal(['cafe']);
      expect(found('5566778899')).to.deep.equal(['cafe']);
    });

    it('says the count in agreement, in English too ("1 of 5 members matches")', () => {
      expect(directoryStrings.en.results(1, 5, true)).to.equal('1 of 5 members matches');
      expect(directoryStrings.en.results(3, 5, true)).to.equal('3 of 5 members match');
      expect(directoryStrings.en.results(1, 1, true)).to.equal('1 of 1 member matches');
      expect(directoryStrings.sv.results(1, 5, true)).to.equal('1 av 5 medlemmar matchar');
    });

    it('sorts numbers by value and ignores punctuation in names', () => {
      const directory = buildDirectory({
        version: 1,
        networks: [],
        members: [
          { id: '10', name: 'Bygg 10 AB' },
          { id: '2', name: 'Bygg 2 AB' },
          { id: 'citat', name: '"Citat" Konsult' },
          { id: 'alfa', name: 'Alfa AB' },
        ],
      });
      expect(directory.entries.map((e) => e.member.name)).to.deep.equal(['Alfa AB', 'Bygg 2 AB', 'Bygg 10 AB', '"Citat" Konsult']);
    });

    it('accepts hand-written filter values and drops unknown ones', () => {
      const directory = buildDirectory(feed);
      expect(validFilters(directory, { query: 'x', network: 'okant', industry: 'HANDEL', locality: 'Kolbäck' })).to.deep.equal({
        query: 'x',
        network: '',
        industry: 'handel',
        locality: 'kolback',
      });
      expect(validFilters(buildDirectory(feed, 'lrf'), { ...NO_FILTERS, network: 'lrf' }).network).to.equal('');
    });
  });

  describe('hash state', () => {
    it('reads filters and the member deep link', () => {
      expect(readHash('#q=kolback+smide&industry=Tillverkning&member=kolbacks-smide&tab=2')).to.deep.equal({
        filters: { query: 'kolback smide', network: '', industry: 'Tillverkning', locality: '' },
        member: 'kolbacks-smide',
      });
      expect(readHash('')).to.deep.equal({ filters: NO_FILTERS });
    });

    it('writes its own keys, keeps the page\'s, drops the member link and empty values', () => {
      const filters = { ...NO_FILTERS, query: 'café å', locality: 'kolback' };
      expect(writeHash('#tab=2&member=x&industry=bygg', filters)).to.equal('#tab=2&q=caf%C3%A9+%C3%A5&locality=kolback');
      expect(writeHash('#contact', filters)).to.equal('#contact&q=caf%C3%A9+%C3%A5&locality=kolback');
      expect(writeHash('#q=x', NO_FILTERS)).to.equal('');
      expect(writeHash('#network=lrf', NO_FILTERS, ['network'])).to.equal('#network=lrf');
    });
  });

  describe('contact links', () => {
    it('builds tel: from digits (and a leading +) and mailto: that cannot add headers', () => {
      expect(telHref('0220-123 45')).to.equal('tel:022012345');
      // the trunk 0 is not dialled after a country code
      expect(telHref(' +46 (0)220 123 45')).to.equal('tel:+4622012345');
      expect(telHref('+46 0220-123 45')).to.equal('tel:+4622012345');
      expect(telHref('+46 70-123 45 67')).to.equal('tel:+46701234567');
      expect(telHref('+44 (0)20 7946 0000')).to.equal('tel:+442079460000');
      expect(mailtoHref('a?cc=b@c.example')).to.equal('mailto:a%3Fcc%3Db@c.example');
    });
  });
});
