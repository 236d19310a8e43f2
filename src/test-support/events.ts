/** Resolves with the next `type` event on `target`, typed from HTMLElementEventMap; rejects after `timeoutMs`. */
export function nextEvent<K extends keyof HTMLElementEventMap>(
  target: EventTarget,
  type: K,
  timeoutMs = 3000,
): Promise<HTMLElementEventMap[K]> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      target.removeEventListener(type, listener);
      reject(new Error(`no "${type}" event within ${timeoutMs} ms`));
    }, timeoutMs);
    const listener = (event: Event) => {
      clearTimeout(timer);
      resolve(event as HTMLElementEventMap[K]);
    };
    target.addEventListener(type, listener, { once: true });
  });
}
