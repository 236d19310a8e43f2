import { baseKeymap, chainCommands, exitCode, toggleMark } from 'prosemirror-commands';
import { history, redo, undo } from 'prosemirror-history';
import { inputRules, wrappingInputRule } from 'prosemirror-inputrules';
import { keymap } from 'prosemirror-keymap';
import {
  DOMParser as SchemaParser,
  DOMSerializer,
  Schema,
  type MarkType,
  type Node as ProseMirrorNode,
  type NodeType,
} from 'prosemirror-model';
import { liftListItem, sinkListItem, splitListItem, wrapInList } from 'prosemirror-schema-list';
import { EditorState, Plugin, TextSelection, type Command, type Transaction } from 'prosemirror-state';
import { Decoration, DecorationSet, EditorView } from 'prosemirror-view';
import { sanitizeHtml } from '../../core/sanitize.js';
import { safeUrl } from '../../core/urls.js';

// The description editor: ProseMirror, the engine under Tiptap and most serious web editors, used
// directly (Tiptap's layer would triple the download for nothing the flyout needs). It is loaded
// the first time a flyout opens, edits inside our shadow root (ProseMirror reads the selection from
// the shadow root) and composes with input methods (Thai, Japanese) natively.
//
// Its document can only hold what the schema below allows. Pasted or dropped HTML goes through
// DOMPurify (as a DOM fragment: no HTML string ever reaches a sink, so Trusted Types hold) and then
// through the schema, so scripts, event handlers and unsafe links or images cannot get in.

const LINK_PROTOCOL = /^(https?:|mailto:)/i;

/** Whether a link address is one the editor accepts: http, https or mailto. */
export function isAllowedLink(url: string): boolean {
  return LINK_PROTOCOL.test(url.trim());
}

export const schema = new Schema({
  nodes: {
    doc: { content: 'block+' },
    paragraph: {
      content: 'inline*',
      group: 'block',
      parseDOM: [{ tag: 'p' }, { tag: 'div' }],
      toDOM: () => ['p', 0],
    },
    bullet_list: { content: 'list_item+', group: 'block', parseDOM: [{ tag: 'ul' }], toDOM: () => ['ul', 0] },
    ordered_list: {
      content: 'list_item+',
      group: 'block',
      parseDOM: [{ tag: 'ol' }],
      toDOM: () => ['ol', 0],
    },
    list_item: {
      content: 'paragraph block*',
      defining: true,
      parseDOM: [{ tag: 'li' }],
      toDOM: () => ['li', 0],
    },
    image: {
      group: 'block',
      attrs: { src: {}, alt: { default: '' } },
      draggable: true,
      parseDOM: [
        {
          tag: 'img[src]',
          getAttrs: (element) => {
            const src = safeUrl(element.getAttribute('src'));
            return src ? { src, alt: element.getAttribute('alt') ?? '' } : false;
          },
        },
      ],
      toDOM: (node) => ['img', { src: node.attrs.src as string, alt: node.attrs.alt as string }],
    },
    text: { group: 'inline' },
    hard_break: {
      inline: true,
      group: 'inline',
      selectable: false,
      parseDOM: [{ tag: 'br' }],
      toDOM: () => ['br'],
    },
  },
  marks: {
    link: {
      attrs: { href: {} },
      inclusive: false,
      parseDOM: [
        {
          tag: 'a[href]',
          getAttrs: (element) => {
            const href = element.getAttribute('href') ?? '';
            return isAllowedLink(href) ? { href } : false;
          },
        },
      ],
      toDOM: (mark) => [
        'a',
        { href: mark.attrs.href as string, target: '_blank', rel: 'noopener noreferrer' },
        0,
      ],
    },
    strong: {
      parseDOM: [
        { tag: 'strong' },
        { tag: 'b', getAttrs: (element) => element.style.fontWeight !== 'normal' && null },
        { style: 'font-weight', getAttrs: (value) => /^(bold(er)?|[5-9]\d{2})$/.test(value) && null },
      ],
      toDOM: () => ['strong', 0],
    },
    em: { parseDOM: [{ tag: 'i' }, { tag: 'em' }, { style: 'font-style=italic' }], toDOM: () => ['em', 0] },
    underline: { parseDOM: [{ tag: 'u' }, { style: 'text-decoration=underline' }], toDOM: () => ['u', 0] },
  },
});

