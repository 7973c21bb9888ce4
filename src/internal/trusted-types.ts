/**
 * Trusted Types for the two places the event list hands a string to a sink: `descriptionHtml`, parsed in an
 * inert document (DOMParser) and reduced to data before anything is shown (sanitize.ts), and the JSON-LD of
 * `structured-data`, text the list builds itself with JSON.stringify. On a page that enforces Trusted Types
 * (`require-trusted-types-for 'script'`) both throw without a policy; the policy `evi-widgets` is created on
 * first need, and only by the event list (a badge-only page creates none). `false` when the page's
 * `trusted-types` directive does not list it; `undefined` in browsers without Trusted Types. See
 * withTrustedTypes for what the callers do then.
 */
interface Policy {
  createHTML(input: string): string;
  createScript(input: string): string;
}

let policy: Policy | false | null | undefined;

export const POLICY_NAME = 'evi-widgets';

export function trustedTypesPolicy(): Policy | false | undefined {
  if (policy === undefined) {
    policy = null;
    const factory = (globalThis as { trustedTypes?: { createPolicy(name: string, rules: Policy): Policy } }).trustedTypes;
    try {
      // identity: the HTML only ever goes into an inert document and out as data; the script is JSON we wrote
      if (factory) policy = factory.createPolicy(POLICY_NAME, { createHTML: (input) => input, createScript: (input) => input });
    } catch {
      // the page's trusted-types directive does not allow this policy's name
      policy = false;
    }
  }
  return policy ?? undefined;
}

/** set once a sink has refused a plain string: the page enforces Trusted Types (asked once, one report) */
let enforced = false;

/**
 * `write()`'s result, or undefined when the page's Trusted Types refuse it. Without our policy, a plain string
 * is tried once (a page may list policies in `trusted-types` without requiring them, and then it works); once a
 * sink has refused one, the page enforces them and nothing more is tried (no report per description).
 */
export function withTrustedTypes<T>(write: () => T, policy: Policy | false | undefined): T | undefined {
  if (policy === false && enforced) {
    warnTrustedTypes();
    return undefined;
  }
  try {
    return write();
  } catch (error) {
    if (policy) throw error;
    enforced = true;
    warnTrustedTypes();
    return undefined;
  }
}

let warned = false;

/** Once per page: what the page's policy keeps the event list from doing, and the one word that allows it. */
export function warnTrustedTypes(): void {
  if (warned) return;
  warned = true;
  console.warn(
    `[evi-event-list] This page's Trusted Types (its trusted-types directive) do not allow the policy "${POLICY_NAME}": ` +
      `descriptionHtml is shown as plain text and structured-data is not written. Add ${POLICY_NAME} to the directive (trusted-types lit-html ${POLICY_NAME}).`,
  );
}
