/**
 * Records the `evi-*` events (or any others) that reach `target`, from the moment it is called: call
 * it before `fixture()` to see events a widget fires while it is being created and connected, too.
 * With `document` as the target it hears every widget on the page (the events bubble and are composed).
 */
export function recordEvents(target: EventTarget, types: readonly string[]) {
  const events: Array<{ type: string; detail: unknown; target: EventTarget | null }> = [];
  const listener = (event: Event) => events.push({ type: event.type, detail: (event as CustomEvent).detail, target: event.target });
  for (const type of types) target.addEventListener(type, listener);
  return {
    events,
    /** the recorded events of one type, as `type: detail` lines that read well in a failed assertion */
    of(type: string): string[] {
      return events.filter((event) => event.type === type).map((event) => `${event.type}: ${JSON.stringify(event.detail)}`);
    },
    stop() {
      for (const type of types) target.removeEventListener(type, listener);
    },
  };
}
