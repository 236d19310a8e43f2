// Copying to the clipboard from inside a widget. The async Clipboard API is refused in some places
// (an iframe without the permission, a page that is not focused, older embedded browsers); then the
// old `execCommand('copy')` on a selected text area often still works. When both are refused the
// caller shows the text selected so the agent can copy it by hand.

/** Copies `text`; resolves to false when the browser refused every way of doing it. */
export async function copyText(text: string, root: ShadowRoot | Document): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return copyWithSelection(text, root);
  }
}

function copyWithSelection(text: string, root: ShadowRoot | Document): boolean {
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.setAttribute('aria-hidden', 'true');
  area.className = 'cx-visually-hidden';
  const parent = root instanceof Document ? root.body : root;
  const previousFocus = root.activeElement as HTMLElement | null;
  parent.append(area);
  area.select();
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
    previousFocus?.focus({ preventScroll: true });
  }
}
