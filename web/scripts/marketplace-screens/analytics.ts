import { barChart, donut, lineChart, seededSeries, sparkline } from './charts';
import { badge, button, euros, icons, type Tone } from './ui';
import { screen, type ModuleScreens } from './shell';

const sections = [{ label: 'Overview' }, { label: 'Revenue' }, { label: 'Team activity' }, { label: 'My dashboards', count: 4 }, { label: 'Scheduled reports', count: 2 }];

const dateControls = `<span class="chip">${icons.calendar}25 Oct – 23 Nov 2026 ${icons.chevronDown}</span><span class="chip">Compare: previous 30 days</span>`;

function figure(label: string, value: string, change: string, tone: Tone, trend: number[], color: string): string {
  return `<div class="card figure"><div class="stat-label">${label}</div><div class="figure-row"><div class="stat-value">${value}</div>${sparkline(trend, color, 92, 28)}</div><div class="stat-note tone-${tone}">${change}</div></div>`;
}

function overview(): string {
  // 30 days of visitors, with quieter weekends; the first day is a Sunday.
  const weekendDip = (values: number[]) => values.map((value, index) => ([0, 6].includes(index % 7) ? Math.round(value * 0.62) : value));
  const visitors = weekendDip(seededSeries(7, 30, 560, 4, 90));
  const previous = weekendDip(seededSeries(11, 30, 520, 1, 80));
  const labels = Array.from({ length: 30 }, (_, index) => {
    const date = new Date(Date.UTC(2026, 9, 25 + index));
    return `${date.getUTCDate()} ${date.toLocaleString('en-GB', { month: 'short', timeZone: 'UTC' })}`;
  });
  const total = visitors.reduce((sum, value) => sum + value, 0);
  const previousTotal = previous.reduce((sum, value) => sum + value, 0);
  const change = ((total / previousTotal - 1) * 100).toFixed(1);

  const channels = ['Search', 'Direct', 'Referral', 'Email', 'Social'];
  const sessionsChart = barChart({ width: 330, height: 176, labels: channels, format: (value) => (value === 0 ? '0' : `${Number((value / 1000).toFixed(1))}k`) }, [
    { name: 'Sessions', color: '#0e7490', values: [11_840, 6_920, 3_410, 2_760, 1_990] },
  ]);
  const pages: [string, number, string, number][] = [
    ['/', 9_812, '0:48', 41],
    ['/pricing', 4_206, '1:52', 28],
    ['/product/online-booking', 3_377, '2:10', 33],
    ['/blog/reduce-no-shows-with-sms', 2_941, '3:34', 62],
    ['/signup', 1_322, '1:41', 12],
  ];
  const maxViews = pages[0]![1];

  return screen({
    module: 'analytics',
    sections,
    currentSection: 'Overview',
    title: 'Overview',
    subtitle: 'kestrel-labs.eu and the Kestrel Booking app · last 30 days',
    actions: `${dateControls}${button(`${icons.clock}Schedule report`)}${button(`${icons.plus}Add widget`, 'primary')}`,
    body: `<div class="figures">
        ${figure('Active users', total.toLocaleString('en-GB'), `▲ ${change}% on previous period`, 'success', visitors, '#4f46e5')}
        ${figure('Sessions', '26,920', '▲ 9.4% on previous period', 'success', seededSeries(3, 20, 800, 6, 120), '#0e7490')}
        ${figure('Trial sign-ups', '312', '▲ 21 on previous period', 'success', seededSeries(5, 20, 9, 0.2, 5), '#12805c')}
        ${figure('Sign-up rate', '1.7%', '▼ 0.1 pt on previous period', 'danger', seededSeries(9, 20, 18, -0.1, 3), '#b45309')}
      </div>
      <div class="row-two">
        <div class="card"><div class="card-title">Active users per day <span class="legend"><i style="background:#4f46e5"></i>This period <i class="dashed"></i>Previous period</span></div>
          <div class="chart">${lineChart({ width: 610, height: 176, labels, labelEvery: 5 }, [
            { name: 'Previous', color: '#a5acc1', values: previous, dashed: true },
            { name: 'Active users', color: '#4f46e5', values: visitors },
          ])}</div>
        </div>
        <div class="card"><div class="card-title">Sessions by channel <small>26,920 in total</small></div><div class="chart">${sessionsChart}</div></div>
      </div>
      <div class="card"><div class="card-title">Top pages <small>by views</small></div>
        <table><thead><tr><th>Page</th><th style="width:38%"></th><th class="num">Views</th><th class="num">Avg. time</th><th class="num">Bounce rate</th></tr></thead>
        <tbody>${pages
          .map(
            ([path, views, time, bounce]) =>
              `<tr><td class="path">${path}</td><td><div class="meter"><span style="width:${((views / maxViews) * 100).toFixed(1)}%"></span></div></td><td class="num"><b>${views.toLocaleString('en-GB')}</b></td><td class="num muted">${time}</td><td class="num muted">${bounce}%</td></tr>`,
          )
          .join('')}</tbody></table>
      </div>`,
    css: analyticsCss,
  });
}

