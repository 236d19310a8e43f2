/**
 * Resolves once `element` has rendered and every transition and animation in its shadow tree has
 * finished: what a colour-contrast check must wait for after a theme change, instead of a fixed sleep.
 */
export async function settled(element: HTMLElement & { updateComplete?: Promise<unknown> }): Promise<void> {
  await element.updateComplete;
  const animations = element.shadowRoot?.getAnimations() ?? [];
  await Promise.all(animations.map((animation) => animation.finished.catch(() => undefined)));
}
