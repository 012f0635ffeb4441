import { type ReportPeriod, scopeParams } from '../core/report-period.js';
import { type Lang, render } from './messages.js';

/** What a report covers, in words for its labels: "năm", "quý IV", "tháng 11", "kỳ". */
export function scopeText(lang: Lang, scope: ReportPeriod): string {
  const p = scopeParams(scope);
  switch (p.kind) {
    case 'year':
      return render(lang, 'scope.year');
    case 'quarter':
      return render(lang, 'scope.quarter', { quarter: p.quarter });
    case 'month':
      return render(lang, 'scope.month', { month: p.month });
    case 'range':
      return render(lang, 'scope.range');
  }
}
