import { isServer, render, type TemplateResult } from 'lit';
import {
  Directive,
  PartType,
  directive,
  type ChildPart,
  type DirectiveResult,
  type PartInfo,
} from 'lit/directive.js';
import { awaitsHydration } from './hydration.js';

// Static markup that many rows repeat (icons, badges, tag lists) is built once per distinct value
// and cloned for every use: a clone costs a fraction of a template instance (no part walk, no
// nested templates, no marker comments). A long history renders dozens of rows per frame.

/**
 * Finished copies, by key, least recently used first. Keys name everything that shapes the
 * markup, text included.
 */
const prototypes = new Map<string, Element>();
/** Tag lists are server data, so distinct keys are unbounded: the least recently used are dropped. */
const MAX_PROTOTYPES = 500;

/**
 * The finished, detached element that every stamp of `key` clones. `build` is rendered once by
 * Lit (no HTML string is parsed, so Trusted Types hold) and must have one root element, with no
 * event listeners or property bindings: only what cloning keeps. Whitespace-only text is dropped,
 * so the markup must not rely on it (stamps are flex and grid content, where it shows nothing).
 */
export function stampPrototype(key: string, build: () => TemplateResult): Element {
  let prototype = prototypes.get(key);
  if (prototype) {
    // Kept as the most recently used: icons and badges in every row outlive a stream of tag lists.
    prototypes.delete(key);
    prototypes.set(key, prototype);
  } else {
    const scratch = document.createElement('div');
    render(build(), scratch);
    prototype = scratch.firstElementChild!;
    // Lit's bookkeeping comments and the template's indentation are dropped, so each clone is
    // bare markup: every node left out is one less to clone and insert in every row.
    const walker = document.createTreeWalker(prototype, NodeFilter.SHOW_COMMENT | NodeFilter.SHOW_TEXT);
    const dropped: Node[] = [];
    while (walker.nextNode()) {
      const node = walker.currentNode;
      if (node.nodeType === Node.COMMENT_NODE || !node.textContent!.trim()) dropped.push(node);
    }
    for (const node of dropped) node.parentNode!.removeChild(node);
    if (prototypes.size >= MAX_PROTOTYPES) prototypes.delete(prototypes.keys().next().value!);
    prototypes.set(key, prototype);
  }
  return prototype;
}

/** A stamp's key and the markup it stands for (see `stamp`). */
export type StampSource = readonly [key: string, build: () => TemplateResult];

/** One place that shows a stamp: keeps its clone while the key stays the same. */
export class StampHolder {
  private key?: string;
  /** The clone shown, once `show` was called. */
  element?: Element;

  /** The clone to show for `key`: the one shown, or a new clone if the key changed. */
  show(key: string, build: () => TemplateResult): Element {
    if (!this.element || key !== this.key) {
      this.element = stampPrototype(key, build).cloneNode(true) as Element;
      this.key = key;
    }
    return this.element;
  }

  /** Removes the clone shown, if any. */
  clear(): void {
    this.element?.remove();
    this.element = this.key = undefined;
  }
}

class StampDirective extends Directive {
  private readonly holder = new StampHolder();

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.CHILD) throw new Error('stamp() belongs in child content');
  }

  /** On a server (no DOM to clone) the markup is rendered as a template. */
  render(key: string, build: () => TemplateResult): Element | TemplateResult {
    return isServer ? build() : this.holder.show(key, build);
  }

  /**
   * While a server-rendered element hydrates, the template the server rendered; clones from the
   * next update on (Lit then swaps the template's markup for the clone).
   */
  override update(part: ChildPart, [key, build]: [string, () => TemplateResult]): Element | TemplateResult {
    const host = part.options?.host as (HTMLElement & { hasUpdated?: boolean }) | undefined;
    if (host && awaitsHydration(host)) return build();
    return this.render(key, build);
  }
}

/**
 * Renders `build()`'s static markup as a clone of a copy made once per `key`. The key must change
 * whenever the markup would (the text and every value in it, such as the locale's labels).
 */
export const stamp: (key: string, build: () => TemplateResult) => StampResult = directive(StampDirective);

/** What `stamp` returns: place it in child content of a Lit template. */
export type StampResult = DirectiveResult<typeof StampDirective>;