const { nodes, marks } = schema;
const parser = SchemaParser.fromSchema(schema);
const serializer = DOMSerializer.fromSchema(schema);

export type RichTextMark = 'bold' | 'italic' | 'underline' | 'bulletList' | 'orderedList' | 'link';
const MARKS: Partial<Record<RichTextMark, MarkType>> = {
  bold: marks.strong,
  italic: marks.em,
  underline: marks.underline,
  link: marks.link,
};
const LISTS: Partial<Record<RichTextMark, NodeType>> = {
  bulletList: nodes.bullet_list,
  orderedList: nodes.ordered_list,
};

/** Untrusted HTML as a document of the schema, sanitized on the way. */
function parse(html: string): ProseMirrorNode {
  return parser.parse(sanitizeHtml(html));
}

/**
 * Where images being uploaded will go: a widget per upload that moves with the edits around it
 * (the pattern of ProseMirror's upload example), replaced by the image once the server has it.
 */
type PlaceholderAction = { add: { id: string; pos: number; label: string } } | { remove: string };
const placeholders: Plugin<DecorationSet> = new Plugin<DecorationSet>({
  state: {
    init: () => DecorationSet.empty,
    apply(transaction, set) {
      let next = set.map(transaction.mapping, transaction.doc);
      const action = transaction.getMeta(placeholders) as PlaceholderAction | undefined;
      if (action && 'add' in action) {
        const widget = document.createElement('span');
        widget.className = 'image-placeholder';
        widget.textContent = action.add.label;
        next = next.add(transaction.doc, [Decoration.widget(action.add.pos, widget, { id: action.add.id })]);
      } else if (action) {
        next = next.remove(next.find(undefined, undefined, (spec) => spec.id === action.remove));
      }
      return next;
    },
  },
  props: {
    decorations: (state) => placeholders.getState(state),
  },
});

function placeholderPosition(state: EditorState, id: string): number | undefined {
  return placeholders.getState(state)?.find(undefined, undefined, (spec) => spec.id === id)[0]?.from;
}

const insertHardBreak: Command = chainCommands(exitCode, (state, dispatch) => {
  dispatch?.(state.tr.replaceSelectionWith(nodes.hard_break.create()).scrollIntoView());
  return true;
});

export interface RichTextOptions {
  element: HTMLElement;
  content: string;
  /** The accessible name of the editing area. */
  label: string;
  labelledBy?: string;
  onUpdate: (html: string, isEmpty: boolean) => void;
  /** Called when the selection or the marks under it change, to refresh the toolbar. */
  onSelectionChange?: () => void;
  /**
   * Files pasted or dropped in, with where they landed. The owner uploads them, and shows images
   * with `addImagePlaceholder` and `replaceImagePlaceholder`.
   */
  onFiles?: (files: File[], position: number) => void;
}

/** A mounted editor, with the commands the toolbar offers. */
export class RichText {
  readonly view: EditorView;

