import { avatar, badge, button, euros, icons, stat, tabs, type Tone } from './ui';
import { screen, type ModuleScreens } from './shell';

const sections = [{ label: 'Pipeline' }, { label: 'Contacts', count: '1,284' }, { label: 'Companies', count: 412 }, { label: 'Activities' }, { label: 'Reports' }];

interface Deal {
  name: string;
  company: string;
  value: number;
  closes: string;
  owner: string;
  tag?: [string, Tone];
}

const stages: { name: string; probability: number; deals: Deal[] }[] = [
  {
    name: 'Lead',
    probability: 10,
    deals: [
      { name: 'Online booking for 6 clinics', company: 'Alder Physiotherapy', value: 14_400, closes: '12 Dec', owner: 'Jonas Weber' },
      { name: 'Front-desk pilot', company: 'Brightsmile Dental', value: 3_600, closes: '19 Dec', owner: 'Aisha Khan' },
      { name: 'Group scheduling', company: 'Vitalis Fitness', value: 9_800, closes: '8 Jan', owner: 'Maya Fischer' },
      { name: 'Replace paper diary', company: 'Osteo Mitte', value: 2_400, closes: '15 Jan', owner: 'Jonas Weber' },
      { name: 'Multi-site rollout', company: 'Lindqvist Vet Care', value: 21_000, closes: '30 Jan', owner: 'Aisha Khan' },
    ],
  },
  {
    name: 'Qualified',
    probability: 25,
    deals: [
      { name: '40 seats, annual', company: 'Harbor Dental Group', value: 28_800, closes: '5 Dec', owner: 'Maya Fischer', tag: ['Hot', 'danger'] },
      { name: 'Reminders by SMS', company: 'Praxis am Park', value: 4_200, closes: '11 Dec', owner: 'Luca Romano' },
      { name: 'Therapist calendars', company: 'Calmwater Therapy', value: 7_500, closes: '18 Dec', owner: 'Jonas Weber' },
      { name: 'Class bookings', company: 'Studio Nord Yoga', value: 3_900, closes: '22 Dec', owner: 'Aisha Khan' },
    ],
  },
  {
    name: 'Proposal',
    probability: 50,
    deals: [
      { name: 'Hospital outpatients', company: 'St. Elin Clinics', value: 46_000, closes: '28 Nov', owner: 'Maya Fischer', tag: ['Enterprise', 'primary'] },
      { name: 'Upgrade to Scale', company: 'Meadow Vets', value: 12_600, closes: '2 Dec', owner: 'Luca Romano' },
      { name: 'Online payments add-on', company: 'Kinetic Sports Lab', value: 5_400, closes: '9 Dec', owner: 'Jonas Weber' },
    ],
  },
  {
    name: 'Negotiation',
    probability: 75,
    deals: [
      { name: '3-year agreement', company: 'Nordic Eye Centre', value: 38_500, closes: '27 Nov', owner: 'Aisha Khan', tag: ['Legal review', 'warning'] },
      { name: '12 practices', company: 'Greenleaf Pharmacy', value: 17_280, closes: '1 Dec', owner: 'Maya Fischer' },
      { name: 'Renewal + 15 seats', company: 'Riverside Podiatry', value: 8_100, closes: '3 Dec', owner: 'Luca Romano' },
    ],
  },
  {
    name: 'Won',
    probability: 100,
    deals: [
      { name: 'Annual plan, 25 seats', company: 'Bergmann Dermatology', value: 18_000, closes: '18 Nov', owner: 'Jonas Weber', tag: ['Signed', 'success'] },
      { name: 'Clinic onboarding', company: 'Coastal Chiropractic', value: 6_300, closes: '14 Nov', owner: 'Aisha Khan', tag: ['Signed', 'success'] },
      { name: 'Starter to Growth', company: 'Little Oaks Paediatrics', value: 4_800, closes: '6 Nov', owner: 'Maya Fischer', tag: ['Signed', 'success'] },
    ],
  },
];

const stageColors = ['#8a91a5', '#0369a1', '#4f46e5', '#b45309', '#12805c'];

function dealCard(deal: Deal): string {
  return `<div class="deal">
    <div class="deal-top"><b>${deal.name}</b>${deal.tag ? badge(deal.tag[0], deal.tag[1]) : ''}</div>
    <div class="muted">${deal.company}</div>
    <div class="deal-foot"><span class="deal-value">${euros(deal.value)}</span><span class="deal-date">${icons.calendar}${deal.closes}</span>${avatar(deal.owner, 22)}</div>
  </div>`;
}

