/**
 * Loaded first by csp-page.html (an external script: the page's policy forbids inline ones). It
 * records every CSP / Trusted Types violation and every widget event, for the parent test page.
 */
interface CspRecord {
  violations: string[];
  events: Array<{ type: string; tag: string }>;
  warnings: string[];
}
const record: CspRecord = { violations: [], events: [], warnings: [] };
const warn = console.warn.bind(console);
console.warn = (...args: unknown[]) => {
  record.warnings.push(args.map(String).join(' '));
  warn(...args);
};
(window as unknown as { __cspRecord: CspRecord }).__cspRecord = record;
document.addEventListener('securitypolicyviolation', (e) => {
  record.violations.push(`${e.violatedDirective}: ${e.blockedURI} ${e.sample}`.trim());
});
for (const type of ['evi-load', 'evi-error', 'evi-verify']) {
  document.addEventListener(type, (e) => record.events.push({ type, tag: (e.target as Element).localName }));
}
