// Baseline (c): exceljs's Workbook.xlsx.readFile alone on each grid, one after another.
import ExcelJS from 'exceljs';

for (const file of process.argv.slice(2)) await new ExcelJS.Workbook().xlsx.readFile(file);
