import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { HostState } from '../../core/host-state.js';
import {
  iconBold,
  iconBulletList,
  iconItalic,
  iconLink,
  iconNumberedList,
  iconUnderline,
  renderIcon,
} from '../../core/icons.js';
import { RovingFocusController } from '../../core/interactions/roving-focus.js';
import type { StampResult } from '../../core/stamp.js';
import type { RichText, RichTextMark } from './rich-text.js';
import type { FlyoutMessages } from './strings.js';

/** What a toolbar needs from the form it sits in. */
export interface ToolbarHost extends ReactiveControllerHost {
  readonly flyoutText: FlyoutMessages;
  /** Where the form's elements are. */
  readonly root: ParentNode | null;
  readonly locale: string;
}

const TOOLS = 6;

/**
 * The formatting toolbar of one editor (the description, or a note): marks, lists, and a link row
 * that accepts http, https and mailto addresses only. `prefix` keeps ids apart between editors.
 */
export class EditorToolbar {
  /** The link row shows, and what was wrong with the address typed in it. */
  private readonly link: HostState<{ editing: boolean; error: string }>;
  /** One tab stop for the toolbar; arrows move between its buttons (mirrored right to left). */
  private readonly focus: RovingFocusController;

  constructor(
    private readonly host: ToolbarHost,
    private readonly prefix: string,
  ) {
    this.link = new HostState(host, { editing: false, error: '' });
    this.focus = new RovingFocusController(host, {
      orientation: 'horizontal',
      wrap: true,
      count: () => TOOLS,
      element: (index) =>
        host.root?.querySelector<HTMLElement>(`#${prefix}-toolbar [data-index="${index}"]`) ?? null,
      locale: () => host.locale,
    });
  }

  private get linkInput(): HTMLInputElement | null {
    return this.host.root?.querySelector<HTMLInputElement>(`#${this.prefix}-link-input`) ?? null;
  }

  private async applyLink(editor: RichText | undefined): Promise<void> {
    const url = this.linkInput?.value ?? '';
    if (!url.trim()) {
      editor?.removeLink();
    } else if (!editor?.setLink(url)) {
      this.link.value = { editing: true, error: this.host.flyoutText.linkInvalid };
      await this.host.updateComplete;
      this.linkInput?.focus();
      return;
    }
    this.link.value = { editing: false, error: '' };
  }

  render(editor: RichText | undefined, editorId: string): TemplateResult {
    const flyout = this.host.flyoutText;
    const { prefix } = this;
    const { editing: linkEditing, error: linkError } = this.link.value;
    const tool = (index: number, mark: Exclude<RichTextMark, 'link'>, label: string, icon: StampResult) =>
      html`<button
        type="button"
        class="tool"
        data-index=${index}
        tabindex=${this.focus.tabIndexOf(index)}
        aria-label=${label}
        aria-pressed=${editor?.isActive(mark) ? 'true' : 'false'}
        ?disabled=${!editor}
        @mousedown=${(event: Event) => event.preventDefault()}
        @click=${() => editor?.toggle(mark)}
      >
        ${icon}
      </button>`;
    const linkInputId = `${prefix}-link-input`;
    const linkErrorId = `${prefix}-link-error`;
    return html`<div
        class="toolbar"
        id=${`${prefix}-toolbar`}
        role="toolbar"
        aria-label=${flyout.formatting}
        aria-controls=${editorId}
        @keydown=${this.focus.onKeydown}
        @focusin=${this.focus.onFocusIn}
      >
        ${tool(0, 'bold', flyout.bold, renderIcon(iconBold))}
        ${tool(1, 'italic', flyout.italic, renderIcon(iconItalic))}
        ${tool(2, 'underline', flyout.underline, renderIcon(iconUnderline))}
        ${tool(3, 'bulletList', flyout.bulletList, renderIcon(iconBulletList))}
        ${tool(4, 'orderedList', flyout.numberedList, renderIcon(iconNumberedList))}
        <button
          type="button"
          class="tool"
          data-index="5"
          tabindex=${this.focus.tabIndexOf(5)}
          aria-label=${flyout.link}
          aria-pressed=${editor?.isActive('link') ? 'true' : 'false'}
          aria-expanded=${linkEditing ? 'true' : 'false'}
          ?disabled=${!editor}
          @mousedown=${(event: Event) => event.preventDefault()}
          @click=${async () => {
            this.link.value = { editing: !linkEditing, error: '' };
            await this.host.updateComplete;
            this.linkInput?.focus();
          }}
        >
          ${renderIcon(iconLink)}
        </button>
      </div>
      ${
        linkEditing
          ? html`<div class="link-row">
              <label for=${linkInputId} class="cx-visually-hidden">${flyout.linkAddress}</label>
              <input
                id=${linkInputId}
                class="cx-input link-input"
                type="url"
                placeholder="https://"
                .value=${editor?.linkHref ?? ''}
                aria-invalid=${linkError ? 'true' : 'false'}
                aria-describedby=${linkError ? linkErrorId : nothing}
                @keydown=${(event: KeyboardEvent) => {
                  if (event.key === 'Enter') {
                    event.preventDefault();
                    void this.applyLink(editor);
                  } else if (event.key === 'Escape') {
                    // Closes the link row, not the flyout.
                    event.preventDefault();
                    event.stopPropagation();
                    this.link.value = { editing: false, error: '' };
                    editor?.focus();
                  }
                }}
              />
              <button type="button" class="cx-button" @click=${() => this.applyLink(editor)}>
                ${flyout.applyLink}
              </button>
              ${
                editor?.isActive('link')
                  ? html`<button
                      type="button"
                      class="cx-button"
                      @click=${() => {
                        editor.removeLink();
                        this.link.value = { editing: false, error: '' };
                      }}
                    >
                      ${flyout.removeLink}
                    </button>`
                  : nothing
              }
              ${linkError ? html`<p class="cx-field-error" id=${linkErrorId}>${linkError}</p>` : nothing}
            </div>`
          : nothing
      }`;
  }
}
