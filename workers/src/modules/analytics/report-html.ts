import type { AnalyticsReportSummary } from '@atrium/workflows';

const escape = (text: string) => text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!);

export const reportSubject = (summary: AnalyticsReportSummary) => `${summary.dashboardName}: ${summary.period.label}`;

/** The mail's inline summary: one table row per figure, inline styles only (mail clients drop style sheets). */
export function reportHtml(summary: AnalyticsReportSummary): string {
  const cell = 'padding:6px 10px;border-bottom:1px solid #d1d9e0;text-align:';
  const rows = summary.lines
    .map((line) => {
      const parts = line.breakdown.map((part) => `<br><span style="color:#59636e">${escape(part.label)}: ${escape(part.value)}</span>`).join('');
      return `<tr><td style="${cell}left">${escape(line.label)}${parts}</td><td style="${cell}right"><strong>${escape(line.note ?? line.value)}</strong></td><td style="${cell}right">${escape(line.previous ?? '—')}</td><td style="${cell}right">${escape(line.change ?? '—')}</td></tr>`;
    })
    .join('');
  return `<div style="font-family:system-ui,sans-serif;color:#1f2328">
<h1 style="font-size:18px">${escape(summary.dashboardName)} — ${escape(summary.period.label)}</h1>
<p>${escape(summary.companyName)}: ${escape(summary.period.from)} to ${escape(summary.period.to)}, against the period before. The PDF is attached.</p>
<table style="border-collapse:collapse;font-size:14px"><thead><tr><th style="${cell}left">Figure</th><th style="${cell}right">This period</th><th style="${cell}right">Period before</th><th style="${cell}right">Change</th></tr></thead><tbody>${rows}</tbody></table>
<p>Open Analytics in Atrium to see the dashboard's charts.</p></div>`;
}

export function reportText(summary: AnalyticsReportSummary): string {
  const lines = summary.lines.map((line) => `${line.label}: ${line.note ?? line.value} (before: ${line.previous ?? '—'}, change: ${line.change ?? '—'})`);
  return [`${summary.dashboardName} — ${summary.period.label} (${summary.period.from} to ${summary.period.to})`, '', ...lines, '', 'Open Analytics in Atrium to see the dashboard’s charts.'].join('\n');
}
