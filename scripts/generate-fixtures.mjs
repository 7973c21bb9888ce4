#!/usr/bin/env node
// Deterministic fixture feeds for the demo site and tests (`npm run fixtures`).
// Writes demo/feeds/*.json (+ not-json.txt). Seeded PRNG, no clock: two runs give byte-identical files.
// All companies, people, numbers and addresses are fictional; web hosts use the reserved `.example` TLD.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = resolve(root, 'demo', 'feeds');

// ---------------------------------------------------------------- PRNG helpers
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = mulberry32(0x0220_1965);
const int = (min, max) => min + Math.floor(rand() * (max - min + 1));
const pick = (arr) => arr[Math.floor(rand() * arr.length)];
const chance = (p) => rand() < p;
const pad = (n, w = 2) => String(n).padStart(w, '0');

// ---------------------------------------------------------------- Swedish helpers
export function slugify(s) {
  return s
    .toLowerCase()
    .replace(/[åä]/g, 'a')
    .replace(/ö/g, 'o')
    .replace(/é/g, 'e')
    .replace(/ü/g, 'u')
    .replace(/&/g, ' och ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Luhn check digit over the nine first digits (weights 2,1,2,1,… from the left). */
export function luhnDigit(nine) {
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    let d = Number(nine[i]) * (i % 2 === 0 ? 2 : 1);
    if (d > 9) d -= 9;
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}
export function luhnValid(ten) {
  return /^\d{10}$/.test(ten) && luhnDigit(ten.slice(0, 9)) === Number(ten[9]);
}

const usedOrg = new Set();
/** A valid organisationsnummer: third digit ≥ 2 (never a personnummer), Luhn check digit. */
function orgNumber(prefix) {
  for (;;) {
    let nine = prefix;
    while (nine.length < 9) nine += String(int(0, 9));
    const ten = nine + luhnDigit(nine);
    if (usedOrg.has(ten)) continue;
    usedOrg.add(ten);
    return `${ten.slice(0, 6)}-${ten.slice(6)}`;
  }
}
const phone = () => `0220-${int(100, 999)} ${pad(int(0, 99))}`;

// ---------------------------------------------------------------- networks
const networks = [
  {
    id: 'hallstahammar-promotion',
    name: 'Hallstahammar Promotion',
    description:
      'Intresseföreningen för kommunens företag. Samlar företagen, Företagarna, Centrumföreningen, LRF, Kanalnätet och fler, sätter agendan och bjuder in politiker och tjänstemän till dialog.',
    url: 'https://hallstahammar-promotion.example',
  },
  {
    id: 'foretagarna',
    name: 'Företagarna Hallstahammar',
    description: 'Lokalavdelningen av Företagarna – för dig som driver eget företag.',
    url: 'https://foretagarna-hallstahammar.example',
  },
  {
    id: 'centrumforeningen',
    name: 'Hallstahammars Centrumförening',
    description: 'Handlare, restauranger och fastighetsägare som tillsammans gör centrum levande.',
    url: 'https://centrumforeningen.example',
  },
  {
    id: 'lrf',
    name: 'LRF Hallstahammar',
    description: 'Lantbrukarnas riksförbund i Hallstahammar – gröna företagare på landsbygden.',
    url: 'https://lrf-hallstahammar.example',
  },
  {
    id: 'kanalnatet',
    name: 'Kanalnätet',
    description: 'Nätverk för kvinnliga företagare',
    url: 'https://kanalnatet.example',
  },
  {
    id: 'hastforetagen-stromsholm',
    name: 'Hästföretagen i Strömsholm ekonomisk förening',
    description: 'Ekonomisk förening för hästföretag i och omkring Strömsholm.',
    url: 'https://hastforetagen-stromsholm.example',
  },
];

// ---------------------------------------------------------------- member name parts
const places = [
  'Kolbäcks', 'Strömsholms', 'Hallstahammars', 'Eriksbergs', 'Nibbles', 'Trångfors', 'Sörkvarns',
  'Skantzens', 'Berga', 'Virsbo', 'Säby', 'Mölntorps', 'Östanbäcks', 'Ängsholms', 'Åsby', 'Äppelbo',
  'Ölsta', 'Brotorps', 'Lisjö', 'Näs', 'Fredriksbergs', 'Kanalens', 'Slussens', 'Stationens',
  'Torgets', 'Parkens', 'Bruks', 'Dalsätra', 'Tidö', 'Sundby',
];
const surnames = [
  'Åkessons', 'Andersson', 'Berglunds', 'Carlssons', 'Dahlbergs', 'Ekströms', 'Forsbergs', 'Grans',
  'Holmqvists', 'Isakssons', 'Janssons', 'Karlbergs', 'Lindqvists', 'Magnussons', 'Nybergs', 'Öbergs',
  'Perssons', 'Qvists', 'Roséns', 'Sjöbergs', 'Thorséns', 'Ulvsköld', 'Wallins', 'Åströms', 'Ärlings',
  'Östmans', 'Nordins', 'Lundgrens', 'Hedlunds', 'Blombergs', 'Engströms', 'Falks', 'Söderbergs',
  'Vikströms', 'Hammars', 'Mattssons', 'Ölunds', 'Älvgrens', 'Åbergs', 'Ekmans',
];
const womenFirst = [
  'Anna', 'Maria', 'Karin', 'Lena', 'Sara', 'Emma', 'Ingrid', 'Åsa', 'Elin', 'Linnéa', 'Ebba', 'Märta',
  'Ylva', 'Frida', 'Hanna', 'Sofia', 'Astrid', 'Malin', 'Jenny', 'Ulla',
];
const menFirst = [
  'Erik', 'Lars', 'Johan', 'Anders', 'Per', 'Mikael', 'Örjan', 'Åke', 'Gustav', 'Nils', 'Olle', 'Stefan',
  'Jonas', 'Henrik', 'Björn', 'Ali', 'Mehmet', 'Tomas', 'Kent', 'Pontus',
];
const lastPlain = [
  'Andersson', 'Berg', 'Lindqvist', 'Holm', 'Ek', 'Nyström', 'Öberg', 'Åkesson', 'Sjödin', 'Wikander',
  'Lund', 'Dahl', 'Hedman', 'Strand', 'Yilmaz', 'Haddad', 'Korhonen', 'Nowak', 'Ström', 'Falk',
];

/** Industries: trades used in names, descriptions, where they usually are and which network they join. */
const industries = [
  {
    name: 'Tillverkning', weight: 10, loc: [0.6, 0.3, 0.1],
    trades: ['Smide', 'Mekaniska', 'Plåt & Svets', 'Verkstad', 'CNC-bearbetning', 'Snickeri', 'Gjuteri', 'Industrilack', 'Träteknik', 'Precisionsmekanik'],
    desc: [
      'Legotillverkning i stål och aluminium för kunder i hela Mälardalen.',
      'Svets, smide och reparationer – från enstaka räcken till serieproduktion.',
      'Familjeägd verkstad med CNC-svarvning och fräsning.',
      'Vi tillverkar möbler och inredning i massivt trä på beställning.',
    ],
  },
  {
    name: 'Bygg', weight: 12, loc: [0.6, 0.25, 0.15],
    trades: ['Bygg', 'Bygg & Måleri', 'Måleri', 'Takläggning', 'El', 'VVS', 'Rör', 'Golv', 'Mark & Anläggning', 'Kakel & Klinker', 'Fasad', 'Snickeri & Bygg'],
    desc: [
      'Om- och tillbyggnader, badrum och kök för privatpersoner och företag.',
      'Behörig elinstallatör med jour dygnet runt.',
      'Målning inomhus och utomhus, tapetsering och fasadtvätt.',
      'Markarbeten, dränering och grund med egna maskiner.',
    ],
  },
  {
    name: 'Handel', weight: 11, loc: [0.85, 0.1, 0.05], centre: 0.8,
    trades: ['Järnhandel', 'Blommor', 'Bokhandel', 'Sport', 'Optik', 'Guld & Ur', 'Mode', 'Inredning', 'Cykel', 'Färg & Tapet', 'Presentbod', 'Lanthandel'],
    desc: [
      'Butik mitt i centrum med personlig service och lokala produkter.',
      'Vi säljer och reparerar – fråga gärna om beställningsvaror.',
      'Handplockat sortiment för hem och trädgård.',
      'Butik och webbshop med hemleverans inom kommunen.',
    ],
  },
  {
    name: 'Restaurang', weight: 7, loc: [0.8, 0.1, 0.1], centre: 0.75,
    trades: ['Kök & Bar', 'Pizzeria', 'Kafé', 'Konditori', 'Bistro', 'Sushi', 'Grill', 'Catering', 'Wärdshus', 'Bageri'],
    desc: [
      'Dagens lunch vardagar, à la carte på kvällen och catering till företag.',
      'Hembakat bröd, bullar och tårtor på beställning.',
      'Lunchrestaurang med vegetariskt alternativ varje dag.',
      'Kafé vid kanalen med sommarservering.',
    ],
  },
  {
    name: 'Hästnäring', weight: 8, loc: [0.1, 0.15, 0.75],
    trades: ['Hästklinik', 'Ridskola', 'Stuteri', 'Hovslageri', 'Hästtransporter', 'Sadelmakeri', 'Travstall', 'Foder & Häst', 'Hästsport', 'Inackordering'],
    desc: [
      'Inackordering, träning och utbildning av unghästar nära Strömsholm.',
      'Hovslagare med mobil verkstad – vi kommer till stallet.',
      'Veterinärvård för häst, med akutmottagning.',
      'Sadlar och träns på mått, reparationer och omstoppning.',
    ],
  },
  {
    name: 'Lantbruk', weight: 7, loc: [0.2, 0.5, 0.3],
    trades: ['Gård', 'Lantbruk', 'Mjölkgård', 'Grönsaksodling', 'Maskinstation', 'Skogsvård', 'Biodling', 'Gårdsbutik', 'Spannmål', 'Lammgård'],
    desc: [
      'Familjejordbruk med spannmål och vall, egen gårdsbutik på lördagar.',
      'Maskinstation för sådd, tröskning och snöröjning.',
      'Närproducerade grönsaker och ägg, självplock på sommaren.',
      'Skogsvård, gallring och virkesförsäljning.',
    ],
  },
  {
    name: 'IT', weight: 6, loc: [0.7, 0.2, 0.1],
    trades: ['Data', 'IT-service', 'Webbyrå', 'Systemutveckling', 'IT-säkerhet', 'Datorhjälp', 'Digital', 'Nätverk & Drift'],
    desc: [
      'IT-support och drift för små företag, avtal eller löpande.',
      'Vi bygger webbplatser och webbshoppar som går att sköta själv.',
      'Systemutveckling och integrationer för industrin.',
      'Datorhjälp på plats – installation, nätverk och säkerhetskopiering.',
    ],
  },
  {
    name: 'Konsult', weight: 8, loc: [0.7, 0.2, 0.1],
    trades: ['Redovisning', 'Ekonomi & Lön', 'Konsult', 'Juridik', 'Kommunikation', 'Arkitekter', 'Ingenjörsbyrå', 'Ledarskap', 'Revision', 'Design'],
    desc: [
      'Redovisning, bokslut och deklarationer för små och medelstora företag.',
      'Rådgivning inom ledarskap, organisation och förändring.',
      'Arkitektur och bygglovshandlingar för villor och verksamhetslokaler.',
      'Kommunikation, text och grafisk form för lokala företag och föreningar.',
    ],
  },
  {
    name: 'Transport', weight: 6, loc: [0.6, 0.3, 0.1],
    trades: ['Åkeri', 'Taxi', 'Transport', 'Flytt', 'Bud', 'Logistik', 'Maskintransporter', 'Bussresor'],
    desc: [
      'Lastbilstransporter och kranbil i Västmanland.',
      'Flytt, magasinering och budtjänster.',
      'Taxi och färdtjänst dygnet runt.',
      'Beställningstrafik med buss för föreningar och företag.',
    ],
  },
  {
    name: 'Hälsa', weight: 6, loc: [0.75, 0.15, 0.1], centre: 0.4,
    trades: ['Fysioterapi', 'Massage', 'Friskvård', 'Tandvård', 'Hudvård', 'Frisör', 'Naprapat', 'Yoga', 'Gym'],
    desc: [
      'Behandlingar, träningsprogram och friskvård för företag.',
      'Frisörsalong i centrum – drop-in och tidsbokning.',
      'Legitimerad fysioterapeut med inriktning på arbetsskador.',
      'Yoga- och träningsklasser morgon och kväll.',
    ],
  },
  {
    name: 'Besöksnäring', weight: 5, loc: [0.5, 0.2, 0.3],
    trades: ['Vandrarhem', 'Bed & Breakfast', 'Kanotuthyrning', 'Upplevelser', 'Konferens', 'Camping', 'Guidning'],
    desc: [
      'Boende och konferens nära Strömsholms kanal.',
      'Kanotuthyrning och guidade turer längs kanalen.',
      'Bed & breakfast i gammal skolbyggnad.',
      'Upplevelser och teambuilding för företag och grupper.',
    ],
  },
  {
    name: 'Fastighet', weight: 4, loc: [0.8, 0.15, 0.05], centre: 0.5,
    trades: ['Fastigheter', 'Förvaltning', 'Städ & Fönsterputs', 'Lokalvård', 'Trädgård & Fastighetsskötsel'],
    desc: [
      'Lokaler och bostäder att hyra i Hallstahammar.',
      'Städning av kontor och trapphus, fönsterputs och storstädning.',
      'Fastighetsskötsel och trädgårdsarbete året runt.',
    ],
  },
];
const localities = ['Hallstahammar', 'Kolbäck', 'Strömsholm'];
const postal = { Hallstahammar: '734 30', Kolbäck: '734 50', Strömsholm: '734 94' };
const streets = {
  Hallstahammar: ['Storgatan', 'Parkgatan', 'Kanalvägen', 'Industrigatan', 'Hantverkargatan', 'Torggatan', 'Bruksvägen', 'Nytorget'],
  Kolbäck: ['Kolbäcksvägen', 'Stationsvägen', 'Smedjegatan', 'Åvägen', 'Ängsvägen'],
  Strömsholm: ['Slottsvägen', 'Ridvägen', 'Stallgatan', 'Hagvägen', 'Kanalstigen'],
};
/** Odd but plausible names: lowercase brands, symbols, digits, very long names. */
const oddNames = [
  'ateljé lilja', 'eko&co', 'smått & gott i centrum', '3D-verkstan i Kolbäck', 'hästkraft.nu',
  'Ö-Bygg', 'ÄNGSGÅRDENS ÄGG', 'Åhléns Hästtransporter & Hovslageri i Strömsholm med omnejd',
  'Café 7:an', 'Kanalkiosken', 'B&B på Bruket', 'id:Design', 'Ärligt Bageri', 'Öppna Händer Massage',
  'Ålands Fisk & Skaldjur', 'xtra el', 'Mölntorps Mekaniska Verkstad Aktiebolag (publ)',
  'Ettan Taxi', 'Z-Data', 'Örtagården', 'Ädelstenen Guld & Ur', 'Åsa Ek Kommunikation',
  'café ankaret', 'Ängel Hudvård', 'Östra Kanalens Båtvarv',
];

const usedNames = new Set();
const usedIds = new Set();
function uniqueId(name) {
  const base = slugify(name);
  let id = base;
  for (let n = 2; usedIds.has(id); n++) id = `${base}-${n}`;
  usedIds.add(id);
  return id;
}
function pickWeighted(list) {
  const total = list.reduce((s, x) => s + x.weight, 0);
  let r = rand() * total;
  for (const x of list) {
    r -= x.weight;
    if (r < 0) return x;
  }
  return list[list.length - 1];
}
function pickLocality(weights) {
  const r = rand();
  return r < weights[0] ? localities[0] : r < weights[0] + weights[1] ? localities[1] : localities[2];
}
function makeName(ind, locality, woman) {
  const trade = pick(ind.trades);
  const co = () => pick(['AB', 'AB', 'AB', '', '', 'HB', 'Aktiebolag']);
  const withSuffix = (base, suffix) => (suffix ? `${base} ${suffix}` : base);
  switch (int(0, 5)) {
    case 0: {
      const pl = ind.name === 'Hästnäring' && chance(0.5) ? 'Strömsholms' : locality === 'Kolbäck' && chance(0.4) ? 'Kolbäcks' : pick(places);
      return withSuffix(`${pl} ${trade}`, co());
    }
    case 1:
    case 2: {
      const extra = pick(['', '', '', '', '& Son AB', '& Döttrar', `i ${locality} AB`]);
      if (extra.startsWith('&') && trade.includes('&')) return withSuffix(`${pick(surnames)} ${trade}`, co());
      return withSuffix(`${pick(surnames)} ${trade}`, extra || co());
    }
    case 3: {
      const first = woman ? pick(womenFirst) : pick(menFirst);
      return withSuffix(`${first} ${pick(lastPlain)} ${trade}`, chance(0.5) ? 'AB' : '');
    }
    case 4:
      return withSuffix(`${trade} i ${locality}`, chance(0.6) ? 'AB' : '');
    default: {
      const other = pick(ind.trades);
      if (other === trade || /&/.test(trade + other)) return withSuffix(`${pick(places)} ${trade}`, co());
      const coop = (ind.name === 'Lantbruk' || ind.name === 'Hästnäring') && chance(0.3);
      return withSuffix(`${pick(places)} ${trade} & ${other}`, coop ? 'Ek. för.' : co());
    }
  }
}
const orgPrefix = (name) =>
  /\bHB\b/.test(name) ? '969' : /Ek\. för\./.test(name) ? '769' : pick(['556', '556', '559', '559', '556']);
function memberSince() {
  const y = int(2005, 2026);
  const m = y === 2026 ? int(1, 10) : int(1, 12);
  const d = int(1, 28);
  return `${y}-${pad(m)}-${pad(d)}`;
}

function buildMembers() {
  const members = [];
  const domains = ['localhost', '127.0.0.1', 'kolbacks-smide.example'];
  members.push({
    id: 'kolbacks-smide',
    name: 'Kolbäcks Smide AB',
    orgNumber: orgNumber('556677'),
    industry: 'Tillverkning',
    locality: 'Kolbäck',
    description:
      'Smide och svets sedan 1987. Grindar, räcken och trappor på beställning.\n\nVi tar också emot reparationer av lantbruksmaskiner.',
    address: 'Smedjegatan 4, 734 50 Kolbäck',
    website: 'https://kolbacks-smide.example',
    email: 'info@kolbacks-smide.example',
    phone: '0220-451 87',
    networks: ['hallstahammar-promotion', 'kanalnatet'],
    memberSince: '2006-03-01',
    domains,
  });
  members.push({
    id: 'nedlagda-verkstan',
    name: 'Nedlagda Verkstan AB',
    orgNumber: orgNumber('556'),
    industry: 'Tillverkning',
    locality: 'Hallstahammar',
    description: 'Verkstaden har upphört. Medlemskapet är avslutat.',
    website: 'https://nedlagda-verkstan.example',
    networks: ['hallstahammar-promotion', 'kanalnatet'],
    memberSince: '2009-09-15',
    status: 'inactive',
    domains,
  });
  usedNames.add('Kolbäcks Smide AB').add('Nedlagda Verkstan AB');
  usedIds.add('kolbacks-smide').add('nedlagda-verkstan');

  const oddQueue = [...oddNames];
  const target = 668;
  while (members.length < target) {
    const ind = pickWeighted(industries);
    const locality = pickLocality(ind.loc);
    const woman = chance(0.35);
    let name;
    if (oddQueue.length && chance(0.05)) name = oddQueue.shift();
    else name = makeName(ind, locality, woman);
    if (usedNames.has(name)) continue;
    usedNames.add(name);
    const id = uniqueId(name);
    const host = `${id}.example`;

    const nets = ['hallstahammar-promotion'];
    if (ind.name === 'Hästnäring' && locality !== 'Hallstahammar') nets.push('hastforetagen-stromsholm');
    else if (ind.name === 'Lantbruk') nets.push('lrf');
    else if (ind.centre && locality === 'Hallstahammar' && chance(ind.centre)) nets.push('centrumforeningen');
    if (nets.length < 3 && woman && chance(0.55)) nets.push('kanalnatet');
    if (nets.length < 3 && chance(0.22)) nets.push('foretagarna');

    const m = { id, name };
    if (chance(0.97)) m.orgNumber = orgNumber(orgPrefix(name));
    m.industry = ind.name;
    m.locality = locality;
    let description = pick(ind.desc);
    if (chance(0.25)) description += ` Verksamma i ${locality} sedan ${int(1952, 2024)}.`;
    if (chance(0.04)) {
      description +=
        '\n\nVi är ett litet företag med stora ambitioner och samarbetar gärna med andra lokala företag i kommunen – hör av dig om du har ett projekt, en idé eller bara vill ta en kaffe och prata affärer.';
    }
    m.description = description;
    if (chance(0.45)) m.address = `${pick(streets[locality])} ${int(1, 48)}, ${postal[locality]} ${locality}`;
    if (chance(0.92)) m.website = `https://${host}`;
    if (chance(0.35)) m.email = `${pick(['info', 'kontakt', 'hej', 'order'])}@${host}`;
    if (chance(0.85)) m.phone = phone();
    m.networks = nets;
    m.memberSince = memberSince();
    if (chance(0.03)) m.status = 'inactive';
    members.push(m);
  }
  return members;
}

// ---------------------------------------------------------------- events
/** UTC offset of Europe/Stockholm for a local wall-clock date-time (2026–2027 only; no events 02:00–03:00 on switch days). */
function stockholmOffset(y, m, d, hh) {
  const key = y * 10000 + m * 100 + d;
  const dst =
    (y === 2026 && key >= 20260329 && key < 20261025) || (y === 2027 && key >= 20270328 && key < 20271031);
  if ((key === 20270328 && hh < 3) || (key === 20271031 && hh < 3)) throw new Error(`ambiguous time on a DST switch day: ${key}`);
  return dst ? '+02:00' : '+01:00';
}
/** "2027-01-07", "07:30" → "2027-01-07T07:30:00+01:00" */
function at(date, time) {
  const [y, m, d] = date.split('-').map(Number);
  const [hh] = time.split(':').map(Number);
  return `${date}T${time}:00${stockholmOffset(y, m, d, hh)}`;
}
const WD = { MO: 1, TU: 2, WE: 3, TH: 4, FR: 5, SA: 6, SU: 0 };
/** nth (1-based; -1 = last) weekday of a month, as YYYY-MM-DD. */
function nth(y, m, n, wd) {
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const hits = [];
  for (let d = 1; d <= days; d++) if (new Date(Date.UTC(y, m - 1, d)).getUTCDay() === WD[wd]) hits.push(d);
  const d = n > 0 ? hits[n - 1] : hits[hits.length + n];
  return `${y}-${pad(m)}-${pad(d)}`;
}
function nextDay(date) {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}
function weekday(date) {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

const envagin = { name: 'En Väg In', address: 'Parkgatan, Hallstahammar', url: 'https://envagin.example/hitta-hit' };
const medborgarhuset = { name: 'Medborgarhuset, stora salen', address: 'Storgatan, Hallstahammar' };
const reg = (id) => `https://envagin.example/anmalan/${id}`;

function buildEvents() {
  const ev = [];
  const add = (e) => ev.push(e);

  // The breakfast series: first Thursday every month, one cancelled date.
  const first = nth(2026, 12, 1, 'TH');
  if (first !== '2026-12-03' || nth(2027, 7, 1, 'TH') !== '2027-07-01') throw new Error('calendar assumptions broken');
  add({
    id: 'frukostmote',
    title: 'Frukostmöte för företagare',
    category: 'frukostmote',
    start: at(first, '07:30'),
    end: at(first, '09:00'),
    timeZone: 'Europe/Stockholm',
    rrule: 'FREQ=MONTHLY;BYDAY=1TH',
    exdates: [at('2027-07-01', '07:30')],
    summary: 'Frukost, nätverkande och en kort dragning – första torsdagen varje månad.',
    location: { name: 'En Väg In', address: 'Parkgatan, Hallstahammar', url: envagin.url },
    organizer: 'En Väg In',
    description:
      'Frukost, nätverkande och en kort dragning av ett lokalt företag eller en gäst från kommunen.\n\nIngen föranmälan behövs – kom som du är. Dörrarna öppnar 07.15.\n\nI juli gör vi uppehåll för semester.',
    cost: 'Kostnadsfritt',
    networks: ['hallstahammar-promotion'],
  });

  // Seminars and lectures through the year.
  add({
    id: 'seminarium-upphandling-2027-01',
    title: 'Seminarium: Offentlig upphandling för små företag',
    category: 'seminarium',
    start: at(nth(2027, 1, 3, 'TU'), '13:00'),
    end: at(nth(2027, 1, 3, 'TU'), '16:00'),
    location: envagin,
    organizer: 'En Väg In och kommunens upphandlingsenhet',
    description:
      'Hur lämnar man anbud till kommunen? Upphandlarna går igenom regler, tröskelvärden och vanliga misstag.\n\nEfter pausen: frågestund med företag som har vunnit ramavtal.',
    registrationUrl: reg('upphandling'),
    cost: 'Kostnadsfritt',
    networks: ['hallstahammar-promotion', 'foretagarna'],
  });
  add({
    id: 'webbinarium-moms-2027-02',
    title: 'Webbinarium: Moms och deklaration för nya företagare',
    category: 'seminarium',
    // Given in UTC on purpose: shown as 12.00 Swedish time.
    start: `${nth(2027, 2, 2, 'WE')}T11:00:00Z`,
    end: `${nth(2027, 2, 2, 'WE')}T12:00:00Z`,
    location: { name: 'Digitalt (länk skickas efter anmälan)' },
    organizer: 'En Väg In',
    summary: 'En timme om moms, F-skatt och deklaration – digitalt.',
    description: 'En timme om moms, F-skatt och när deklarationen ska in. Länk skickas dagen innan.',
    registrationUrl: reg('moms'),
    cost: 'Kostnadsfritt',
  });
  add({
    id: 'forelasning-ide-till-foretag-2027-02',
    title: 'Föreläsning: Från idé till företag',
    category: 'forelasning',
    start: at(nth(2027, 2, 4, 'TH'), '18:00'),
    end: at(nth(2027, 2, 4, 'TH'), '20:00'),
    location: medborgarhuset,
    organizer: 'En Väg In',
    description:
      'Tre företagare från Hallstahammar berättar om första året: affärsidé, finansiering och de första kunderna.\n\nFika serveras från 17.30.',
    cost: 'Kostnadsfritt',
  });
  add({
    id: 'seminarium-export-2027-03',
    title: 'Seminarium: Exportmöjligheter i Norden',
    category: 'seminarium',
    status: 'cancelled',
    start: at(nth(2027, 3, 2, 'TU'), '09:00'),
    end: at(nth(2027, 3, 2, 'TU'), '12:00'),
    location: envagin,
    organizer: 'Mälardalens Handelskammare och En Väg In',
    description: 'Seminariet är inställt på grund av för få anmälda. Vi återkommer med ett nytt datum i höst.',
    networks: ['hallstahammar-promotion'],
  });
  add({
    id: 'forelasning-hastnaringen-2027-03',
    title: 'Föreläsning: Hästnäringens framtid i Strömsholm',
    category: 'forelasning',
    start: at(nth(2027, 3, -1, 'WE'), '18:30'),
    end: at(nth(2027, 3, -1, 'WE'), '20:30'),
    location: { name: 'Ridhuset, Strömsholm', address: 'Slottsvägen, Strömsholm' },
    organizer: 'Hästföretagen i Strömsholm ekonomisk förening',
    description: 'Om utbildning, turism och nya företag kring hästen – och vad kommunen kan göra.',
    cost: '100 kr, fika ingår',
    networks: ['hastforetagen-stromsholm'],
  });
  add({
    id: 'seminarium-hallbarhet-2027-04',
    title: 'Seminarium: Hållbarhet som affärsnytta',
    category: 'seminarium',
    start: at(nth(2027, 4, 2, 'TU'), '08:30'),
    end: at(nth(2027, 4, 2, 'TU'), '11:30'),
    location: envagin,
    organizer: 'En Väg In',
    description:
      'Hur små företag sparar pengar på energi och transporter – och hur man berättar om det för kunderna.\n\nMed exempel från två lokala verkstadsföretag.',
    registrationUrl: reg('hallbarhet'),
    cost: 'Kostnadsfritt',
  });

  // Visionsdag, 4 May: the one event with limited HTML.
  add({
    id: 'visionsdag-2027',
    title: 'Visionsdag 2027',
    category: 'visionsdag',
    start: at('2027-05-04', '08:30'),
    end: at('2027-05-04', '16:00'),
    location: medborgarhuset,
    organizer: 'Hallstahammar Promotion och En Väg In',
    summary: 'Årets Visionsdag: seminarier med kommunens politiker och lokala företagare.',
    description:
      'Årets Visionsdag med seminarier av kommunens politiker och lokala företagare.\n\nLunch ingår för anmälda.',
    descriptionHtml:
      '<p>Årets <strong>Visionsdag</strong> – hur ser näringslivet i Hallstahammar ut om tio år?</p>' +
      '<ul><li>08.30 Kaffe och registrering</li><li>09.00 Kommunstyrelsens ordförande om näringslivsprogrammet</li>' +
      '<li>10.30 Seminarier: handel i centrum, hästnäringen, industrins kompetensbehov</li>' +
      '<li>12.00 Lunch</li><li>13.00 Företagare berättar</li><li>15.00 Dialog med politiker och tjänstemän</li></ul>' +
      '<p>Läs mer på <a href="https://hallstahammar-promotion.example/visionsdag">Hallstahammar Promotions webbplats</a>.<br><em>Lunch ingår för anmälda.</em></p>',
    registrationUrl: reg('visionsdag'),
    url: 'https://hallstahammar-promotion.example/visionsdag',
    cost: 'Kostnadsfritt för medlemmar, 300 kr för övriga',
    networks: ['hallstahammar-promotion'],
  });

  // Competence programmes.
  add({
    id: 'kompetens-datorkunskap-2027',
    title: 'Datorkunskap för företagare (4 kvällar)',
    category: 'kompetensprogram',
    start: at(nth(2027, 1, 2, 'MO'), '18:00'),
    end: at(nth(2027, 1, 2, 'MO'), '20:30'),
    rrule: 'FREQ=WEEKLY;COUNT=4',
    location: { name: 'Kunskapscenter, datorsalen', address: 'Skolgatan, Hallstahammar' },
    organizer: 'Kunskapscenter och En Väg In',
    description:
      'Fakturering, bokföringsprogram, molntjänster och säkerhet – i lugn takt.\n\nTa med egen dator om du har, annars lånar du en av oss.',
    registrationUrl: reg('datorkunskap'),
    cost: '600 kr exkl. moms för alla fyra tillfällena',
  });
  add({
    id: 'kompetens-marknadsforing-2027',
    title: 'Marknadsföring i sociala medier',
    category: 'kompetensprogram',
    start: at(nth(2027, 3, 1, 'TU'), '13:00'),
    end: at(nth(2027, 3, 1, 'TU'), '16:00'),
    rrule: 'FREQ=WEEKLY;INTERVAL=2;COUNT=3',
    location: envagin,
    organizer: 'En Väg In',
    description: 'Tre eftermiddagar varannan vecka: planera, fotografera och skriva inlägg som säljer.',
    registrationUrl: reg('marknadsforing'),
    cost: '450 kr exkl. moms',
    networks: ['hallstahammar-promotion', 'centrumforeningen'],
  });
  add({
    id: 'kompetens-ledarskap-2027',
    title: 'Ledarskapsprogrammet – två dagar i Strömsholm',
    category: 'kompetensprogram',
    status: 'full',
    start: at(nth(2027, 9, 2, 'TU'), '09:00'),
    end: at(nextDay(nth(2027, 9, 2, 'TU')), '16:00'),
    location: { name: 'Strömsholms kursgård', address: 'Slottsvägen, Strömsholm' },
    organizer: 'En Väg In',
    description:
      'Två dagar om att leda ett litet företag: rekrytera, delegera och ta hand om sig själv.\n\nProgrammet är fullbokat. Skriv till oss för att stå på reservlistan.',
    registrationUrl: reg('ledarskap'),
    cost: '2 400 kr exkl. moms, mat och logi ingår',
  });
  add({
    id: 'kompetens-marknadsforing-host-2027',
    title: 'Marknadsföring: webbplats och sökoptimering',
    category: 'kompetensprogram',
    start: at(nth(2027, 10, 2, 'TH'), '13:00'),
    end: at(nth(2027, 10, 2, 'TH'), '16:30'),
    location: envagin,
    organizer: 'En Väg In',
    description: 'Så syns ditt företag när kunderna söker – praktiskt, med dina egna sidor som exempel.',
    registrationUrl: reg('sok'),
    cost: '450 kr exkl. moms',
  });

  // Network meetings.
  add({
    id: 'kanalnatet-lunch-2027',
    title: 'Kanalnätet: lunchträff',
    category: 'natverkstraff',
    start: at(nth(2027, 1, 2, 'TU'), '11:30'),
    end: at(nth(2027, 1, 2, 'TU'), '13:00'),
    rrule: 'FREQ=MONTHLY;BYDAY=2TU;BYMONTH=1,2,3,4,5,6,9,10,11;UNTIL=20271130T230000Z',
    location: { name: 'Kanalcaféet', address: 'Kanalvägen, Hallstahammar' },
    organizer: 'Kanalnätet',
    description: 'Lunch och samtal för kvinnliga företagare. Varje månad ett nytt tema.\n\nAlla betalar sin egen lunch.',
    cost: 'Egen lunch',
    networks: ['kanalnatet'],
  });
  add({
    id: 'kanalnatet-host-2027',
    title: 'Kanalnätet: höstmöte med mentorprogram',
    category: 'natverkstraff',
    start: at(nth(2027, 9, 3, 'TH'), '17:30'),
    end: at(nth(2027, 9, 3, 'TH'), '20:00'),
    location: envagin,
    organizer: 'Kanalnätet',
    description: 'Start för höstens mentorprogram. Erfarna företagare möter dem som just har startat.',
    registrationUrl: 'https://kanalnatet.example/anmalan',
    networks: ['kanalnatet'],
  });
  add({
    id: 'centrum-medlemsmote-2027-02',
    title: 'Centrumföreningens medlemsmöte',
    category: 'natverkstraff',
    start: at(nth(2027, 2, 1, 'MO'), '18:00'),
    end: at(nth(2027, 2, 1, 'MO'), '19:30'),
    location: { name: 'Torgets konditori', address: 'Torggatan, Hallstahammar' },
    organizer: 'Hallstahammars Centrumförening',
    description: 'Årsplanering: marknader, julskyltning och gemensam marknadsföring.',
    networks: ['centrumforeningen'],
  });
  add({
    id: 'centrum-vardag-2027',
    title: 'Vårdag i centrum',
    category: 'Centrumdag',
    start: '2027-04-24',
    location: { name: 'Hallstahammars centrum' },
    organizer: 'Hallstahammars Centrumförening',
    description: 'Butikerna har öppet längre, erbjudanden och aktiviteter för barn hela dagen.',
    cost: 'Fritt inträde',
    networks: ['centrumforeningen'],
  });
  add({
    id: 'centrum-medlemsmote-2027-08',
    title: 'Centrumföreningens medlemsmöte',
    category: 'natverkstraff',
    start: at(nth(2027, 8, 3, 'MO'), '18:00'),
    end: at(nth(2027, 8, 3, 'MO'), '19:30'),
    location: { name: 'Torgets konditori', address: 'Torggatan, Hallstahammar' },
    organizer: 'Hallstahammars Centrumförening',
    description: 'Inför höstmarknaden och julskyltningen.',
    networks: ['centrumforeningen'],
  });
  add({
    id: 'centrum-hostmarknad-2027',
    title: 'Höstmarknad på torget',
    category: 'Centrumdag',
    start: nth(2027, 9, -1, 'SA'),
    location: { name: 'Torget, Hallstahammar' },
    organizer: 'Hallstahammars Centrumförening',
    description: 'Lokala producenter, hantverkare och föreningar på torget hela dagen.\n\nVill du ha ett bord? Anmäl dig senast 1 september.',
    registrationUrl: 'https://centrumforeningen.example/marknad',
    cost: 'Fritt inträde',
    networks: ['centrumforeningen', 'lrf'],
  });
  add({
    id: 'centrum-julskyltning-2027',
    title: 'Julskyltning och kvällsöppet',
    category: 'Centrumdag',
    start: at(nth(2027, 11, -1, 'SU'), '14:00'),
    end: at(nth(2027, 11, -1, 'SU'), '18:00'),
    location: { name: 'Hallstahammars centrum' },
    organizer: 'Hallstahammars Centrumförening',
    description: 'Vi tänder julbelysningen i centrum. Glögg, tomte och öppna butiker.',
    networks: ['centrumforeningen'],
  });
  add({
    id: 'lrf-varmote-2027',
    title: 'LRF Hallstahammar: vårmöte',
    category: 'natverkstraff',
    start: at(nth(2027, 3, 3, 'TH'), '19:00'),
    end: at(nth(2027, 3, 3, 'TH'), '21:00'),
    location: { name: 'Kolbäcks bygdegård', address: 'Kolbäcksvägen, Kolbäck' },
    organizer: 'LRF Hallstahammar',
    description: 'Vårmöte med soppa. Länsstyrelsen informerar om nya stöd för landsbygdsföretag.',
    networks: ['lrf'],
  });
  add({
    id: 'lrf-gardsvandring-2027',
    title: 'Gårdsvandring i Kolbäck',
    category: 'natverkstraff',
    status: 'postponed',
    start: at(nth(2027, 6, 2, 'TU'), '17:00'),
    end: at(nth(2027, 6, 2, 'TU'), '20:00'),
    location: { name: 'Ängsgården', address: 'Ängsvägen, Kolbäck' },
    organizer: 'LRF Hallstahammar',
    description: 'Gårdsvandringen skjuts upp till i höst på grund av skördearbetet. Nytt datum kommer.',
    networks: ['lrf'],
  });
  add({
    id: 'lrf-hostmote-2027',
    title: 'LRF Hallstahammar: höstmöte och skördefest',
    category: 'natverkstraff',
    start: at(nth(2027, 10, 3, 'FR'), '18:00'),
    end: at(nth(2027, 10, 3, 'FR'), '22:00'),
    location: { name: 'Kolbäcks bygdegård', address: 'Kolbäcksvägen, Kolbäck' },
    organizer: 'LRF Hallstahammar',
    description: 'Höstmöte följt av skördefest med mat från medlemmarnas gårdar.',
    cost: '250 kr',
    registrationUrl: 'https://lrf-hallstahammar.example/skordefest',
    networks: ['lrf'],
  });
  add({
    id: 'hastforetagen-stamma-2027',
    title: 'Hästföretagen i Strömsholm: föreningsstämma',
    category: 'natverkstraff',
    start: at(nth(2027, 4, -1, 'TH'), '18:00'),
    end: at(nth(2027, 4, -1, 'TH'), '20:00'),
    location: { name: 'Ridhuset, Strömsholm', address: 'Slottsvägen, Strömsholm' },
    organizer: 'Hästföretagen i Strömsholm ekonomisk förening',
    description: 'Ordinarie stämma. Handlingar skickas till medlemmarna två veckor innan.',
    networks: ['hastforetagen-stromsholm'],
  });
  add({
    id: 'foretagarna-afterwork-2027',
    title: 'Företagarna: afterwork sista fredagen',
    category: 'natverkstraff',
    start: at(nth(2027, 1, -1, 'FR'), '16:30'),
    end: at(nth(2027, 1, -1, 'FR'), '18:30'),
    rrule: 'FREQ=MONTHLY;BYDAY=-1FR;COUNT=5',
    location: { name: 'Bruksmagasinet', address: 'Bruksvägen, Hallstahammar' },
    organizer: 'Företagarna Hallstahammar',
    description: 'Enkel afterwork för alla företagare – medlem eller inte.',
    networks: ['foretagarna'],
  });

  // All-day events (date-only start).
  add({
    id: 'foretagsmassa-2027',
    title: 'Företagsmässan i Hallstahammar',
    category: 'Mässa',
    start: nth(2027, 10, 1, 'SA'),
    location: { name: 'Sporthallen', address: 'Idrottsvägen, Hallstahammar' },
    organizer: 'Hallstahammar Promotion',
    description:
      'Ett hundratal lokala företag visar upp sig. Öppet för alla.\n\nUtställare anmäler sig senast 1 september.',
    registrationUrl: 'https://hallstahammar-promotion.example/massa',
    cost: 'Fritt inträde',
    networks: ['hallstahammar-promotion', 'foretagarna', 'centrumforeningen', 'lrf', 'kanalnatet', 'hastforetagen-stromsholm'],
  });
  add({
    id: 'kanaldagen-2027',
    title: 'Kanaldagen',
    start: nth(2027, 6, 2, 'SA'),
    location: { name: 'Strömsholms kanal, slussområdet' },
    organizer: 'Hallstahammars kommun',
    description: 'Familjedag längs kanalen med öppna slussar, loppis och lokala företag.',
    cost: 'Kostnadsfritt',
  });

  // December 2027 and a few more lectures to fill the year.
  add({
    id: 'forelasning-rekrytering-2027-11',
    title: 'Föreläsning: Rekrytera med stöd från Arbetsförmedlingen',
    category: 'forelasning',
    start: at(nth(2027, 11, 2, 'WE'), '08:00'),
    end: at(nth(2027, 11, 2, 'WE'), '09:30'),
    location: envagin,
    organizer: 'Arbetsförmedlingen och En Väg In',
    description: 'Om anställningsstöd, praktik och hur du hittar rätt kompetens.',
    registrationUrl: reg('rekrytering'),
    cost: 'Kostnadsfritt',
  });
  add({
    id: 'seminarium-finansiering-2027-08',
    title: 'Seminarium: Finansiering för växande företag',
    category: 'seminarium',
    start: at(nth(2027, 8, 4, 'TU'), '08:30'),
    end: at(nth(2027, 8, 4, 'TU'), '11:00'),
    location: envagin,
    organizer: 'Almi Företagspartner och En Väg In',
    description: 'Lån, riskkapital och bidrag – vad passar när?\n\nEfteråt finns rådgivare på plats för enskilda samtal.',
    registrationUrl: reg('finansiering'),
    cost: 'Kostnadsfritt',
    networks: ['hallstahammar-promotion'],
  });
  add({
    id: 'promotion-julmingel-2027',
    title: 'Hallstahammar Promotion: julmingel',
    category: 'natverkstraff',
    start: at(nth(2027, 12, 2, 'TH'), '17:00'),
    end: at(nth(2027, 12, 2, 'TH'), '20:00'),
    location: medborgarhuset,
    organizer: 'Hallstahammar Promotion',
    description: 'Årets sista träff med mingel, julbord och utdelning av priset Årets företagare.',
    registrationUrl: 'https://hallstahammar-promotion.example/julmingel',
    cost: '395 kr',
    networks: ['hallstahammar-promotion'],
  });
  add({
    id: 'seminarium-tillstand-2027-12',
    title: 'Seminarium: Tillstånd och regler för livsmedel och servering',
    category: 'seminarium',
    start: at(nth(2027, 12, 1, 'TU'), '13:00'),
    end: at(nth(2027, 12, 1, 'TU'), '15:00'),
    location: envagin,
    organizer: 'Kommunens miljö- och byggförvaltning',
    description: 'Serveringstillstånd, livsmedelsregistrering och egenkontroll – för restauranger, kaféer och gårdsbutiker.',
    registrationUrl: reg('tillstand'),
    cost: 'Kostnadsfritt',
    networks: ['centrumforeningen', 'lrf'],
  });

  // Sanity: timed events on weekdays unless marked as weekend events.
  const weekendOk = new Set(['centrum-julskyltning-2027']);
  for (const e of ev) {
    const day = weekday(e.start.slice(0, 10));
    if (e.start.length > 10 && (day === 0 || day === 6) && !weekendOk.has(e.id)) throw new Error(`weekend: ${e.id}`);
  }
  // Chronological by absolute start (all-day events at local midnight); ties keep source order.
  const key = (e) => Date.parse(e.start.length === 10 ? at(e.start, '00:00') : e.start);
  return ev.sort((a, b) => key(a) - key(b));
}

// ---------------------------------------------------------------- ask configuration
function buildAsk() {
  return {
    version: 1,
    submitUrl: 'https://envagin.example/api/questions',
    privacyUrl: 'https://envagin.example/personuppgifter',
    partners: [
      {
        id: 'envagin',
        name: 'En Väg In',
        description:
          'Vi svarar själva, oftast inom två arbetsdagar. Behövs någon annan kopplar vi in rätt person och håller i kontakten.',
        url: 'https://envagin.example',
      },
      {
        id: 'almi',
        name: 'Almi Företagspartner',
        description: 'En rådgivare hos Almi kontaktar dig om lån och affärsutveckling. En Väg In skickar med din fråga.',
        url: 'https://www.almi.se',
      },
      {
        id: 'lansstyrelsen',
        name: 'Länsstyrelsen Västmanland',
        description: 'Vi skickar frågan till rätt handläggare på Länsstyrelsen och talar om vilka handlingar som behövs.',
        url: 'https://www.lansstyrelsen.se/vastmanland',
      },
      {
        id: 'arbetsformedlingen',
        name: 'Arbetsförmedlingen',
        description: 'Arbetsförmedlingens företagsrådgivare hör av sig om rekrytering och anställningsstöd.',
        url: 'https://arbetsformedlingen.se',
      },
      {
        id: 'ifs',
        name: 'IFS – rådgivning för företagare med utländsk bakgrund',
        description: 'En rådgivare från IFS kontaktar dig, på svenska eller ett annat språk om du vill.',
      },
      {
        id: 'kunskapscenter',
        name: 'Kunskapscenter',
        description: 'Kunskapscenter föreslår kurser och utbildningar och hör av sig med datum och pris.',
      },
      {
        id: 'handelskammaren',
        name: 'Mälardalens Handelskammare',
        description: 'Handelskammaren svarar på frågor om export, ursprungsintyg och handel med andra länder.',
      },
      {
        id: 'kreditgivare',
        name: 'Kreditgivare / banker',
        description:
          'Vi hjälper dig att förbereda underlaget och förmedlar kontakt med banker och andra kreditgivare. Du väljer själv vem du pratar med.',
      },
    ],
    topics: [
      { id: 'finansiering', label: 'Finansiering och lån', partner: 'almi', description: 'Lån, riskkapital och pengar för att utveckla företaget.', keywords: ['lån', 'kapital', 'finansiering', 'investering', 'riskkapital', 'affärsutveckling'] },
      { id: 'bank', label: 'Banklån och kredit', partner: 'kreditgivare', description: 'Krediter, leasing och företagskonton hos banker och andra kreditgivare.', keywords: ['bank', 'kredit', 'checkkredit', 'leasing', 'borgen', 'företagskonto'] },
      { id: 'tillstand', label: 'Tillstånd och regler', partner: 'lansstyrelsen', description: 'Miljötillstånd, dispenser, anmälningar och regler som gäller verksamheten.', keywords: ['tillstånd', 'miljötillstånd', 'dispens', 'anmälan', 'regler', 'tillsyn'] },
      { id: 'bidrag', label: 'Bidrag och stöd', partner: 'lansstyrelsen', description: 'Landsbygdsstöd, investeringsstöd och andra bidrag.', keywords: ['bidrag', 'stöd', 'landsbygdsstöd', 'investeringsstöd', 'EU-stöd', 'projektstöd'] },
      { id: 'rekrytering', label: 'Rekrytering och anställning', partner: 'arbetsformedlingen', description: 'Hitta personal, praktikanter och stöd vid anställning.', keywords: ['rekrytera', 'anställa', 'personal', 'praktik', 'lönestöd', 'nystartsjobb'] },
      { id: 'utbildning', label: 'Utbildning och kompetens', partner: 'kunskapscenter', description: 'Kurser och kompetensprogram: datorkunskap, marknadsföring, ledarskap.', keywords: ['utbildning', 'kurs', 'kompetens', 'datorkunskap', 'ledarskap', 'marknadsföring'] },
      { id: 'export', label: 'Export och handel med andra länder', partner: 'handelskammaren', description: 'Sälja till och köpa från andra länder: tull, intyg och kontakter.', keywords: ['export', 'import', 'tull', 'ursprungsintyg', 'utlandet', 'internationell'] },
      { id: 'starta-foretag', label: 'Starta företag', partner: 'envagin', description: 'Affärsplan, bolagsform, F-skatt och de första stegen.', keywords: ['starta', 'nystartad', 'affärsplan', 'F-skatt', 'enskild firma', 'aktiebolag'] },
      { id: 'utlandsk-bakgrund', label: 'Företagare med utländsk bakgrund', partner: 'ifs', description: 'Rådgivning på flera språk för dig som startat eller vill starta företag i Sverige.', keywords: ['utländsk bakgrund', 'nyanländ', 'språk', 'modersmål', 'invandrare'] },
      { id: 'lokal-mark', label: 'Lokal och mark', partner: 'envagin', description: 'Lediga lokaler, tomter och etablering i kommunen.', keywords: ['lokal', 'mark', 'tomt', 'etablering', 'hyra', 'fastighet', 'detaljplan'] },
      { id: 'ovrigt', label: 'Övrigt', partner: 'envagin', description: 'Allt annat – vi hittar rätt väg.', keywords: ['annat', 'övrigt', 'fråga', 'kontakt'] },
    ],
  };
}

// ---------------------------------------------------------------- broken feeds (for the error states)
function buildBrokenMembers(members) {
  const ok = members.filter((m) => m.status !== 'inactive' && m.id !== 'kolbacks-smide').slice(0, 4);
  return {
    version: 1,
    comment: 'Delvis ogiltigt flöde för demo och test: giltiga poster ska visas, felaktiga hoppas över eller rensas.',
    networks: [
      ...networks,
      { id: 'namnlost-natverk', description: 'Nätverk utan namn – ska hoppas över.' },
    ],
    members: [
      members[0],
      ...ok,
      { id: 'farlig-lank', name: 'Farliga Länkens Bygg AB', industry: 'Bygg', locality: 'Kolbäck', website: 'javascript:alert(1)', networks: ['hallstahammar-promotion'] },
      { id: 'fel-orgnummer', name: 'Felnumrets Konsult AB', industry: 'Konsult', orgNumber: '556677-8890', networks: ['hallstahammar-promotion'] },
      { id: 'personnummer', name: 'Personnumrets Frisör', industry: 'Hälsa', orgNumber: '850101-1234', networks: ['hallstahammar-promotion'] },
      { id: 'namnlos', industry: 'Handel', locality: 'Hallstahammar', networks: ['hallstahammar-promotion'] },
      { id: 'okant-natverk', name: 'Okända Nätverkets Åkeri', industry: 'Transport', networks: ['hallstahammar-promotion', 'finns-inte'] },
      { id: 'relativ-lank', name: 'Relativa Länkens Kafé', industry: 'Restaurang', website: '/kafe', email: 'inte en adress', phone: 'ring oss', networks: ['kanalnatet'] },
      { id: 'html-i-namnet', name: '<img src=x onerror=alert(1)> Taggarnas Data', industry: 'IT', description: '<b>Ska visas som text</b>', networks: ['kanalnatet'] },
      { name: 'Utan Id AB', industry: 'Handel' },
      null,
      'inte ett objekt',
    ],
  };
}
function buildBrokenEvents(events) {
  const ok = events.filter((e) => !e.rrule && !e.status).slice(0, 3);
  return {
    version: 1,
    comment: 'Delvis ogiltigt flöde för demo och test.',
    events: [
      ...ok,
      { id: 'saknar-start', title: 'Evenemang utan starttid', location: envagin },
      { id: 'trasig-start', title: 'Evenemang med ogiltig starttid', start: 'nästa torsdag' },
      { id: 'utan-tidszon', title: 'Tid utan tidszon', start: '2027-03-04T07:30:00' },
      { title: 'Evenemang utan id', start: at('2027-03-04', '07:30') },
      { id: 'slut-fore-start', title: 'Slutar innan det börjar', start: at('2027-03-10', '10:00'), end: at('2027-03-10', '09:00') },
      {
        id: 'farlig-anmalan',
        title: 'Seminarium med farlig anmälningslänk',
        category: 'seminarium',
        start: at('2027-03-16', '13:00'),
        registrationUrl: 'javascript:alert(1)',
        location: { name: 'En Väg In', url: 'data:text/html,hej' },
      },
      {
        id: 'okant-natverk',
        title: 'Nätverksträff för ett nätverk som inte finns',
        category: 'natverkstraff',
        start: at('2027-03-18', '18:00'),
        networks: ['finns-inte'],
      },
      {
        id: 'farlig-html',
        title: 'Beskrivning med skadlig HTML',
        start: at('2027-03-23', '09:00'),
        descriptionHtml:
          '<p onclick="alert(1)" style="color:red">Texten ska synas.</p><script>alert(1)</script><img src=x onerror="alert(2)"><a href="javascript:alert(3)">farlig länk</a> <a href="https://envagin.example">säker länk</a>',
      },
      { id: 'okand-status', title: 'Evenemang med okänd status', start: at('2027-03-25', '10:00'), status: 'kanske' },
      { id: 'tom-titel', title: '', start: at('2027-03-26', '10:00') },
      { id: 'trasig-rrule', title: 'Återkommande med regel som inte stöds', start: at('2027-04-05', '10:00'), rrule: 'FREQ=HOURLY;BYSETPOS=2' },
      42,
    ],
  };
}

// ---------------------------------------------------------------- write
const members = buildMembers();
const events = buildEvents();
const files = {
  'members.json': { version: 1, networks, members },
  'events.json': { version: 1, events },
  'ask.json': buildAsk(),
  'members-broken.json': buildBrokenMembers(members),
  'events-broken.json': buildBrokenEvents(events),
  'wrong-version.json': {
    version: 2,
    networks: networks.slice(0, 1),
    members: members.slice(0, 2),
    events: events.slice(0, 1),
  },
};

mkdirSync(outDir, { recursive: true });
for (const [name, data] of Object.entries(files)) {
  writeFileSync(resolve(outDir, name), `${JSON.stringify(data, null, 2)}\n`, 'utf8');
}
writeFileSync(
  resolve(outDir, 'not-json.txt'),
  '<!doctype html>\n<html lang="sv"><head><title>Sidan kunde inte visas</title></head>\n<body><h1>Hoppsan!</h1><p>Det här är en HTML-sida, inte ett JSON-flöde.</p></body></html>\n',
  'utf8',
);

const inactive = members.filter((m) => m.status === 'inactive').length;
console.log(
  `fixtures: ${members.length} members (${inactive} inactive), ${networks.length} networks, ${events.length} events → ${outDir}`,
);
