import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * A full garbage collection on demand. Writing a 100,000-row sheet with exceljs leaves a few
 * hundred MB of dead cell objects that V8, seeing a large machine, would let pile up before
 * collecting; the live data is under 100 MB. Writers call this every few tens of thousands of rows
 * to keep the peak near the live size. `--expose-gc` set at run time installs `gc` in contexts
 * created afterwards, hence the new context.
 */
let collect: (() => void) | undefined;

export function collectGarbage(): void {
  if (!collect) {
    setFlagsFromString('--expose-gc');
    collect = runInNewContext('gc') as () => void;
  }
  collect();
}
