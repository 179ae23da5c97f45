import { barChart } from './charts';
import { avatar, badge, button, euros, icons, stat, tabs } from './ui';
import { screen, type ModuleScreens } from './shell';

const sections = [{ label: 'Expenses', count: 9 }, { label: 'Bank', count: 14 }, { label: 'Profit and loss' }, { label: 'Categories' }, { label: 'Exports' }];

interface Claim {
  date: string;
  employee: string;
  merchant: string;
  purpose: string;
  category: string;
  /** In euros; `original` when the receipt was in another currency. */
  amount: number;
  original?: string;
  vatRate: number;
  receipt: boolean;
}

const claims: Claim[] = [
  { date: '23 Nov', employee: 'Jonas Weber', merchant: 'Deutsche Bahn', purpose: 'Train Munich → Berlin, sales kick-off', category: 'Travel', amount: 149.9, vatRate: 7, receipt: true },
  { date: '22 Nov', employee: 'Aisha Khan', merchant: 'British Airways', purpose: 'Flight London → Copenhagen, Nordic Eye Centre', category: 'Travel', amount: 244.26, original: '£212.40', vatRate: 0, receipt: true },
  { date: '22 Nov', employee: 'Aisha Khan', merchant: 'Hotel Skt. Petri', purpose: '2 nights in Copenhagen', category: 'Travel', amount: 386, original: 'DKK 2,878', vatRate: 12, receipt: true },
  { date: '21 Nov', employee: 'Elena Petrova', merchant: 'JetBrains', purpose: 'IntelliJ IDEA licence, 1 year', category: 'Software', amount: 169, vatRate: 19, receipt: true },
  { date: '20 Nov', employee: 'Sara Lindberg', merchant: 'Restaurant Nobelhart', purpose: 'Support team dinner, 6 people', category: 'Meals', amount: 312.5, vatRate: 19, receipt: true },
  { date: '19 Nov', employee: 'Mei Chen', merchant: 'Frontend Nation', purpose: 'Conference ticket', category: 'Training', amount: 449, vatRate: 21, receipt: true },
  { date: '18 Nov', employee: 'Luca Romano', merchant: 'Taxi Milano', purpose: 'Taxi to Linate airport', category: 'Travel', amount: 38.5, vatRate: 10, receipt: false },
  { date: '18 Nov', employee: 'Fatima El-Amin', merchant: 'Büroshop24', purpose: 'Printer paper and toner', category: 'Office supplies', amount: 96.37, vatRate: 19, receipt: true },
  { date: '17 Nov', employee: 'Tobias Schmidt', merchant: 'Amazon Business', purpose: 'USB-C dock for home office', category: 'Office supplies', amount: 189.99, vatRate: 19, receipt: false },
];

const categoryColors: Record<string, string> = { Travel: 'primary', Software: 'accent', Meals: 'warning', Training: 'success', 'Office supplies': 'neutral' };

function expenses(): string {
  const total = claims.reduce((sum, claim) => sum + claim.amount, 0);
  const missing = claims.filter((claim) => !claim.receipt).length;
  const rows = claims
    .map((claim) => {
      const vat = claim.amount - claim.amount / (1 + claim.vatRate / 100);
      return `<tr>
        <td><span class="checkbox"></span></td>
        <td class="muted">${claim.date}</td>
        <td><div class="person">${avatar(claim.employee, 26)}<span>${claim.employee}</span></div></td>
        <td><b class="merchant">${claim.merchant}</b><small class="muted block">${claim.purpose}</small></td>
        <td>${badge(claim.category, categoryColors[claim.category] as 'neutral')}</td>
        <td>${claim.receipt ? `<span class="receipt">${icons.receipt}</span>` : badge('Missing', 'danger')}</td>
        <td class="num muted">${claim.vatRate === 0 ? '—' : euros(vat, 2)}</td>
        <td class="num"><b>${euros(claim.amount, 2)}</b>${claim.original ? `<small class="muted block">${claim.original}</small>` : ''}</td>
        <td><div class="row-actions"><span class="icon-button reject" title="Reject">✕</span><span class="icon-button approve" title="Approve">${icons.check}</span></div></td>
      </tr>`;
    })
    .join('');
  return screen({
    module: 'finance',
    sections,
    currentSection: 'Expenses',
    title: 'Expenses',
    subtitle: 'Claims from your team, November 2026',
    actions: `${button('Export CSV')}${button(`${icons.plus}New expense`, 'primary')}`,
    body: `<div class="stats">
        ${stat('Waiting for approval', euros(total, 2), `${claims.length} claims`)}
        ${stat('Approved, to pay', euros(1_926.15, 2), '6 claims · paid on 30 Nov')}
        ${stat('Paid in November', euros(8_214.9, 2), '▼ 6% on October', 'success')}
        ${stat('Receipts missing', String(missing), 'reminders sent', 'danger')}
      </div>
      <div class="toolbar">${tabs([
        { label: 'To approve', count: claims.length, current: true },
        { label: 'Approved', count: 6 },
        { label: 'Paid', count: 87 },
        { label: 'Rejected', count: 2 },
      ])}<div class="filters"><span class="chip">${icons.filter}Category: all</span><span class="chip">Team: all</span></div></div>
      <div class="card table-card"><div class="table-scroll"><table>
        <thead><tr><th style="width:30px"><span class="checkbox"></span></th><th>Date</th><th>Employee</th><th>Merchant</th><th>Category</th><th>Receipt</th><th class="num">VAT</th><th class="num">Amount</th><th></th></tr></thead>
        <tbody>${rows}</tbody>
      </table></div></div>`,
    css: `
      .toolbar .tabs { border-bottom: none; }
      td { padding: 6px 12px; } th { padding: 9px 12px; }
      .block { display: block; font-size: 11.5px; }
      .merchant { font-weight: 600; }
      .receipt { color: var(--color-success); display: inline-flex; }
      .row-actions { display: flex; gap: 6px; justify-content: flex-end; }
      .icon-button { display: inline-grid; place-items: center; width: 26px; height: 26px; border-radius: 6px; border: 1px solid var(--color-border-strong); background: #fff; color: var(--color-muted); font-size: 12px; }
      .icon-button.approve { background: var(--color-primary); border-color: var(--color-primary); color: #fff; }
    `,
  });
}

