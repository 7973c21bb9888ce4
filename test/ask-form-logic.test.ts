import { expect } from '@open-wc/testing';
import { clearDraft, draftKey, EMPTY_VALUES, hasContent, loadDraft, saveDraft } from '../src/ask-form/draft.js';
import { normaliseWords, scoreTopics, suggestTopic } from '../src/ask-form/routing.js';
import { bodyFingerprint, newIdempotencyKey, submitQuestion } from '../src/ask-form/submit.js';
import type { AskConfig } from '../src/schemas/ask.js';
import { parseAskConfig } from '../src/schemas/ask.js';

const config = await (async () => {
  const result = parseAskConfig(await (await fetch('/test/fixtures/ask.json')).json());
  if (!result.ok) throw new Error('fixture ask.json does not parse');
  return result.data as AskConfig;
})();

function suggested(message: string, current?: string): string | undefined {
  return suggestTopic(config, message, current)?.topic.id;
}

describe('ask form: routing', () => {
  it('normalises Swedish text into words, keeping å, ä and ö apart from a and o', () => {
    expect(normaliseWords('Lån, LÅNET och F-skatt!')).to.deep.equal(['lån', 'lånet', 'och', 'f', 'skatt']);
    expect(normaliseWords('Café Åsa’s öl')).to.deep.equal(['cafe', 'åsa', 's', 'öl']);
    expect(normaliseWords('  ')).to.deep.equal([]);
  });

  it('matches whole words and their inflections, not other words that begin alike', () => {
    expect(suggested('Vi behöver ett lån')).to.equal('finansiering');
    expect(suggested('Lånet från förra året räcker inte')).to.equal('finansiering');
    expect(suggested('Vi vill rekrytera två svetsare')).to.equal('rekrytering');
    expect(suggested('Hur gör vi vår marknadsföring bättre?')).to.equal('utbildning');
    expect(suggested('lan')).to.equal(undefined);
    expect(suggested('Konkurs hos en kund')).to.equal(undefined);
    expect(suggested('Vi säljer till Danmark')).to.equal(undefined);
  });

  it('finds long keywords as the head of a compound', () => {
    expect(suggested('Miljötillståndet för verkstaden går ut')).to.equal('tillstand');
    expect(suggested('Finns det landsbygdsstödet kvar?')).to.equal('bidrag');
  });

  it('matches phrases and hyphenated keywords', () => {
    expect(suggested('Jag har utländsk bakgrund och vill starta')).to.equal('utlandsk-bakgrund');
    expect(suggested('Hur får jag F-skatt?')).to.equal('starta-foretag');
    expect(suggested('Är enskild firma bäst?')).to.equal('starta-foretag');
  });

  it('prefers the topic with most hits; the config order breaks ties, so "Övrigt" listed last loses them', () => {
    const scores = scoreTopics('En fråga om lån och kapital', config.topics);
    expect(scores.map((s) => [s.topic.id, s.hits])).to.deep.equal([
      ['finansiering', 2],
      ['ovrigt', 1],
    ]);
    expect(suggested('En fråga om lån')).to.equal('finansiering');
  });

  it('never suggests the chosen topic, nor one no stronger than it, nor a dismissed one', () => {
    expect(suggested('Vi behöver ett lån', 'finansiering')).to.equal(undefined);
    expect(suggested('En fråga om lån', 'ovrigt')).to.equal(undefined);
    expect(suggested('En fråga om lån och kapital', 'ovrigt')).to.equal('finansiering');
    expect(suggestTopic(config, 'Vi behöver ett lån', undefined, new Set(['finansiering']))).to.equal(undefined);
    const suggestion = suggestTopic(config, 'export till Norge', 'ovrigt')!;
    expect(suggestion.partner.name).to.equal('Mälardalens Handelskammare');
  });
});

describe('ask form: drafts', () => {
  beforeEach(() => sessionStorage.clear());

  it('round-trips through sessionStorage under a key per absolute configuration URL', () => {
    const values = { ...EMPTY_VALUES, message: 'Hej', consent: true };
    saveDraft('/a/ask.json', { values, idempotencyKey: 'k1', sentFingerprint: 'f1', startedAt: 5 });
    expect(sessionStorage.getItem(`evi-ask-form:draft:${location.origin}/a/ask.json`)).not.to.equal(null);
    expect(loadDraft(`${location.origin}/a/ask.json`)).to.deep.equal({ values, idempotencyKey: 'k1', sentFingerprint: 'f1', startedAt: 5 });
    expect(loadDraft('/b/ask.json')).to.equal(undefined);
    clearDraft('/a/ask.json');
    expect(loadDraft('/a/ask.json')).to.equal(undefined);
  });

  it('ignores damaged drafts and wrongly typed fields', () => {
    sessionStorage.setItem(draftKey('/x.json'), '{not json');
    expect(loadDraft('/x.json')).to.equal(undefined);
    sessionStorage.setItem(
      draftKey('/x.json'),
      JSON.stringify({ values: { message: 42, name: 'Anna', consent: 'yes' }, idempotencyKey: 7, sentFingerprint: { a: 1 } }),
    );
    expect(loadDraft('/x.json')).to.deep.equal({
      values: { ...EMPTY_VALUES, name: 'Anna' },
      idempotencyKey: undefined,
      sentFingerprint: undefined,
      startedAt: undefined,
    });
  });

  it('knows an empty form from one with content', () => {
    expect(hasContent(EMPTY_VALUES)).to.equal(false);
    expect(hasContent({ ...EMPTY_VALUES, consent: true })).to.equal(true);
  });
});

