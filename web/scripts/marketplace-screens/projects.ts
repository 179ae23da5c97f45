import { avatar, badge, button, icons, tabs, type Tone } from './ui';
import { screen, type ModuleScreens } from './shell';

const sections = [{ label: 'All projects', count: 8 }, { label: 'My tasks', count: 11 }, { label: 'Timeline' }, { label: 'Templates' }, { label: 'Time tracking' }];

interface Task {
  title: string;
  owner: string;
  due?: string;
  tags?: [string, Tone][];
  checklist?: [done: number, total: number];
  comments?: number;
  files?: number;
  late?: boolean;
}

/** A client project started from the default "Client project" template. */
const board: { name: string; tasks: Task[] }[] = [
  {
    name: 'To do',
    tasks: [
      { title: 'Train reception staff (2 sessions)', owner: 'Hugo Laurent', due: '4 Dec', tags: [['Training', 'accent']], checklist: [0, 4] },
      { title: 'Review with the client', owner: 'Maya Fischer', due: '11 Dec', tags: [['Milestone', 'primary']] },
      { title: 'Hand-over and invoice', owner: 'Fatima El-Amin', due: '18 Dec', tags: [['Milestone', 'primary']] },
      { title: 'Switch off the old booking system', owner: 'Tobias Schmidt', due: '18 Dec' },
    ],
  },
  {
    name: 'In progress',
    tasks: [
      { title: 'First delivery: calendars for 25 practitioners', owner: 'Tobias Schmidt', due: '27 Nov', tags: [['Milestone', 'primary']], checklist: [17, 25], comments: 6 },
      { title: 'SMS reminders 24 h before appointments', owner: 'Mei Chen', due: '28 Nov', checklist: [3, 5], comments: 2 },
      { title: 'Import appointment history 2019–2026', owner: 'Elena Petrova', due: '23 Nov', late: true, comments: 9, files: 2 },
    ],
  },
  {
    name: 'In review',
    tasks: [
      { title: 'Booking page in Bergmann branding', owner: 'Rafael Costa', due: '25 Nov', tags: [['Design', 'warning']], comments: 4, files: 3 },
      { title: 'Data processing agreement', owner: 'Maya Fischer', due: '26 Nov', tags: [['Legal', 'neutral']], files: 1 },
    ],
  },
  {
    name: 'Done',
    tasks: [
      { title: 'Kick-off meeting', owner: 'Maya Fischer', due: '28 Oct', comments: 3 },
      { title: 'Agree scope and milestones', owner: 'Maya Fischer', due: '6 Nov', tags: [['Milestone', 'primary']], files: 1 },
      { title: 'Export patient list from old system', owner: 'Elena Petrova', due: '12 Nov', comments: 1 },
      { title: 'Online payments with Stripe', owner: 'Tobias Schmidt', due: '19 Nov', checklist: [6, 6] },
    ],
  },
];

const columnColors = ['#8a91a5', '#4f46e5', '#b45309', '#12805c'];

function taskCard(task: Task, done: boolean): string {
  const meta = [
    task.due ? `<span class="${task.late ? 'late' : ''}">${icons.calendar}${task.due}</span>` : '',
    task.checklist ? `<span>${icons.check}${task.checklist[0]}/${task.checklist[1]}</span>` : '',
    task.comments ? `<span>${icons.comment}${task.comments}</span>` : '',
    task.files ? `<span>${icons.clip}${task.files}</span>` : '',
  ].join('');
  const progress = task.checklist && !done ? `<div class="bar"><span style="width:${(task.checklist[0] / task.checklist[1]) * 100}%"></span></div>` : '';
  return `<div class="task${done ? ' done' : ''}">
    ${task.tags ? `<div class="task-tags">${task.tags.map(([label, tone]) => badge(label, tone)).join('')}${task.late ? badge('Overdue', 'danger') : ''}</div>` : task.late ? `<div class="task-tags">${badge('Overdue', 'danger')}</div>` : ''}
    <b>${task.title}</b>
    ${progress}
    <div class="task-meta">${meta}${avatar(task.owner, 22)}</div>
  </div>`;
}