function pipeline(): string {
  const open = stages.slice(0, 4).flatMap((stage) => stage.deals.map((deal) => ({ deal, probability: stage.probability })));
  const openValue = open.reduce((sum, { deal }) => sum + deal.value, 0);
  const weighted = open.reduce((sum, { deal, probability }) => sum + (deal.value * probability) / 100, 0);
  const columns = stages
    .map((stage, index) => {
      const total = stage.deals.reduce((sum, deal) => sum + deal.value, 0);
      return `<section class="column">
        <header><span class="stage-dot" style="background:${stageColors[index]}"></span><b>${stage.name}</b><span class="count">${stage.deals.length}</span><span class="total">${euros(total)}</span></header>
        <div class="probability"><span style="width:${Math.max(stage.probability, 3)}%;background:${stageColors[index]}"></span></div>
        ${stage.deals.map(dealCard).join('')}
      </section>`;
    })
    .join('');
  return screen({
    module: 'crm',
    sections,
    currentSection: 'Pipeline',
    title: 'Sales pipeline',
    subtitle: 'Deals closing this quarter · Q4 2026',
    actions: `<span class="chip">${icons.filter}All owners</span>${button(`${icons.plus}Add deal`, 'primary')}`,
    body: `<div class="stats">
        ${stat('Open pipeline', euros(openValue), `${open.length} open deals`)}
        ${stat('Weighted forecast', euros(Math.round(weighted)), 'by stage probability')}
        ${stat('Won this month', euros(29_100), '▲ 18% on October', 'success')}
        ${stat('Win rate', '31%', 'last 90 days')}
      </div>
      <div class="board">${columns}</div>`,
    css: `
      .board { display: grid; grid-template-columns: repeat(5, 1fr); gap: 10px; min-height: 0; flex: 1; }
      .column { background: #eef0f5; border-radius: 10px; padding: 10px 8px; display: flex; flex-direction: column; gap: 8px; overflow: hidden; }
      .column header { display: flex; align-items: center; gap: 6px; padding: 0 4px; }
      .stage-dot { width: 8px; height: 8px; border-radius: 50%; }
      .count { font-size: 11px; font-weight: 700; color: var(--color-muted); background: #fff; border-radius: 999px; padding: 0 6px; }
      .total { margin-left: auto; font-weight: 700; color: var(--color-muted); font-size: 12px; }
      .probability { height: 3px; border-radius: 2px; background: #dfe2ea; margin: 0 4px 2px; }
      .probability span { display: block; height: 3px; border-radius: 2px; }
      .deal { background: #fff; border: 1px solid var(--color-border); border-radius: 8px; padding: 9px 10px; box-shadow: var(--shadow-sm); display: grid; gap: 2px; }
      .deal-top { display: flex; justify-content: space-between; align-items: flex-start; gap: 6px; }
      .deal-top b { font-weight: 600; font-size: 12.5px; line-height: 1.3; }
      .deal-top .badge { font-size: 10.5px; padding: 0 6px; }
      .deal .muted { font-size: 12px; }
      .deal-foot { display: flex; align-items: center; gap: 8px; margin-top: 5px; }
      .deal-value { font-weight: 700; }
      .deal-date { display: inline-flex; align-items: center; gap: 3px; color: var(--color-muted); font-size: 11.5px; margin-right: auto; }
    `,
  });
}

