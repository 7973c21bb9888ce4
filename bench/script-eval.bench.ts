/**
 * Benchmark: script evaluation time of `cdn/evi-loader.js` and of `cdn/evi-widgets.js`, in Chromium.
 *
 *   npm run bench        (after `npm run build`; `npm test` builds)
 *
 * Each file's text is fetched once (from `/raw/cdn/`, byte for byte as built). Each run then inserts it as an
 * inline `<script type="module">` into a fresh iframe (its own custom element registry, no page code) and
 * measures, with the iframe's `performance.now()`, from insertion to the last statement of the module:
 * parse + compile + evaluate, no network. A unique comment per run keeps V8 from reusing the previous
 * run's compilation. The bundle defines the four custom elements; the loader only sets up its observer.
 */
import { expect } from '@open-wc/testing';

const RUNS = 15;
const FILES = ['evi-loader.js', 'evi-widgets.js'];

type TimedWindow = Window & typeof globalThis & { __evalEnd?: number };

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const ms = (value: number) => `${value.toFixed(2)} ms`;

async function freshWindow(): Promise<{ win: TimedWindow; iframe: HTMLIFrameElement }> {
  const iframe = document.createElement('iframe');
  document.body.append(iframe);
  const doc = iframe.contentDocument!;
  doc.open();
  doc.write('<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>eval</title></head><body></body></html>');
  doc.close();
  await new Promise((resolve) => requestAnimationFrame(resolve));
  return { win: iframe.contentWindow as TimedWindow, iframe };
}

/** Milliseconds from inserting `code` as an inline module script to its last statement having run. */
async function evaluate(code: string, run: number): Promise<number> {
  const { win, iframe } = await freshWindow();
  try {
    const script = win.document.createElement('script');
    script.type = 'module';
    script.textContent = `${code}\n;/* run ${run} ${Math.random()} */ window.__evalEnd = performance.now();\n`;
    const start = win.performance.now();
    win.document.head.append(script);
    const deadline = Date.now() + 10_000;
    while (win.__evalEnd === undefined) {
      if (Date.now() > deadline) throw new Error('the module never finished evaluating');
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    return win.__evalEnd - start;
  } finally {
    iframe.remove();
  }
}

describe('script evaluation of the CDN files', function () {
  this.timeout(120_000);
  const results: string[] = [];

  after(() => {
    console.log(`\n[bench] script evaluation (parse + compile + run), ${navigator.userAgent.match(/Chrome\/[\d.]+/)?.[0]}\n${results.join('\n')}`);
  });

  it('an empty module (what the method itself costs; subtract it)', async () => {
    await evaluate('', -1);
    const times: number[] = [];
    for (let run = 0; run < RUNS; run++) times.push(await evaluate('', run));
    results.push(`empty module (the method's own overhead), median of ${RUNS}: ${ms(median(times))}`);
  });

  for (const file of FILES) {
    it(`cdn/${file}`, async () => {
      const code = await (await fetch(`/raw/cdn/${file}`)).text();
      expect(code.length).to.be.greaterThan(100);
      await evaluate(code, -1); // warm up the iframe machinery, not the script (each run is compiled anew)
      const times: number[] = [];
      for (let run = 0; run < RUNS; run++) times.push(await evaluate(code, run));
      const sorted = [...times].sort((a, b) => a - b);
      results.push(
        `cdn/${file} (${(code.length / 1024).toFixed(1)} KB raw), median of ${RUNS}: ${ms(median(times))} ` +
          `(min ${ms(sorted[0])}, max ${ms(sorted.at(-1)!)})`,
      );
    });
  }
});
