// The self-check's dialog: one line a check (passed or not, and what was seen when not), then the report as JSON
// in a box, with a button that copies it. Every piece of text is escaped; the JSON too.
import { escapeHtml } from '../i18n/html';
import type { Lang } from '../i18n/i18n';
import { type SelfCheckKey, selfCheckMessage } from '../i18n/selfCheckMessages';
import type { SelfCheckReport } from './selfCheck';

export function selfCheckPage(report: SelfCheckReport, lang: Lang): string {
  const say = (key: SelfCheckKey, params?: Record<string, string | number>) =>
    escapeHtml(selfCheckMessage(lang, key, params));
  const rows = report.checks.map((result) => {
    const label = say(`selfCheck.check.${result.name}`);
    const mark = result.ok
      ? `<td class="ok">✓ ${say('selfCheck.ok')}</td>`
      : `<td class="bad">✗ ${say('selfCheck.failed')}</td>`;
    const detail = result.ok
      ? ''
      : `<tr class="detail"><td colspan="2">${say('selfCheck.observed')} <code>${escapeHtml(
          JSON.stringify(result.observed),
        )}</code><br>${say('selfCheck.expected')} <code>${escapeHtml(JSON.stringify(result.expected))}</code></td></tr>`;
    return `<tr><td>${label}</td>${mark}</tr>${detail}`;
  });
  const total = report.checks.length;
  return [
    '<!DOCTYPE html><html><head><base target="_top"><meta charset="utf-8"><style>',
    'body{font:13px/1.45 Arial,"Sarabun",sans-serif;color:#202124;margin:0 4px}',
    'table{border-collapse:collapse;width:100%}td{padding:3px 6px;border-bottom:1px solid #eee;vertical-align:top}',
    '.ok{color:#137333;white-space:nowrap}.bad{color:#c5221f;font-weight:bold;white-space:nowrap}',
    '.detail td{font-size:12px;color:#5f6368}code{word-break:break-all}',
    'textarea{width:100%;height:140px;font:11px monospace;box-sizing:border-box}',
    'button{margin-top:6px;padding:6px 14px}</style></head><body>',
    `<p>${say('selfCheck.intro')}</p>`,
    `<p><b>${say(report.failed === 0 ? 'selfCheck.allPassed' : 'selfCheck.someFailed', {
      passed: report.passed,
      total,
      failed: report.failed,
    })}</b></p>`,
    `<table>${rows.join('')}</table>`,
    `<p>${say('selfCheck.report')}</p>`,
    `<textarea id="report" readonly>${escapeHtml(JSON.stringify(report, null, 2))}</textarea>`,
    `<button id="copy" type="button">${say('selfCheck.copy')}</button>`,
    // Copy by selection: the dialog's frame may not be allowed the asynchronous clipboard API.
    '<script>document.getElementById("copy").addEventListener("click",function(){',
    'var box=document.getElementById("report");box.focus();box.select();',
    'try{document.execCommand("copy")}catch(e){}});</script>',
    '</body></html>',
  ].join('');
}
