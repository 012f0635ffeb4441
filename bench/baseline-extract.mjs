// Baseline (b): the least any reader must do. Unzips each grid with fflate and streams its first
// sheet through saxes, keeping only the non-empty day cells (columns E–AI); no scoring, no output.
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import saxes from 'saxes';

const DAY_FIRST = 5;
const DAY_LAST = 35;

function columnOf(ref) {
  let col = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c < 65) break;
    col = col * 26 + (c - 64);
  }
  return col;
}

function sharedStrings(xml) {
  const out = [];
  if (!xml) return out;
  const parser = new saxes.SaxesParser({ position: false });
  let current = null;
  let inText = false;
  parser.on('opentag', (tag) => {
    if (tag.name === 'si') current = '';
    else if (tag.name === 't') inText = true;
  });
  parser.on('text', (text) => {
    if (inText && current !== null) current += text;
  });
  parser.on('closetag', (tag) => {
    if (tag.name === 't') inText = false;
    else if (tag.name === 'si') {
      out.push(current);
      current = null;
    }
  });
  parser.write(xml).close();
  return out;
}

function dayCells(xml, strings) {
  const cells = [];
  const parser = new saxes.SaxesParser({ position: false });
  let ref = null;
  let type = null;
  let value = '';
  let inValue = false;
  parser.on('opentag', (tag) => {
    if (tag.name === 'c') {
      ref = tag.attributes.r;
      type = tag.attributes.t;
      value = '';
    } else if (tag.name === 'v' || tag.name === 't') inValue = true;
  });
  parser.on('text', (text) => {
    if (inValue) value += text;
  });
  parser.on('closetag', (tag) => {
    if (tag.name === 'v' || tag.name === 't') inValue = false;
    else if (tag.name === 'c') {
      const col = columnOf(ref);
      if (col >= DAY_FIRST && col <= DAY_LAST && value !== '') cells.push([ref, type === 's' ? strings[Number(value)] : value]);
    }
  });
  parser.write(xml).close();
  return cells;
}

let total = 0;
for (const file of process.argv.slice(2)) {
  const parts = unzipSync(readFileSync(file), {
    filter: (f) => f.name === 'xl/sharedStrings.xml' || f.name === 'xl/worksheets/sheet1.xml',
  });
  const strings = sharedStrings(parts['xl/sharedStrings.xml'] && strFromU8(parts['xl/sharedStrings.xml']));
  total += dayCells(strFromU8(parts['xl/worksheets/sheet1.xml']), strings).length;
}
console.log(total);
