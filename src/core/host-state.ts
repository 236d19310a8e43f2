import type { ReactiveControllerHost } from 'lit';

/**
 * A reactive controller's piece of state: setting it re-renders the host, as `@state()` does for an
 * element's own fields. The parts of a widget keep what they render here, never in plain fields
 * they must remember to follow with `requestUpdate()`.
 */
export class HostState<T> {
  #value: T;

  constructor(
    private readonly host: ReactiveControllerHost,
    initial: T,
  ) {
    this.#value = initial;
  }

  get value(): T {
    return this.#value;
  }

  set value(next: T) {
    if (Object.is(next, this.#value)) return;
    this.#value = next;
    this.host.requestUpdate();
  }
}
