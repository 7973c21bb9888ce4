/**
 * Loaded before the test framework on every test page (web-test-runner.config.mjs, testRunnerHtml).
 *
 * The runner sends each result from the browser with structuredClone, which throws on DOM nodes and
 * functions. A failing `expect(element).to.equal(other)` puts elements in the error's actual/expected:
 * the send failed, and the run sat for two minutes and said only "did not finish", without the failed
 * test or its message (modernweb-dev/web#2967). Here a value that cannot be cloned is sent as a short
 * description (`<button#retry>`), so the assertion's message arrives as for any other value.
 */
const clone = window.structuredClone.bind(window);

function summarise(value: unknown, seen: WeakMap<object, unknown>): unknown {
  if (typeof value === 'function') return `[function ${value.name || 'anonymous'}]`;
  if (value === null || typeof value !== 'object') return value;
  if (value instanceof Node) {
    if (!(value instanceof Element)) return `[${value.nodeName}]`;
    const id = value.id ? `#${value.id}` : '';
    const classes = value.classList.length ? `.${[...value.classList].join('.')}` : '';
    return `<${value.localName}${id}${classes}>`;
  }
  if (seen.has(value)) return seen.get(value);
  const out: Record<string, unknown> = Array.isArray(value) ? ([] as unknown as Record<string, unknown>) : {};
  seen.set(value, out);
  if (value instanceof Error) Object.assign(out, { name: value.name, message: value.message, stack: value.stack });
  for (const key of Object.keys(value)) out[key] = summarise((value as Record<string, unknown>)[key], seen);
  return out;
}

window.structuredClone = ((value: unknown, options?: StructuredSerializeOptions) => {
  try {
    return clone(value, options);
  } catch (error) {
    if (!(error instanceof DOMException && error.name === 'DataCloneError')) throw error;
    return clone(summarise(value, new WeakMap()), options);
  }
}) as typeof structuredClone;

export {};
