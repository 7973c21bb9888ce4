/// <reference types="vite/client" />
/**
 * The embed builder (demo/embed.html): pick a widget, fill its attributes, see it live (the dev build from
 * /src/all.ts) and copy a snippet whose scripts carry `integrity="sha384-…"` and `crossorigin="anonymous"`.
 * The hashes come from cdn/manifest.json, written by `npm run build`; without a build the page says so.
 */

import { buildSnippet, fallback, type Manifest, type ScriptMode, type Tag } from './snippet.js';

// Vite reads the file when it serves this module; an empty object when cdn/ has not been built.
const found = import.meta.glob<Manifest>('../cdn/manifest.json', { eager: true, import: 'default' });
const manifest: Manifest | undefined = Object.values(found)[0];

interface Field {
  name: string;
  label: string;
  hint: string;
  type: 'text' | 'url' | 'number' | 'checkbox' | 'select';
  value?: string;
  required?: boolean;
  options?: Array<[value: string, label: string]>;
  min?: number;
}

const feedField = (value: string): Field => ({
  name: 'src',
  label: 'Flödets adress',
  hint: 'Attributet src: flödets fullständiga adress på er webbplats (i förhandsvisningen demons flöde).',
  type: 'text',
  value,
  required: true,
});

const WIDGETS: Record<Tag, Field[]> = {
  'evi-network-badge': [
    feedField('/feeds/members.json'),
    { name: 'member', label: 'Medlemmens id', hint: 'Attributet member: företagets id i medlemsflödet.', type: 'text', value: 'kolbacks-smide', required: true },
    { name: 'network', label: 'Nätverk', hint: 'Attributet network: nätverkets id. Tomt = det första nätverket i flödet.', type: 'text', value: 'kanalnatet' },
    { name: 'href', label: 'Länk till medlemsförteckningen', hint: 'Attributet href: märket länkar dit. Tomt = ingen länk.', type: 'url', value: 'https://example.org/foretag' },
    { name: 'size', label: 'Storlek', hint: 'Attributet size.', type: 'select', options: [['', 'Mellan (standard)'], ['small', 'Liten']] },
  ],
  'evi-event-list': [
    feedField('/feeds/events.json'),
    { name: 'limit', label: 'Antal tillfällen', hint: 'Attributet limit (standard 10).', type: 'number', value: '5', min: 1 },
    { name: 'category', label: 'Kategorier', hint: 'Attributet category: kommaseparerade id:n, t.ex. frukostmote,seminarium. Tomt = alla.', type: 'text' },
    { name: 'network', label: 'Nätverk', hint: 'Attributet network: kommaseparerade nätverks-id:n. Tomt = alla.', type: 'text' },
    { name: 'structured-data', label: 'Lägg till schema.org-data för sökmotorer', hint: 'Attributet structured-data.', type: 'checkbox' },
  ],
  'evi-member-directory': [
    feedField('/feeds/members.json'),
    { name: 'network', label: 'Nätverk', hint: 'Attributet network: bara det här nätverkets medlemmar. Tomt = alla.', type: 'text' },
    { name: 'page-size', label: 'Medlemmar per sida', hint: 'Attributet page-size (standard 24).', type: 'number', min: 1 },
  ],
  'evi-ask-form': [
    feedField('/feeds/ask.json'),
    { name: 'topic', label: 'Förvalt ämne', hint: 'Attributet topic: ämnets id. Tomt = inget förval.', type: 'text' },
  ],
};

const form = document.querySelector<HTMLFormElement>('#builder')!;
const fieldsHost = document.querySelector<HTMLElement>('#fields')!;
const preview = document.querySelector<HTMLElement>('#preview')!;
const snippet = document.querySelector<HTMLTextAreaElement>('#snippet')!;
const copyButton = document.querySelector<HTMLButtonElement>('#copy')!;
const copyStatus = document.querySelector<HTMLElement>('#copy-status')!;
const manifestStatus = document.querySelector<HTMLElement>('#manifest-status')!;
const cdnInput = form.elements.namedItem('cdn') as HTMLInputElement;

const version = manifest?.version ?? '0.1.0';
cdnInput.value = `https://widgets.envagin.example/@envagin/widgets@${version}/cdn/`;