function projectBoard(): string {
  const total = board.reduce((sum, column) => sum + column.tasks.length, 0);
  const done = board.at(-1)?.tasks.length ?? 0;
  const columns = board
    .map(
      (column, index) => `<section class="column">
        <header><span class="dot" style="background:${columnColors[index]}"></span><b>${column.name}</b><span class="count">${column.tasks.length}</span><span class="add">${icons.plus}</span></header>
        ${column.tasks.map((task) => taskCard(task, index === board.length - 1)).join('')}
      </section>`,
    )
    .join('');
  const team = ['Maya Fischer', 'Tobias Schmidt', 'Mei Chen', 'Elena Petrova', 'Rafael Costa', 'Hugo Laurent'];
  return screen({
    module: 'projects',
    sections,
    currentSection: 'All projects',
    title: 'Bergmann Dermatology onboarding',
    subtitle: 'Client project · 26 Oct – 18 Dec 2026 · go-live on 8 December',
    actions: `<span class="team">${team.map((name) => avatar(name, 28)).join('')}<span class="guest">+1 guest</span></span>${button('Share')}${button(`${icons.plus}Add task`, 'primary')}`,
    body: `<div class="project-bar">${tabs([
      { label: 'Board', current: true },
      { label: 'Timeline' },
      { label: 'Files', count: 14 },
      { label: 'Time', count: '86 h' },
    ])}<div class="progress"><span class="muted">${done} of ${total} tasks done</span><div class="bar wide"><span style="width:${(done / total) * 100}%"></span></div>${badge('On track', 'success')}</div></div>
      <div class="board">${columns}</div>`,
    css: `
      .team { display: flex; align-items: center; margin-right: 8px; }
      .team .avatar { margin-left: -7px; border: 2px solid #fff; }
      .guest { margin-left: 8px; color: var(--color-muted); font-weight: 600; font-size: 12px; }
      .project-bar { display: flex; justify-content: space-between; align-items: center; border-bottom: 1px solid var(--color-border); }
      .project-bar .tabs { border-bottom: none; }
      .progress { display: flex; align-items: center; gap: 10px; }
      .bar { height: 5px; border-radius: 3px; background: #e6e8f0; overflow: hidden; }
      .bar span { display: block; height: 100%; background: var(--color-primary); border-radius: 3px; }
      .bar.wide { width: 160px; }
      .board { display: grid; grid-template-columns: repeat(4, 1fr); gap: 12px; flex: 1; min-height: 0; }
      .column { background: #eef0f5; border-radius: 10px; padding: 10px 9px; display: flex; flex-direction: column; gap: 8px; overflow: hidden; }
      .column header { display: flex; align-items: center; gap: 7px; padding: 0 4px 2px; }
      .dot { width: 8px; height: 8px; border-radius: 50%; }
      .count { font-size: 11px; font-weight: 700; color: var(--color-muted); background: #fff; border-radius: 999px; padding: 0 6px; }
      .add { margin-left: auto; color: var(--color-subtle); display: flex; }
      .task { background: #fff; border: 1px solid var(--color-border); border-radius: 8px; padding: 10px 11px; display: grid; gap: 6px; box-shadow: var(--shadow-sm); }
      .task b { font-weight: 600; font-size: 12.8px; line-height: 1.35; }
      .task.done b { color: var(--color-muted); text-decoration: line-through; text-decoration-color: #c9cedd; }
      .task-tags { display: flex; gap: 4px; }
      .task-tags .badge { font-size: 10.5px; padding: 0 7px; }
      .task-meta { display: flex; align-items: center; gap: 10px; color: var(--color-muted); font-size: 11.5px; }
      .task-meta span { display: inline-flex; align-items: center; gap: 3px; }
      .task-meta .late { color: var(--color-danger); font-weight: 600; }
      .task-meta .avatar { margin-left: auto; }
    `,
  });
}

const day = 86_400_000;
const start = Date.UTC(2026, 9, 5); // Monday 5 October 2026
const end = Date.UTC(2027, 0, 31);
const today = Date.UTC(2026, 10, 24);
const at = (month: number, date: number, year = 2026) => (Date.UTC(year, month - 1, date) - start) / (end - start);

interface Plan {
  name: string;
  owner: string;
  from: [number, number, number?];
  to: [number, number, number?];
  progress: number;
  status: [string, Tone];
  color: string;
  milestones: { label: string; on: [number, number, number?]; done?: boolean }[];
  tentative?: boolean;
}

