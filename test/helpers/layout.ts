import { expect } from '@open-wc/testing';

/**
 * Asserts that every visible element of a widget (`elements`: its shadow tree's) lies inside `column` on both
 * sides, and that neither the widget nor the column scrolls sideways. Returns the visible elements. Visually
 * hidden text and the ask form's honeypot (off-screen on purpose, for bots: test/ask-form.test.ts checks it)
 * are left out.
 */
export function expectInsideColumn(widget: HTMLElement, column: HTMLElement, elements: Element[]): Element[] {
  const edges = column.getBoundingClientRect();
  const visible = elements.filter((e) => {
    const box = e.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && !e.closest('.visually-hidden, .honeypot');
  });
  expect(visible.length).to.be.greaterThan(0);
  const outside = visible.filter((e) => {
    const box = e.getBoundingClientRect();
    return box.right > edges.right + 1 || box.left < edges.left - 1;
  });
  const where = (e: Element) => {
    const box = e.getBoundingClientRect();
    return `${e.localName}.${e.className} (${Math.round(box.left - edges.left)}…${Math.round(box.right - edges.left)} px of ${Math.round(edges.width)})`;
  };
  expect(outside.map(where)).to.deep.equal([]);
  // nor does anything scroll sideways: not inside the widget, not the column it is in
  expect(widget.scrollWidth, `<${widget.localName}> scrolls sideways`).to.be.at.most(widget.clientWidth);
  expect(column.scrollWidth, 'the column scrolls sideways').to.be.at.most(column.clientWidth);
  return visible;
}
