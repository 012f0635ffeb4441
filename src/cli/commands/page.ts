import { fileURLToPath } from 'node:url';
import { UserError } from '../../core/problems.js';
import { runtime } from '../../io/runtime.js';
import { defineCommand } from '../command.js';

/** `scoring page`: a copy of the offline page (dist/scoring.html), for colleagues without the command line. */

/** The page `npm run build` made: from src/cli/commands and dist/cli/commands alike, the project's dist/. */
const BUILT_PAGE = fileURLToPath(new URL('../../../dist/scoring.html', import.meta.url));

export default defineCommand({
  name: 'page',

  async plan(ctx, opts) {
    if (!/\.html?$/iu.test(opts.output)) throw new UserError('usage.notHtmlOutput', { file: opts.output }, 'usage');
    const page = await runtime()
      .readInput(BUILT_PAGE)
      .catch(() => {
        throw new UserError('page.notBuilt', { file: BUILT_PAGE });
      });
    return {
      problems: [],
      inputs: [],
      writes: [
        { path: opts.output, write: () => runtime().writeOutput(opts.output, page), said: ctx.t('cli.wrotePage', { file: opts.output }) },
      ],
      json: { written: opts.output, bytes: page.length },
      text: [],
      silentWhenClean: true,
    };
  },
});
