/**
 * Runs the subscription's handlers one at a time, in the order they arrived. A change
 * that charges a card awaits activities; without this, a second change could be decided
 * against the state from before the first one was paid for.
 */
export class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(work: () => Promise<T>): Promise<T> {
    const result = this.tail.then(work);
    // A refused change must not block the ones behind it.
    this.tail = result.catch(() => undefined);
    return result;
  }
}