/** Monthly figures in euros: July, August, September, then the whole previous quarter. */
type Line = [label: string, jul: number, aug: number, sep: number, previousQuarter: number];

const revenue: Line[] = [
  ['Subscriptions', 142_300, 148_900, 156_200, 402_600],
  ['Onboarding services', 18_400, 12_600, 21_800, 47_900],
];
const costOfSales: Line[] = [
  ['Hosting and infrastructure', 11_200, 11_650, 12_100, 31_800],
  ['Payment fees', 3_900, 4_050, 4_320, 11_200],
];
const operating: Line[] = [
  ['Salaries and benefits', 98_500, 98_500, 104_200, 276_400],
  ['Rent and office', 9_800, 9_800, 9_800, 29_400],
  ['Software', 6_240, 6_310, 6_480, 18_150],
  ['Travel', 4_120, 2_860, 5_930, 11_020],
  ['Marketing', 12_500, 9_800, 14_200, 31_600],
  ['Training', 1_200, 600, 2_450, 3_100],
];

const sum = (lines: Line[], column: 1 | 2 | 3 | 4) => lines.reduce((total, line) => total + line[column], 0);
const columns = [1, 2, 3] as const;

function totalLine(label: string, lines: Line[]): Line {
  return [label, sum(lines, 1), sum(lines, 2), sum(lines, 3), sum(lines, 4)];
}

function difference(label: string, plus: Line, minus: Line): Line {
  return [label, plus[1] - minus[1], plus[2] - minus[2], plus[3] - minus[3], plus[4] - minus[4]];
}

function row(line: Line, kind: 'item' | 'total' | 'result' = 'item', costs = false): string {
  const quarter = line[1] + line[2] + line[3];
  const change = ((quarter - line[4]) / Math.abs(line[4])) * 100;
  // Costs that grow are bad news; revenue and profit that grow are good news.
  const good = costs ? change <= 0 : change >= 0;
  const changeCell = Math.abs(change) < 0.05 ? '<td class="num muted">0.0%</td>' : `<td class="num ${good ? 'tone-success' : 'tone-danger'}">${change > 0 ? '+' : '−'}${Math.abs(change).toFixed(1)}%</td>`;
  return `<tr class="${kind}"><td>${line[0]}</td>${columns.map((column) => `<td class="num">${euros(line[column])}</td>`).join('')}<td class="num quarter">${euros(quarter)}</td><td class="num muted">${euros(line[4])}</td>${changeCell}</tr>`;
}