  constructor(private readonly options: RichTextOptions) {
    const state = EditorState.create({
      doc: parse(options.content),
      plugins: [
        inputRules({
          rules: [
            wrappingInputRule(/^\s*([-+*])\s$/, nodes.bullet_list),
            wrappingInputRule(/^(\d+)\.\s$/, nodes.ordered_list),
          ],
        }),
        history(),
        keymap({
          'Mod-z': undo,
          'Shift-Mod-z': redo,
          'Mod-y': redo,
          'Mod-b': toggleMark(marks.strong),
          'Mod-i': toggleMark(marks.em),
          'Mod-u': toggleMark(marks.underline),
          Enter: splitListItem(nodes.list_item),
          'Mod-[': liftListItem(nodes.list_item),
          'Mod-]': sinkListItem(nodes.list_item),
          'Shift-Enter': insertHardBreak,
        }),
        keymap(baseKeymap),
        placeholders,
      ],
    });
    this.view = new EditorView(options.element, {
      state,
      attributes: {
        class: 'rich-text',
        role: 'textbox',
        'aria-multiline': 'true',
        ...(options.labelledBy ? { 'aria-labelledby': options.labelledBy } : { 'aria-label': options.label }),
      },
      // ProseMirror parses clipboard HTML through innerHTML (before any handlePaste or handleDrop
      // prop sees it), which Trusted Types refuse. So pasted and dropped HTML and files are taken
      // here, first: HTML is sanitized into DOM nodes, files go to the owner. Plain text, and
      // moving a selection inside the editor, are left to ProseMirror.
      handleDOMEvents: {
        paste: (view, event) => {
          const data = event.clipboardData;
          return this.takeTransfer(view, event, data, view.state.selection.from);
        },
        drop: (view, event) => {
          if (view.dragging) return false;
          const position = view.posAtCoords({ left: event.clientX, top: event.clientY })?.pos;
          return this.takeTransfer(view, event, event.dataTransfer, position ?? view.state.selection.from);
        },
      },
      dispatchTransaction: (transaction) => this.apply(transaction),
    });
  }

  /** Files or HTML from a paste or drop, at `position`; false leaves the event to ProseMirror. */
  private takeTransfer(view: EditorView, event: Event, data: DataTransfer | null, position: number): boolean {
    if (!data) return false;
    const files = [...data.files];
    const html = data.getData('text/html');
    if (files.length && this.options.onFiles) {
      event.preventDefault();
      this.options.onFiles(files, position);
      return true;
    }
    if (!html) return false;
    event.preventDefault();
    const slice = parser.parseSlice(sanitizeHtml(html));
    let transaction = view.state.tr;
    if (event.type === 'drop')
      transaction = transaction.setSelection(TextSelection.create(transaction.doc, position));
    view.dispatch(transaction.replaceSelection(slice).scrollIntoView());
    view.focus();
    return true;
  }

  private apply(transaction: Transaction): void {
    const state = this.view.state.apply(transaction);
    this.view.updateState(state);
    if (transaction.docChanged) this.options.onUpdate(this.html, this.isEmpty);
    this.options.onSelectionChange?.();
  }

  get html(): string {
    const container = document.createElement('div');
    container.append(serializer.serializeFragment(this.view.state.doc.content));
    return container.innerHTML;
  }

  get isEmpty(): boolean {
    const { doc } = this.view.state;
    return doc.childCount === 1 && doc.firstChild!.isTextblock && doc.firstChild!.content.size === 0;
  }

  isActive(name: RichTextMark): boolean {
    const { state } = this.view;
    const list = LISTS[name];
    if (list) {
      const { $from } = state.selection;
      for (let depth = $from.depth; depth > 0; depth--) if ($from.node(depth).type === list) return true;
      return false;
    }
    const mark = MARKS[name]!;
    const { from, to, empty, $from } = state.selection;
    if (empty) return Boolean(mark.isInSet(state.storedMarks ?? $from.marks()));
    return state.doc.rangeHasMark(from, to, mark);
  }

  private run(command: Command): void {
    command(this.view.state, (transaction) => this.view.dispatch(transaction), this.view);
    this.view.focus();
  }

  toggle(name: Exclude<RichTextMark, 'link'>): void {
    const list = LISTS[name];
    if (list) {
      // In a list: out of it; else into one of this kind.
      this.run(
        this.isActive('bulletList') || this.isActive('orderedList')
          ? liftListItem(nodes.list_item)
          : wrapInList(list),
      );
    } else {
      this.run(toggleMark(MARKS[name]!));
    }
  }

