// Tiny DOM helpers: every text goes in as a text node, so data can never become markup.

type Child = Node | string | null | undefined | false;

export interface ElementOptions {
  className?: string;
  attrs?: Record<string, string>;
  on?: Partial<{ [K in keyof HTMLElementEventMap]: (event: HTMLElementEventMap[K]) => void }>;
}

/**
 * Creates an element; string children become text nodes (never parsed as HTML).
 * @example h("li", { className: "item" }, node.name)
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  options: ElementOptions = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (options.className) el.className = options.className;
  for (const [name, value] of Object.entries(options.attrs ?? {})) el.setAttribute(name, value);
  for (const [type, listener] of Object.entries(options.on ?? {})) {
    el.addEventListener(type, listener as EventListener);
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    el.append(typeof child === "string" ? document.createTextNode(child) : child);
  }
  return el;
}

/**
 * User text set among our own words, isolated from them: a right-to-left name, or a stray direction mark in
 * data, lays out on its own and cannot reorder the words, counts or arrows around it.
 * @example h("p", {}, "Also: ", isolated(alias))
 */
export function isolated(text: string): HTMLElement {
  return h("bdi", {}, text);
}

/** What an element holding user text alone needs: the direction of its own first strong character. */
export const OWN_DIRECTION = { dir: "auto" } as const;

/** Replaces an element's children. */
export function setChildren(parent: Element, ...children: Child[]): void {
  parent.replaceChildren(
    ...children.filter((c): c is Node | string => c !== null && c !== undefined && c !== false),
  );
}

/** Looks up an element the page must contain; fails loudly when index.html and code drift apart. */
export function required<T extends HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`explorer: element #${id} is missing from index.html`);
  return el as T;
}

/** A small coloured dot for a node type. The colour comes from our palette, never from data. */
export function swatch(color: string): HTMLSpanElement {
  const dot = h("span", { className: "swatch", attrs: { "aria-hidden": "true" } });
  dot.style.backgroundColor = color;
  return dot;
}
