// Demo helper: shows every evi-* event on the page (in an element with id="evi-logg", if present) and in
// the console, so visitors can see what the widgets report to a webmaster. Not part of the library.
const types = ['evi-load', 'evi-error', 'evi-verify', 'evi-submit'] as const;

function label(target: EventTarget | null): string {
  if (!(target instanceof Element)) return '?';
  const attrs = ['src', 'member', 'network']
    .map((a) => (target.hasAttribute(a) ? `${a}="${target.getAttribute(a)}"` : ''))
    .filter(Boolean)
    .join(' ');
  return `<${target.localName}${attrs ? ` ${attrs}` : ''}>`;
}

for (const type of types) {
  document.addEventListener(type, (event: Event) => {
    const detail: unknown = (event as CustomEvent).detail;
    const line = `${type} från ${label(event.target)}: ${JSON.stringify(detail)}`;
    (type === 'evi-error' ? console.warn : console.info)(`[demo] ${line}`);
    const log = document.getElementById('evi-logg');
    if (!log) return;
    const item = document.createElement('li');
    item.className = `logg-${type}`;
    item.textContent = line; // text only: details come from feeds
    log.append(item);
  });
}

export {}; // a module: keeps these names out of the global scope