describe('ask form: the body fingerprint', () => {
  const body = { topic: 'finansiering', message: 'Vi vill låna till en maskin.', name: 'Anna', email: 'anna@example.se', consent: true, locale: 'sv' };

  it('is the same for the same body, whatever the order of its fields', () => {
    const reversed = Object.fromEntries(Object.entries(body).reverse());
    expect(bodyFingerprint(reversed)).to.equal(bodyFingerprint(body));
    expect(bodyFingerprint({ ...body })).to.equal(bodyFingerprint(body));
    expect(bodyFingerprint(body)).to.match(/^[0-9a-z]+-[0-9a-f]{16}$/);
  });

  it('changes with any change to what is sent', () => {
    const variants: Array<Record<string, unknown>> = [
      { ...body, message: 'Vi vill låna till en maskin!' },
      { ...body, message: 'vi vill låna till en maskin.' },
      { ...body, topic: 'bank' },
      { ...body, name: 'Anna ' },
      { ...body, locale: 'en' },
      { ...body, phone: '0220-123 45' },
      { ...body, page: 'https://host.example/' },
      (({ locale: _locale, ...rest }) => rest)(body),
      { ...body, message: 'Vi vill låna till en maskin.', name: 'Anna', email: 'anna@example.se ' },
    ];
    const seen = new Set([bodyFingerprint(body)]);
    for (const variant of variants) {
      const fingerprint = bodyFingerprint(variant);
      expect(seen.has(fingerprint), JSON.stringify(variant)).to.equal(false);
      seen.add(fingerprint);
    }
  });

  it('tells a thousand one-character edits of a question apart', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 1000; i++) seen.add(bodyFingerprint({ ...body, message: `${body.message}${String.fromCharCode(0x20 + (i % 95))}${i}` }));
    expect(seen.size).to.equal(1000);
  });
});

describe('ask form: the submission client', () => {
  const realFetch = window.fetch;
  afterEach(() => {
    window.fetch = realFetch;
  });
  const body = { topic: 'finansiering', message: 'Tio tecken minst', name: 'A', email: 'a@b.se', consent: true as const };

  function answer(response: Response | Promise<Response>) {
    let init: RequestInit | undefined;
    window.fetch = (_input: RequestInfo | URL, requestInit?: RequestInit) => {
      init = requestInit;
      return Promise.resolve(response);
    };
    return () => init!;
  }

  it('makes random v4 UUIDs', () => {
    const a = newIdempotencyKey();
    expect(a).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(newIdempotencyKey()).not.to.equal(a);
  });

  it('makes v4 UUIDs without crypto.randomUUID (pages served over plain http)', () => {
    const original = crypto.randomUUID;
    Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true });
    try {
      const keys = new Set<string>();
      for (let i = 0; i < 100; i++) {
        const key = newIdempotencyKey();
        expect(key).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
        keys.add(key);
      }
      // one key per question: a receiver answers a known key with the reference it stored for it
      expect(keys.size).to.equal(100);
    } finally {
      Object.defineProperty(crypto, 'randomUUID', { value: original, configurable: true });
    }
  });

  it('POSTs JSON without credentials, with the key', async () => {
    const init = answer(new Response(JSON.stringify({ reference: ' R-1 ' }), { status: 201 }));
    const result = await submitQuestion('https://x.example/q', body, 'key-1', { timeoutMs: 1000 });
    expect(result).to.deep.equal({ kind: 'accepted', reference: 'R-1' });
    expect(init().method).to.equal('POST');
    expect(init().credentials).to.equal('omit');
    expect(new Headers(init().headers).get('Idempotency-Key')).to.equal('key-1');
    expect(JSON.parse(String(init().body))).to.deep.equal(body);
  });

  it('maps every answer to a result', async () => {
    const cases: Array<[Response, unknown]> = [
      [new Response(JSON.stringify({ errors: { email: 'Fel', x: 3 } }), { status: 422 }), { kind: 'rejected', status: 422, errors: { email: 'Fel' } }],
      [new Response('nope', { status: 400 }), { kind: 'rejected', status: 400, errors: {} }],
      [new Response('', { status: 429 }), { kind: 'busy', status: 429 }],
      [new Response('', { status: 502 }), { kind: 'server', status: 502 }],
      [new Response('', { status: 404 }), { kind: 'server', status: 404 }],
      [new Response('{}', { status: 200 }), { kind: 'server', status: 200 }],
    ];
    const original = console.error;
    console.error = () => {};
    try {
      for (const [response, expected] of cases) {
        answer(response);
        expect(await submitQuestion('https://x.example/q', body, 'k', { timeoutMs: 1000 })).to.deep.equal(expected);
      }
      window.fetch = () => Promise.reject(new TypeError('Failed to fetch'));
      expect(await submitQuestion('https://x.example/q', body, 'k', { timeoutMs: 1000 })).to.deep.equal({ kind: 'network' });
    } finally {
      console.error = original;
    }
  });

  it('gives up after the timeout and aborts the request', async () => {
    let signal: AbortSignal | undefined;
    window.fetch = (_input: RequestInfo | URL, init?: RequestInit) =>
      new Promise((_, reject) => {
        signal = init?.signal ?? undefined;
        signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      });
    expect(await submitQuestion('https://x.example/q', body, 'k', { timeoutMs: 30 })).to.deep.equal({ kind: 'timeout' });
    expect(signal!.aborted).to.equal(true);
  });
});