const plans: Plan[] = [
  { name: 'Kestrel Booking 4.2', owner: 'Elena Petrova', from: [10, 5], to: [12, 11], progress: 72, status: ['On track', 'success'], color: '#4f46e5', milestones: [{ label: 'Beta', on: [11, 13], done: true }, { label: 'Release', on: [12, 11] }] },
  { name: 'Bergmann Dermatology onboarding', owner: 'Maya Fischer', from: [10, 26], to: [12, 18], progress: 31, status: ['On track', 'success'], color: '#0e7490', milestones: [{ label: 'Scope', on: [11, 6], done: true }, { label: 'Go-live', on: [12, 8] }] },
  { name: 'Coastal Chiropractic onboarding', owner: 'Hugo Laurent', from: [11, 16], to: [12, 11], progress: 20, status: ['At risk', 'warning'], color: '#0e7490', milestones: [{ label: 'Go-live', on: [12, 4] }] },
  { name: 'Website relaunch', owner: 'Rafael Costa', from: [11, 2], to: [12, 22], progress: 48, status: ['On track', 'success'], color: '#be185d', milestones: [{ label: 'Launch', on: [12, 15] }] },
  { name: 'Support knowledge base', owner: 'Sara Lindberg', from: [11, 9], to: [12, 18], progress: 40, status: ['On track', 'success'], color: '#7c3aed', milestones: [{ label: '50 articles', on: [12, 18] }] },
  { name: 'SOC 2 Type I audit', owner: 'Fatima El-Amin', from: [10, 19], to: [1, 29, 2027], progress: 35, status: ['Behind', 'danger'], color: '#b45309', milestones: [{ label: 'Policies', on: [11, 20] }, { label: 'Fieldwork', on: [1, 12, 2027] }] },
  { name: 'Harbor Dental rollout', owner: 'Jonas Weber', from: [12, 7], to: [1, 29, 2027], progress: 0, status: ['Planned', 'neutral'], color: '#0e7490', milestones: [{ label: 'Kick-off', on: [12, 7] }], tentative: true },
  { name: 'Q1 sales kick-off', owner: 'Jonas Weber', from: [1, 11, 2027], to: [1, 15, 2027], progress: 0, status: ['Planned', 'neutral'], color: '#12805c', milestones: [], tentative: true },
];