const contactRows: { name: string; email: string; title: string; company: string; owner: string; stage: [string, Tone]; last: string; value: number | null }[] = [
  { name: 'Sofia Lindqvist', email: 'sofia@lindqvistvet.se', title: 'Practice Manager', company: 'Lindqvist Vet Care', owner: 'Aisha Khan', stage: ['Lead', 'neutral'], last: 'Call · today, 10:42', value: 21_000 },
  { name: 'Daniel Okafor', email: 'd.okafor@harbordental.ie', title: 'Operations Director', company: 'Harbor Dental Group', owner: 'Maya Fischer', stage: ['Qualified', 'accent'], last: 'Email · today, 09:15', value: 28_800 },
  { name: 'Dr. Hanna Berg', email: 'hanna.berg@stelin.se', title: 'Head of Outpatients', company: 'St. Elin Clinics', owner: 'Maya Fischer', stage: ['Proposal', 'primary'], last: 'Meeting · yesterday', value: 46_000 },
  { name: 'Marco Bianchi', email: 'marco@kineticlab.it', title: 'Founder', company: 'Kinetic Sports Lab', owner: 'Jonas Weber', stage: ['Proposal', 'primary'], last: 'Note · yesterday', value: 5_400 },
  { name: 'Emma Nielsen', email: 'emma.nielsen@nordiceye.dk', title: 'CFO', company: 'Nordic Eye Centre', owner: 'Aisha Khan', stage: ['Negotiation', 'warning'], last: 'Email · 2 days ago', value: 38_500 },
  { name: 'Tom Gallagher', email: 'tom@greenleafpharmacy.co.uk', title: 'IT Lead', company: 'Greenleaf Pharmacy', owner: 'Maya Fischer', stage: ['Negotiation', 'warning'], last: 'Call · 2 days ago', value: 17_280 },
  { name: 'Julia Brandt', email: 'j.brandt@bergmann-derma.de', title: 'Clinic Owner', company: 'Bergmann Dermatology', owner: 'Jonas Weber', stage: ['Customer', 'success'], last: 'Meeting · 4 days ago', value: 18_000 },
  { name: 'Priya Shah', email: 'priya@calmwater.co.uk', title: 'Lead Therapist', company: 'Calmwater Therapy', owner: 'Jonas Weber', stage: ['Qualified', 'accent'], last: 'Email · 5 days ago', value: 7_500 },
  { name: 'Lukas Meier', email: 'lukas.meier@praxis-park.de', title: 'Practice Manager', company: 'Praxis am Park', owner: 'Luca Romano', stage: ['Qualified', 'accent'], last: 'Call · last week', value: 4_200 },
  { name: 'Chloé Martin', email: 'chloe@studionord.fr', title: 'Studio Owner', company: 'Studio Nord Yoga', owner: 'Aisha Khan', stage: ['Qualified', 'accent'], last: 'Email · last week', value: 3_900 },
  { name: 'Oliver Hughes', email: 'oliver@coastalchiro.co.uk', title: 'Director', company: 'Coastal Chiropractic', owner: 'Aisha Khan', stage: ['Customer', 'success'], last: 'Note · last week', value: 6_300 },
  { name: 'Anna Kowalska', email: 'a.kowalska@vitalis.pl', title: 'Head of Membership', company: 'Vitalis Fitness', owner: 'Maya Fischer', stage: ['Lead', 'neutral'], last: 'Form · 2 weeks ago', value: 9_800 },
  { name: 'Pieter de Vries', email: 'pieter@meadowvets.nl', title: 'Managing Partner', company: 'Meadow Vets', owner: 'Luca Romano', stage: ['Customer', 'success'], last: 'Meeting · 2 weeks ago', value: 12_600 },
];

function contacts(): string {
  const rows = contactRows
    .map(
      (row, index) => `<tr${index === 1 ? ' class="selected"' : ''}>
        <td><span class="checkbox${index === 1 ? ' checked' : ''}"></span></td>
        <td><div class="person">${avatar(row.name, 30)}<div><b>${row.name}</b><small>${row.email}</small></div></div></td>
        <td><div>${row.company}</div><small class="muted">${row.title}</small></td>
        <td>${badge(row.stage[0], row.stage[1])}</td>
        <td><div class="person">${avatar(row.owner, 22)}<span>${row.owner}</span></div></td>
        <td class="muted">${row.last}</td>
        <td class="num"><b>${row.value === null ? '—' : euros(row.value)}</b></td>
      </tr>`,
    )
    .join('');
  return screen({
    module: 'crm',
    sections,
    currentSection: 'Contacts',
    title: 'Contacts',
    subtitle: '1,284 people at 412 companies',
    actions: `${button('Import CSV')}${button(`${icons.plus}Add contact`, 'primary')}`,
    body: `<div class="toolbar">${tabs([
      { label: 'All contacts', count: '1,284', current: true },
      { label: 'My contacts', count: 312 },
      { label: 'Open deals', count: 19 },
      { label: 'Added this month', count: 46 },
    ])}<div class="filters"><span class="chip">${icons.filter}Owner: anyone</span><span class="chip">Stage: any</span><span class="chip">Tag: any</span></div></div>
      <div class="card table-card"><div class="table-scroll"><table>
        <thead><tr><th style="width:30px"><span class="checkbox"></span></th><th>Name</th><th>Company</th><th>Stage</th><th>Owner</th><th>Last activity</th><th class="num">Open deal value</th></tr></thead>
        <tbody>${rows}</tbody>
      </table></div><div class="table-foot"><span>1 selected · ${button('Assign owner', 'secondary')} ${button('Add tag', 'secondary')}</span><span>1–25 of 1,284</span></div></div>`,
    css: `
      .toolbar .tabs { border-bottom: none; }
      td { padding: 7px 14px; }
      tr.selected td { background: #f6f7ff; }
      .checkbox.checked { background: var(--color-primary); border-color: var(--color-primary); }
    `,
  });
}

export const crmScreens: ModuleScreens = { pipeline, contacts };
