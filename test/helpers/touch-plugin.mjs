// Server command `touch-screen` for web-test-runner: `{ enabled: true }` makes the page a touch screen (CDP touch
// emulation: `(pointer: coarse)` matches, as on a phone); `{ enabled: false }` ends it. For the behaviour phones get.
const sessions = new Map();

export const touchPlugin = {
  name: 'touch-screen',
  async executeCommand({ command, payload, session }) {
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