function revenue(): string {
  const months = ['Dec', 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov'];
  // Recurring revenue per month; July to September match the profit and loss screen.
  const existing = [101_200, 104_900, 108_300, 112_000, 118_400, 124_100, 129_700, 134_800, 140_600, 147_300, 153_900, 158_100];
  const added = [3_900, 4_600, 4_100, 6_800, 5_900, 5_800, 6_500, 7_500, 8_300, 8_900, 6_400, 7_300];
  const total = existing.map((value, index) => value + added[index]!);
  const plans = [
    { name: 'Clinic group', value: 78_600, customers: 41, color: '#4f46e5' },
    { name: 'Practice', value: 62_300, customers: 188, color: '#0e7490' },
    { name: 'Solo', value: 24_500, customers: 611, color: '#f59e0b' },
  ];
  const mrr = total.at(-1)!;
  const movements: [string, string, string, number, Tone][] = [
    ['Bergmann Dermatology', 'New · Practice', '25 seats', 1_500, 'success'],
    ['Riverside Podiatry', 'Expansion', '+15 seats', 675, 'success'],
    ['Coastal Chiropractic', 'New · Practice', '9 seats', 525, 'success'],
    ['Little Oaks Paediatrics', 'Upgrade', 'Solo → Practice', 400, 'success'],
    ['Osteo Mitte', 'Churned', 'Solo · moved to paper diary', -190, 'danger'],
  ];

  return screen({
    module: 'analytics',
    sections,
    currentSection: 'Revenue',
    title: 'Revenue',
    subtitle: 'Recurring revenue from Kestrel Booking subscriptions · from Finance and CRM',
    actions: `<span class="chip">${icons.calendar}Last 12 months ${icons.chevronDown}</span>${button(`${icons.clock}Every Monday to 3 people`)}${button(`${icons.plus}Add widget`, 'primary')}`,
    body: `<div class="figures">
        ${figure('Monthly recurring revenue', euros(mrr), `▲ ${(((mrr - total.at(-2)!) / total.at(-2)!) * 100).toFixed(1)}% on October`, 'success', total, '#4f46e5')}
        ${figure('Annual run rate', `€${((mrr * 12) / 1_000_000).toFixed(2)}M`, `▲ ${(((mrr - total[0]!) / total[0]!) * 100).toFixed(0)}% in 12 months`, 'success', total, '#0e7490')}
        ${figure('Net revenue retention', '108%', 'expansion beats churn', 'success', [101, 102, 104, 103, 105, 106, 106, 107, 108], '#12805c')}
        ${figure('Revenue churn', '1.2%', '▲ 0.2 pt on October', 'danger', [1.4, 1.3, 1.1, 1.2, 1, 0.9, 1, 1.1, 1.2], '#c0392b')}
      </div>
      <div class="row-two">
        <div class="card"><div class="card-title">Monthly revenue <span class="legend"><i style="background:#4f46e5"></i>Existing customers <i style="background:#a5b4fc"></i>New and expansion</span></div>
          <div class="chart">${barChart({ width: 610, height: 180, labels: months, format: (value) => `€${Math.round(value / 1000)}k` }, [
            { name: 'Existing', color: '#4f46e5', values: existing },
            { name: 'New and expansion', color: '#a5b4fc', values: added },
          ])}</div>
        </div>
        <div class="card"><div class="card-title">Revenue by plan <small>November</small></div>
          <div class="by-plan">${donut(plans, 128, 20)}<div class="plan-list">${plans
            .map(
              (plan) =>
                `<div><i style="background:${plan.color}"></i><span><b>${plan.name}</b><small>${plan.customers} customers</small></span><b>${euros(plan.value)}</b></div>`,
            )
            .join('')}</div></div>
          <div class="plan-foot"><span class="muted">Average per customer</span><b>${euros(Math.round(mrr / plans.reduce((sum, plan) => sum + plan.customers, 0)))}</b></div>
        </div>
      </div>
      <div class="card"><div class="card-title">Changes in November <small>net ${euros(movements.reduce((sum, row) => sum + row[3], 0))} a month</small></div>
        <table><thead><tr><th>Customer</th><th>Change</th><th>Detail</th><th class="num">Monthly revenue</th></tr></thead>
        <tbody>${movements
          .map(
            ([customer, kind, detail, amount, tone]) =>
              `<tr><td><b>${customer}</b></td><td>${badge(kind, tone === 'danger' ? 'danger' : kind.startsWith('New') ? 'primary' : 'accent')}</td><td class="muted">${detail}</td><td class="num tone-${tone}"><b>${amount > 0 ? '+' : '−'}${euros(Math.abs(amount))}</b></td></tr>`,
          )
          .join('')}</tbody></table>
      </div>`,
    css: analyticsCss,
  });
}

const analyticsCss = `
  .figures { display: grid; grid-template-columns: repeat(4, 1fr); gap: 12px; }
  .figure { padding: 11px 14px; }
  .figure-row { display: flex; justify-content: space-between; align-items: center; }
  .figure .stat-value { font-size: 20px; }
  .row-two { display: grid; grid-template-columns: 1fr 356px; gap: 12px; }
  .chart { padding: 10px 12px 4px; }
  .legend { display: flex; align-items: center; gap: 6px; font-weight: 500; font-size: 12px; color: var(--color-muted); }
  .legend i { display: inline-block; width: 14px; height: 4px; border-radius: 2px; margin-left: 8px; }
  .legend i.dashed { background: repeating-linear-gradient(90deg, #a5acc1 0 4px, transparent 4px 7px); }
  td { padding: 5px 14px; } th { padding: 7px 14px; }
  .plan-foot { display: flex; justify-content: space-between; margin: 4px 18px 0; padding-top: 10px; border-top: 1px solid var(--color-border); }
  .path { font-family: 'DejaVu Sans Mono', monospace; font-size: 12px; }
  .meter { height: 8px; background: #eef0f5; border-radius: 4px; overflow: hidden; }
  .meter span { display: block; height: 100%; background: #818cf8; border-radius: 4px; }
  .by-plan { display: flex; align-items: center; gap: 18px; padding: 18px 18px 10px; }
  .plan-list { flex: 1; display: grid; gap: 12px; }
  .plan-list div { display: flex; align-items: center; gap: 9px; }
  .plan-list i { width: 10px; height: 10px; border-radius: 3px; }
  .plan-list span { flex: 1; display: grid; line-height: 1.25; }
  .plan-list small { color: var(--color-muted); font-size: 11.5px; }
`;

export const analyticsScreens: ModuleScreens = { overview, revenue };
