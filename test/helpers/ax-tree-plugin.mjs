// Server command `ax-tree` for web-test-runner: Chromium's accessibility tree of the test page (CDP
// Accessibility.getFullAXTree), as the text a screen reader's browser hands it: one line per node with its role,
// computed name, description and states, indented by depth; ignored and unnamed generic nodes left out.
// Used by test/helpers/ax.ts: what axe cannot judge (a name that lost its space, two landmarks of one name,
// an error the focused radio does not report) is asserted on what assistive technology really receives.

const SHOWN = ['level', 'expanded', 'checked', 'invalid', 'required', 'readonly', 'focused', 'disabled'];

function format(nodes) {
  const byId = new Map(nodes.map((node) => [node.nodeId, node]));
  const lines = [];
  const walk = (node, depth) => {
    if (!node) return;
    const role = node.role?.value ?? '?';
    const name = (node.name?.value ?? '').replace(/\s+/g, ' ');
    const boring = node.ignored || role === 'InlineTextBox' || ((role === 'generic' || role === 'none') && !name);
    let next = depth;
    if (!boring && (role !== 'StaticText' || name.trim())) {
      const states = (node.properties ?? [])
        .filter((property) => SHOWN.includes(property.name))
        .map((property) => `${property.name}=${property.value?.value}`);
      const description = node.description?.value ? ` desc="${node.description.value.replace(/\s+/g, ' ')}"` : '';
      lines.push(`${'  '.repeat(depth)}${role}${name ? ` "${name}"` : ''}${description}${states.length ? ` [${states.join(' ')}]` : ''}`);
      next = depth + 1;
    }
    // a text node's text is its name
    if (role === 'StaticText') return;
    for (const id of node.childIds ?? []) walk(byId.get(id), next);
  };
  walk(nodes.find((node) => !node.parentId) ?? nodes[0], 0);
  return lines.join('\n');
}

const sessions = new Map();

export const axTreePlugin = {
  name: 'ax-tree',
  async executeCommand({ command, session }) {
    if (command !== 'ax-tree') return undefined;
    let cdp = sessions.get(session.id);
    if (!cdp) {
      cdp = await session.browser.getPage(session.id).createCDPSession();
      await cdp.send('Accessibility.enable');
      sessions.set(session.id, cdp);
    }
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    return format(nodes);
  },
};