function timeline(): string {
  const pct = (share: number) => `${(share * 100).toFixed(2)}%`;
  const months = [
    ['October', at(10, 5), at(11, 1)],
    ['November', at(11, 1), at(12, 1)],
    ['December', at(12, 1), at(1, 1, 2027)],
    ['January 2027', at(1, 1, 2027), 1],
  ] as const;
  const weeks = Array.from({ length: Math.round((end - start) / (7 * day)) }, (_, index) => start + index * 7 * day);
  const grid = weeks.map((week) => `<span class="week-line" style="left:${pct((week - start) / (end - start))}"></span>`).join('');
  const weekLabels = weeks
    .map((week) => `<span class="week" style="left:${pct((week - start) / (end - start))}">${new Date(week).getUTCDate()}</span>`)
    .join('');
  const rows = plans
    .map((plan) => {
      const left = at(plan.from[0], plan.from[1], plan.from[2]);
      const right = at(plan.to[0], plan.to[1], plan.to[2]) + day / (end - start);
      const milestones = plan.milestones
        .map(
          (milestone) =>
            `<span class="milestone${milestone.done ? ' reached' : ''}" style="left:${pct(at(milestone.on[0], milestone.on[1], milestone.on[2]))};color:${plan.color}"><i></i><em>${milestone.label}</em></span>`,
        )
        .join('');
      return `<div class="plan">
        <div class="plan-name">${avatar(plan.owner, 24)}<div><b>${plan.name}</b><small>${badge(plan.status[0], plan.status[1])} ${plan.progress}% done</small></div></div>
        <div class="lane">${grid}<span class="span${plan.tentative ? ' tentative' : ''}" style="left:${pct(left)};width:${pct(right - left)};--color:${plan.color}"><span class="done" style="width:${plan.progress}%"></span></span>${milestones}</div>
      </div>`;
    })
    .join('');
  return screen({
    module: 'projects',
    sections,
    currentSection: 'Timeline',
    title: 'Timeline',
    subtitle: '8 projects from October to January · 6 milestones in the next 4 weeks',
    actions: `<span class="chip">Weeks</span><span class="chip">${icons.filter}All owners</span>${button(`${icons.plus}New project`, 'primary')}`,
    body: `<div class="card gantt">
        <div class="gantt-head"><div class="plan-name head">Project</div><div class="scale">${months
          .map(([label, from, to]) => `<span class="month" style="left:${pct(from)};width:${pct(to - from)}">${label}</span>`)
          .join('')}${weekLabels}</div></div>
        <div class="rows">${rows}<span class="today" style="left:calc(260px + (100% - 260px) * ${((today - start) / (end - start)).toFixed(4)})"><b>Today</b></span></div>
      </div>
      <div class="legend"><span><i class="swatch"></i>Planned</span><span><i class="swatch filled"></i>Done so far</span><span><i class="diamond"></i>Milestone</span><span><i class="diamond reached"></i>Milestone reached</span></div>`,
    css: `
      .gantt { overflow: hidden; flex: 1; display: flex; flex-direction: column; min-height: 0; }
      .gantt-head { display: flex; border-bottom: 1px solid var(--color-border); background: #fafbfd; height: 52px; }
      .plan-name { width: 260px; flex: none; display: flex; align-items: center; gap: 9px; padding: 0 14px; border-right: 1px solid var(--color-border); }
      .plan-name b { font-weight: 600; display: block; font-size: 12.8px; }
      .plan-name small { color: var(--color-muted); font-size: 11.5px; }
      .plan-name .badge { font-size: 10.5px; padding: 0 6px; }
      .plan-name.head { font-size: 11px; font-weight: 700; color: var(--color-subtle); text-transform: uppercase; letter-spacing: 0.04em; }
      .scale { position: relative; flex: 1; }
      .month { position: absolute; top: 6px; padding-left: 8px; font-weight: 700; font-size: 12px; border-left: 1px solid var(--color-border); height: 20px; }
      .week { position: absolute; top: 30px; font-size: 11px; color: var(--color-subtle); padding-left: 4px; }
      .rows { position: relative; flex: 1; }
      .plan { display: flex; height: 66px; border-bottom: 1px solid #f0f1f6; }
      .lane { position: relative; flex: 1; }
      .week-line { position: absolute; top: 0; bottom: 0; border-left: 1px solid #f2f3f7; }
      .span { position: absolute; top: 18px; height: 16px; border-radius: 8px; background: color-mix(in srgb, var(--color) 22%, white); overflow: hidden; }
      .span .done { display: block; height: 100%; background: var(--color); }
      .span.tentative { background: repeating-linear-gradient(135deg, color-mix(in srgb, var(--color) 14%, white) 0 5px, #fff 5px 10px); border: 1.5px dashed color-mix(in srgb, var(--color) 60%, white); }
      .milestone { position: absolute; top: 16px; transform: translateX(-10px); display: flex; flex-direction: column; align-items: center; width: 20px; }
      .milestone i { width: 13px; height: 13px; background: #fff; border: 2.5px solid; transform: rotate(45deg); margin-top: 2px; }
      .milestone.reached i { background: currentColor; box-shadow: 0 0 0 2px #fff; }
      .milestone em { font-style: normal; font-size: 10.5px; font-weight: 600; color: var(--color-muted); margin-top: 6px; white-space: nowrap; }
      .today { position: absolute; top: 0; bottom: 0; border-left: 2px solid var(--color-danger); }
      .today b { position: absolute; top: -1px; left: -1px; transform: translateX(-50%); background: var(--color-danger); color: #fff; font-size: 10px; padding: 1px 6px; border-radius: 4px; }
      .legend { display: flex; gap: 20px; color: var(--color-muted); font-size: 12px; }
      .legend span { display: flex; align-items: center; gap: 6px; }
      .swatch { width: 22px; height: 10px; border-radius: 5px; background: #dcdaf9; display: inline-block; }
      .swatch.filled { background: var(--color-primary); }
      .diamond { width: 10px; height: 10px; border: 2px solid var(--color-primary); transform: rotate(45deg); display: inline-block; background: #fff; }
      .diamond.reached { background: var(--color-primary); }
    `,
  });
}

export const projectsScreens: ModuleScreens = { board: projectBoard, timeline };