if (manifest) {
  manifestStatus.textContent = `Kontrollsummor för version ${manifest.version} inlästa från cdn/manifest.json (${Object.keys(manifest.files).length} filer).`;
  manifestStatus.classList.add('ok');
} else {
  manifestStatus.textContent =
    'cdn/manifest.json saknas, så koden får inga kontrollsummor. Kör npm run build och ladda om sidan (starta om npm start om det inte hjälper).';
}

function selectedTag(): Tag {
  return (form.elements.namedItem('widget') as RadioNodeList).value as Tag;
}

function renderFields(tag: Tag): void {
  fieldsHost.replaceChildren(
    ...WIDGETS[tag].map((field) => {
      const id = `f-${tag}-${field.name}`;
      const wrapper = document.createElement('div');
      wrapper.className = field.type === 'checkbox' ? 'field check' : 'field';
      const label = document.createElement('label');
      label.htmlFor = id;
      label.textContent = field.required ? `${field.label} (obligatorisk)` : field.label;
      const hint = document.createElement('p');
      hint.id = `${id}-hint`;
      hint.className = 'hint';
      hint.textContent = field.hint;
      let control: HTMLInputElement | HTMLSelectElement;
      if (field.type === 'select') {
        control = document.createElement('select');
        for (const [value, text] of field.options ?? []) control.add(new Option(text, value));
      } else {
        control = document.createElement('input');
        control.type = field.type;
        if (field.type === 'checkbox') control.checked = field.value === 'true';
        else control.value = field.value ?? '';
        if (field.min !== undefined) control.min = String(field.min);
      }
      control.id = id;
      control.name = field.name;
      control.dataset.attribute = field.name;
      control.required = Boolean(field.required);
      control.setAttribute('aria-describedby', hint.id);
      if (field.type === 'checkbox') wrapper.append(control, label, hint);
      else wrapper.append(label, control, hint);
      return wrapper;
    }),
  );
}

/** The element's attributes in the order of the form, empty ones left out. */
function attributes(tag: Tag): Array<[string, string]> {
  const list: Array<[string, string]> = [];
  for (const control of fieldsHost.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[data-attribute]')) {
    const name = control.dataset.attribute!;
    if (control instanceof HTMLInputElement && control.type === 'checkbox') {
      if (control.checked) list.push([name, '']);
      continue;
    }
    const value = control.value.trim();
    const invalid = control.required && value === '';
    control.setAttribute('aria-invalid', String(invalid));
    if (value !== '') list.push([name, value]);
  }
  for (const name of ['lang', 'theme']) {
    const value = (form.elements.namedItem(name) as HTMLSelectElement).value;
    if (value) list.push([name, value]);
  }
  if (tag === 'evi-network-badge' && !list.some(([name]) => name === 'member')) list.push(['member', '']);
  return list;
}

function update(): void {
  const tag = selectedTag();
  const list = attributes(tag);
  const mode = (form.elements.namedItem('script') as RadioNodeList).value as ScriptMode;
  let base = cdnInput.value.trim();
  if (base && !base.endsWith('/')) base += '/';
  cdnInput.setAttribute('aria-invalid', String(!/^https:\/\/[^/]+\//.test(base)));
  snippet.value = buildSnippet({ tag, attributes: list, base, mode, manifest });

  // The preview: the same attributes on a real element, created with DOM calls (no HTML parsing).
  const element = document.createElement(tag);
  for (const [name, value] of list) element.setAttribute(name, value);
  const inner = fallback(tag, new Map(list));
  if (inner) {
    const link = document.createElement(inner.href ? 'a' : 'span');
    if (inner.href) link.setAttribute('href', inner.href);
    link.textContent = inner.text;
    element.append(link);
  }
  preview.replaceChildren(element);
  copyStatus.textContent = '';
}

let timer: ReturnType<typeof setTimeout> | undefined;
form.addEventListener('input', (event) => {
  const target = event.target as HTMLInputElement;
  if (target.name === 'widget') {
    renderFields(selectedTag());
    update();
    return;
  }
  clearTimeout(timer);
  timer = setTimeout(update, 300);
});
form.addEventListener('submit', (event) => event.preventDefault());

copyButton.addEventListener('click', async () => {
  try {
    await navigator.clipboard.writeText(snippet.value);
    copyStatus.textContent = 'Koden är kopierad.';
  } catch {
    snippet.focus();
    snippet.select();
    copyStatus.textContent = 'Kunde inte kopiera automatiskt: koden är markerad, tryck Ctrl+C (⌘C på Mac).';
  }
});

renderFields(selectedTag());
update();