  /** The link around the cursor, as positions, when the selection is empty. */
  private linkRange(): { from: number; to: number } | undefined {
    const { $from } = this.view.state.selection;
    const parent = $from.parent;
    const index = $from.index();
    const linkAt = (i: number) =>
      i >= 0 && i < parent.childCount ? marks.link.isInSet(parent.child(i).marks) : undefined;
    const link = linkAt(index) ?? linkAt(index - 1);
    if (!link) return undefined;
    let start = linkAt(index) ? index : index - 1;
    let end = start + 1;
    while (start > 0 && link.eq(linkAt(start - 1) ?? marks.link.create({ href: '' }))) start--;
    while (end < parent.childCount && link.eq(linkAt(end) ?? marks.link.create({ href: '' }))) end++;
    let from = $from.start();
    for (let i = 0; i < start; i++) from += parent.child(i).nodeSize;
    let to = from;
    for (let i = start; i < end; i++) to += parent.child(i).nodeSize;
    return { from, to };
  }

  /** Links the selection (or the link at the cursor, or inserts the address); false when the address is not allowed. */
  setLink(url: string): boolean {
    const href = url.trim();
    if (!isAllowedLink(href)) return false;
    const { state } = this.view;
    const { empty } = state.selection;
    const range = empty ? this.linkRange() : { from: state.selection.from, to: state.selection.to };
    const mark = marks.link.create({ href });
    let transaction = state.tr;
    if (range) {
      transaction = transaction
        .removeMark(range.from, range.to, marks.link)
        .addMark(range.from, range.to, mark);
    } else {
      transaction = transaction.insert(state.selection.from, schema.text(href, [mark]));
    }
    this.view.dispatch(transaction);
    this.view.focus();
    return true;
  }

  removeLink(): void {
    const { state } = this.view;
    const range = state.selection.empty
      ? this.linkRange()
      : { from: state.selection.from, to: state.selection.to };
    if (range) this.view.dispatch(state.tr.removeMark(range.from, range.to, marks.link));
    this.view.focus();
  }

  get linkHref(): string {
    const { state } = this.view;
    const { $from, from, to, empty } = state.selection;
    const found = empty
      ? marks.link.isInSet($from.marks())
      : (() => {
          let mark: ReturnType<typeof marks.link.isInSet>;
          state.doc.nodesBetween(from, to, (node) => {
            mark ??= marks.link.isInSet(node.marks);
          });
          return mark;
        })();
    return (found?.attrs.href as string | undefined) ?? '';
  }

  /** Marks where an image being uploaded will appear, with `label` ("Uploading image…") meanwhile. */
  addImagePlaceholder(id: string, position: number, label: string): void {
    const pos = Math.min(Math.max(position, 0), this.view.state.doc.content.size);
    this.view.dispatch(this.view.state.tr.setMeta(placeholders, { add: { id, pos, label } }));
  }

  /**
   * Puts the uploaded image where its placeholder is (or at the end, when the placeholder did not
   * survive a reload). Only http(s) and same-origin addresses are accepted; false otherwise.
   */
  replaceImagePlaceholder(id: string, url: string, alt: string): boolean {
    const src = safeUrl(url);
    const { state } = this.view;
    const pos = placeholderPosition(state, id);
    let transaction = state.tr.setMeta(placeholders, { remove: id });
    if (!src) {
      this.view.dispatch(transaction);
      return false;
    }
    const image = nodes.image.create({ src, alt });
    transaction =
      pos === undefined
        ? transaction.insert(state.doc.content.size, image)
        : transaction.replaceWith(pos, pos, image);
    this.view.dispatch(transaction);
    return true;
  }

  hasImagePlaceholder(id: string): boolean {
    return placeholderPosition(this.view.state, id) !== undefined;
  }

  removeImagePlaceholder(id: string): void {
    if (placeholderPosition(this.view.state, id) === undefined) return;
    this.view.dispatch(this.view.state.tr.setMeta(placeholders, { remove: id }));
  }

  setContent(html: string): void {
    const state = EditorState.create({ doc: parse(html), plugins: this.view.state.plugins });
    this.view.updateState(state);
    this.options.onSelectionChange?.();
  }

  focus(): void {
    this.view.focus();
  }

  destroy(): void {
    this.view.destroy();
  }
}
