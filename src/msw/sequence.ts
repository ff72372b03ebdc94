import { type HttpHandler, HttpHandler as MswHttpHandler } from 'msw';

/**
 * One handler that answers successive requests with successive handlers: the first request gets the
 * first handler's answer, the second the second's, and every later request the last one's. Built for
 * "the first call fails, Retry succeeds" stories and tests:
 *
 *     sequence(synodicHandlers.serverError(), synodicHandlers.user())
 *
 * It matches the method and URL of the first handler; a request a step does not answer (another username,
 * say) falls through to the other handlers and does not count. msw's `resetHandlers()` (called by
 * msw-storybook-addon before each story and by test setups after each test) starts it over.
 */
export function sequence(first: HttpHandler, ...rest: HttpHandler[]): HttpHandler {
  return new SequenceHandler([first, ...rest]);
}

class SequenceHandler extends MswHttpHandler {
  // Shared with the resolver, which cannot reference `this` before `super()` returns.
  private readonly state: { answered: number };

  constructor(steps: readonly [HttpHandler, ...HttpHandler[]]) {
    const state = { answered: 0 };
    const [first] = steps;
    super(first.info.method, first.info.path, async ({ request, requestId }) => {
      const step = steps[Math.min(state.answered, steps.length - 1)] ?? first;
      const result = await step.run({ request, requestId });
      if (result?.response === undefined) return undefined;
      state.answered += 1;
      return result.response;
    });
    this.state = state;
  }

  // msw calls reset() when handlers are reset, so a revisited story or the next test starts at step one.
  protected override reset(): void {
    super.reset();
    this.state.answered = 0;
  }
}
