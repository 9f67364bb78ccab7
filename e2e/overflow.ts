import type { Page } from "playwright";

/** One element (or run of text) drawn outside the box it belongs in. */
export interface Overflow {
  /** `tag[data-slot=…] "text"`, with the nearest data-slot above it when it has none itself. */
  element: string;
  /** "the viewport", "#storybook-root", a card's data-slot, or the grid cell it sits in. */
  container: string;
  /** How far it sticks out on each side, in CSS pixels. */
  by: string;
}

/**
 * Everything visible in the story that sticks out of the viewport (horizontally: a page may scroll down,
 * never sideways) or out of its story container: #storybook-root, any `[data-slot$="card"]`, and any cell
 * of a CSS grid (the All-states stories lay each state out in one). An element counts by the part of it
 * that can be seen: it is clipped by every ancestor whose overflow is not visible, so truncated text and
 * a picture inside a round avatar are fine, and 1 px screen-reader-only text is ignored. Invisible and
 * zero-size elements are skipped. Radix portals (menus) sit outside the story's tree, so only the
 * viewport applies to them: a menu running off screen is reported. Only the outermost offender is
 * reported, not each of its descendants.
 */
export async function findOverflow(page: Page): Promise<Overflow[]> {
  return page.evaluate(() => {
    const TOLERANCE = 0.5;
    type Box = { left: number; right: number; top: number; bottom: number };
    const viewportWidth = document.documentElement.clientWidth;

    const slotOf = (element: Element) => element.closest("[data-slot]")?.getAttribute("data-slot") ?? null;
    const textOf = (element: Element) =>
      ((element as HTMLElement).innerText ?? element.textContent ?? "").replace(/\s+/gu, " ").trim().slice(0, 40);
    const describe = (element: Element, text: string | null) => {
      const own = element.getAttribute("data-slot");
      const above = own ? null : slotOf(element);
      const tag = `<${element.tagName.toLowerCase()}${own ? ` data-slot="${own}"` : ""}>${above ? ` inside [data-slot="${above}"]` : ""}`;
      if (text !== null) return `text "${text.replace(/\s+/gu, " ").trim().slice(0, 40)}" in ${tag}`;
      const content = textOf(element);
      return content ? `${tag} "${content}"` : tag;
    };
    const containerName = (container: Element) => {
      if (container.id === "storybook-root") return "#storybook-root";
      const slot = container.getAttribute("data-slot");
      if (slot?.endsWith("card")) return `[data-slot="${slot}"]`;
      const label = textOf(container);
      return `the grid cell <${container.tagName.toLowerCase()}>${label ? ` "${label}"` : ""}`;
    };
    const isContainer = (element: Element) =>
      element.id === "storybook-root" ||
      Boolean(element.getAttribute("data-slot")?.endsWith("card")) ||
      Boolean(element.parentElement && /^(inline-)?grid$/u.test(getComputedStyle(element.parentElement).display));

    /** The part of `box` that ancestors from `start` upwards let be seen. */
    const visiblePart = (box: Box, start: Element | null): Box | null => {
      // Copied field by field: a DOMRect's sides are getters, which a spread would not copy.
      let visible = { left: box.left, right: box.right, top: box.top, bottom: box.bottom };
      for (let ancestor = start; ancestor && ancestor !== document.documentElement; ancestor = ancestor.parentElement) {
        const style = getComputedStyle(ancestor);
        const clipsX = style.overflowX !== "visible";
        const clipsY = style.overflowY !== "visible";
        if (!clipsX && !clipsY) continue;
        const clip = ancestor.getBoundingClientRect();
        visible = {
          left: clipsX ? Math.max(visible.left, clip.left) : visible.left,
          right: clipsX ? Math.min(visible.right, clip.right) : visible.right,
          top: clipsY ? Math.max(visible.top, clip.top) : visible.top,
          bottom: clipsY ? Math.min(visible.bottom, clip.bottom) : visible.bottom,
        };
      }
      // Nothing (or a screen-reader-only pixel) left to see.
      return visible.right - visible.left > 1 && visible.bottom - visible.top > 1 ? visible : null;
    };
    const sticksOut = (box: Box, container: Box, horizontalOnly: boolean) => {
      const sides = {
        left: container.left - box.left,
        right: box.right - container.right,
        top: horizontalOnly ? 0 : container.top - box.top,
        bottom: horizontalOnly ? 0 : box.bottom - container.bottom,
      };
      const out = Object.entries(sides).filter(([, by]) => by > TOLERANCE);
      return out.length > 0 ? out.map(([side, by]) => `${side} ${Math.round(by)}px`).join(", ") : null;
    };

    // What is drawn: every visible element in the body, and every run of visible text.
    const drawn: { node: Element | Text; owner: Element; box: Box; text: string | null }[] = [];
    for (const element of document.body.querySelectorAll("*")) {
      if (element === document.getElementById("storybook-root")) continue;
      if (!element.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
      const rect = element.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0) continue;
      const box = visiblePart(rect, element.parentElement);
      if (box) drawn.push({ node: element, owner: element, box, text: null });
    }
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let text = walker.nextNode() as Text | null; text; text = walker.nextNode() as Text | null) {
      const parent = text.parentElement;
      if (!parent || !text.data.trim() || ["SCRIPT", "STYLE", "TEMPLATE", "NOSCRIPT"].includes(parent.tagName)) continue;
      if (!parent.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
      const range = document.createRange();
      range.selectNodeContents(text);
      const rect = range.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0) continue;
      const box = visiblePart(rect, parent);
      if (box) drawn.push({ node: text, owner: parent, box, text: text.data });
    }

    const offenders = new Map<Node, { element: string; container: string; by: string }>();
    for (const { node, owner, box, text } of drawn) {
      const viewport = sticksOut(box, { left: 0, right: viewportWidth, top: 0, bottom: 0 }, true);
      if (viewport) {
        offenders.set(node, { element: describe(owner, text), container: "the viewport", by: viewport });
        continue;
      }
      const start = node instanceof Element ? node.parentElement : owner;
      for (let container = start; container && container !== document.body; container = container.parentElement) {
        if (!isContainer(container)) continue;
        const by = sticksOut(box, container.getBoundingClientRect(), false);
        if (by) {
          offenders.set(node, { element: describe(owner, text), container: containerName(container), by });
          break;
        }
      }
    }
    // Report where the overflow starts, not every descendant of an element already reported.
    const reportedAbove = (node: Node) => {
      for (let ancestor = node.parentElement; ancestor; ancestor = ancestor.parentElement) if (offenders.has(ancestor)) return true;
      return false;
    };
    return [...offenders].filter(([node]) => !reportedAbove(node)).map(([, overflow]) => overflow);
  });
}

/** One line per offender, for a failure message. */
export function describeOverflow(overflow: Overflow[]): string {
  return overflow.map((o) => `${o.element} sticks out of ${o.container} (${o.by})`).join("\n");
}
