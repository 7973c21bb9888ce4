import { executeServerCommand } from '@web/test-runner-commands';

/**
 * The page's accessibility tree as Chromium computes it (test/helpers/ax-tree-plugin.mjs): lines such as
 * `textbox "Namn (obligatoriskt)" desc="…" [invalid=true required=true]`, indented by depth. Waits two
 * frames first, so the tree reflects the last render.
 */
export async function axTree(): Promise<string> {
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  return (await executeServerCommand('ax-tree')) as string;
}

/** The lines of `tree` with `role` (e.g. `search`, `link`), without their indentation. */
export function axLines(tree: string, role: string): string[] {
  return tree
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line === role || line.startsWith(`${role} `));
}