function profitAndLoss(): string {
  const totalRevenue = totalLine('Total revenue', revenue);
  const totalCostOfSales = totalLine('Total cost of sales', costOfSales);
  const grossProfit = difference('Gross profit', totalRevenue, totalCostOfSales);
  const totalOperating = totalLine('Total operating expenses', operating);
  const netProfit = difference('Net profit', grossProfit, totalOperating);
  const quarter = (line: Line) => line[1] + line[2] + line[3];
  const heading = (label: string) => `<tr class="heading"><td colspan="7">${label}</td></tr>`;

  // April to June add up to Q2's net profit, so the chart and the table agree.
  const netByMonth = [11_900, 12_430, netProfit[4] - 11_900 - 12_430, ...columns.map((column) => netProfit[column])];
  const chart = barChart(
    { width: 292, height: 200, labels: ['Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep'], format: (value) => `€${Math.round(value / 1000)}k` },
    [{ name: 'Net profit', color: '#4f46e5', values: netByMonth }],
  );
  const margin = (quarter(grossProfit) / quarter(totalRevenue)) * 100;
  const largestChanges = [...revenue.map((line) => ({ line, costs: false })), ...costOfSales.map((line) => ({ line, costs: true })), ...operating.map((line) => ({ line, costs: true }))]
    .map(({ line, costs }) => ({ label: line[0], change: quarter(line) - line[4], costs }))
    .sort((a, b) => Math.abs(b.change) - Math.abs(a.change))
    .slice(0, 4)
    .map(({ label, change, costs }) => {
      const good = costs ? change <= 0 : change >= 0;
      return `<div><span>${label}</span><b class="${good ? 'tone-success' : 'tone-danger'}">${change >= 0 ? '+' : '−'}${euros(Math.abs(change))}</b></div>`;
    });

  return screen({
    module: 'finance',
    sections,
    currentSection: 'Profit and loss',
    title: 'Profit and loss',
    subtitle: 'Q3 2026 · 1 July – 30 September · compared with Q2',
    actions: `<span class="chip">${icons.calendar}Q3 2026</span><span class="chip">Compare: previous quarter</span>${button('Export for accountant', 'primary')}`,
    body: `<div class="stats">
        ${stat('Revenue', euros(quarter(totalRevenue)), `+${((quarter(totalRevenue) / totalRevenue[4] - 1) * 100).toFixed(1)}% on Q2`, 'success')}
        ${stat('Gross margin', `${margin.toFixed(1)}%`, 'after hosting and fees')}
        ${stat('Operating expenses', euros(quarter(totalOperating)), `+${((quarter(totalOperating) / totalOperating[4] - 1) * 100).toFixed(1)}% on Q2`, 'danger')}
        ${stat('Net profit', euros(quarter(netProfit)), `${((quarter(netProfit) / quarter(totalRevenue)) * 100).toFixed(1)}% of revenue`, 'success')}
      </div>
      <div class="split">
        <div class="card pl"><table>
          <thead><tr><th></th><th class="num">Jul</th><th class="num">Aug</th><th class="num">Sep</th><th class="num">Q3 2026</th><th class="num">Q2 2026</th><th class="num">Change</th></tr></thead>
          <tbody>
            ${heading('Revenue')}${revenue.map((line) => row(line)).join('')}${row(totalRevenue, 'total')}
            ${heading('Cost of sales')}${costOfSales.map((line) => row(line, 'item', true)).join('')}
            ${row(grossProfit, 'result')}
            ${heading('Operating expenses')}${operating.map((line) => row(line, 'item', true)).join('')}${row(totalOperating, 'total', true)}
            ${row(netProfit, 'result')}
          </tbody>
        </table></div>
        <div class="side">
          <div class="card"><div class="card-title">Net profit by month <small>Apr – Sep</small></div><div class="chart">${chart}</div></div>
          <div class="card"><div class="card-title">Largest changes <small>vs Q2</small></div>
            <div class="changes">${largestChanges.join('')}</div>
          </div>
        </div>
      </div>`,
    css: `
      .split { display: grid; grid-template-columns: 1fr 318px; gap: 12px; min-height: 0; }
      .pl { overflow: hidden; }
      .pl td { padding: 4px 12px; font-size: 12.5px; }
      .pl th { padding: 7px 12px; }
      .pl tr.heading td { font-weight: 700; font-size: 11px; text-transform: uppercase; letter-spacing: 0.05em; color: var(--color-subtle); padding-top: 8px; border-bottom: none; }
      .pl tr.item td:first-child { padding-left: 24px; }
      .pl tr.total td { font-weight: 700; border-top: 1px solid var(--color-border); }
      .pl tr.result td { font-weight: 700; background: var(--color-primary-soft); color: var(--color-primary); }
      .pl td.quarter { font-weight: 600; background: #fafbfd; }
      .pl tr.result td.quarter { background: #e3e6ff; }
      .side { display: flex; flex-direction: column; gap: 12px; }
      .chart { padding: 10px 12px 6px; }
      .changes { padding: 6px 16px 10px; display: grid; gap: 6px; }
      .changes div { display: flex; justify-content: space-between; }
    `,
  });
}

export const financeScreens: ModuleScreens = { expenses, 'profit-and-loss': profitAndLoss };
