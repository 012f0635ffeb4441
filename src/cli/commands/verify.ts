import { codeOfMonths, sameCode } from '../../core/month-content.js';
import { problem, UserError } from '../../core/problems.js';
import { runtime } from '../../io/runtime.js';
import { defineCommand } from '../command.js';
import { loadMonths } from '../load-months.js';

/**
 * `scoring verify FILE --code CODE`: is this grid the one the signed paper with that check code was
 * printed from? The code is computed again from what the grid scores; a grid opened and saved again
 * keeps it, any scored change does not (then `diff` shows which cells).
 */

export default defineCommand({
  name: 'verify',

  async plan(given, opts, files) {
    if (files.length !== 1) throw new UserError('diff.twoFiles', {}, 'usage');
    const file = files[0]!;
    const code = opts.code?.trim() ?? '';
    if (code === '') throw new UserError('verify.codeMissing', {}, 'usage');
    // A document made by scoring carries its code in its footer; a grid's is computed from its marks.
    const { documentCode } = await import('../../xlsx/read/document-code.js');
    const printed = await documentCode(file);
    let actual: string;
    let ctx = given;
    if (printed) actual = printed;
    else {
      let loaded: Awaited<ReturnType<typeof loadMonths>>;
      try {
        loaded = await loadMonths(given, [file], { checkClosed: false });
      } catch (err) {
        if (err instanceof UserError && !err.key.startsWith('file.') && err.kind !== 'usage')
          throw new UserError('verify.noCode', { file });
        throw err;
      }
      ctx = loaded.ctx;
      actual = codeOfMonths(loaded.months, ctx.rules, runtime().sha256());
    }
    const same = sameCode(code, actual);
    return {
      problems: same ? [] : [problem('error', 'verify.differs', { file, code, actual }, { file })],
      inputs: files,
      writes: [],
      json: { file, code, actual, same },
      text: same ? [ctx.t('verify.same', { file, code: actual })] : [],
    };
  },
});
