// Server commands for web-test-runner, for the behaviour phones get: `touch-screen` `{ enabled: true }` makes the page
// a touch screen (CDP touch emulation: `(pointer: coarse)` matches, as on a phone), `{ enabled: false }` ends it;
// `touch-tap` `{ x, y }` taps there with a finger (touch events, then the pointer and compatibility mouse events in
// a phone's order, which differs from a mouse click's).
const sessions = new Map();

export const touchPlugin = {
  name: 'touch-screen',
  async executeCommand({ command, payload, session }) {
    if (command === 'touch-tap') {
      await session.browser.getPage(session.id).touchscreen.tap(payload.x, payload.y);
      return true;
    }
    if (command !== 'touch-screen') return undefined;
    let cdp = sessions.get(session.id);
    if (!cdp) {
      cdp = await session.browser.getPage(session.id).createCDPSession();
      sessions.set(session.id, cdp);
    }
    const enabled = Boolean(payload?.enabled);
    await cdp.send('Emulation.setTouchEmulationEnabled', { enabled, maxTouchPoints: enabled ? 5 : 1 });
    return true;
  },
};
