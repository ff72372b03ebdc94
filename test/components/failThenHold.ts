import { http } from 'msw';
import { server } from '../mswServer';

/**
 * Answers the first GET to `path` with `failure`, and holds every later one until `release()`, then
 * answers `success`: a test can look at the retry while it is under way.
 */
export function failThenHold(path: string, failure: () => Response, success: () => Response) {
  const answers = { calls: 0, release: () => {} };
  const gate = new Promise<void>((resolve) => {
    answers.release = resolve;
  });
  server.use(
    http.get(path, async () => {
      answers.calls += 1;
      if (answers.calls === 1) return failure();
      await gate;
      return success();
    }),
  );
  return answers;
}
