import { join } from 'node:path';
import { UserError } from '../../core/problems.js';
import { packageRoot } from '../../io/package-root.js';
import { runtime } from '../../io/runtime.js';
import { defineCommand } from '../command.js';

/** `scoring page`: a copy of the offline page (dist/scoring.html), for colleagues without the command line. */

/** The page `npm run build` made, in the package's dist/ (bundled or not, from source or not). */
const BUILT_PAGE = join(packageRoot(), 'dist', 'scoring.html');

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
