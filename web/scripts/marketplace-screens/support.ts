import { avatar, badge, button, icons, stat, tabs, type Tone } from './ui';
import { screen, type ModuleScreens } from './shell';

const sections = [{ label: 'Unassigned', count: 7 }, { label: 'My tickets', count: 12 }, { label: 'All open', count: 48 }, { label: 'Waiting on customer', count: 9 }, { label: 'Saved replies' }, { label: 'Reports' }];

type Priority = 'urgent' | 'high' | 'normal' | 'low';

const priorityTone: Record<Priority, Tone> = { urgent: 'danger', high: 'warning', normal: 'primary', low: 'neutral' };

interface Ticket {
  id: number;
  subject: string;
  company: string;
  requester: string;
  priority: Priority;
  status: [string, Tone];
  /** Minutes until the SLA target; negative once breached, null while paused. */
  slaMinutes: number | null;
  slaKind: 'reply' | 'resolve';
  assignee: string | null;
}

const tickets: Ticket[] = [
  { id: 4821, subject: 'SMS reminders sent twice this morning', company: 'Greenleaf Pharmacy', requester: 'Tom Gallagher', priority: 'urgent', status: ['Open', 'primary'], slaMinutes: -12, slaKind: 'reply', assignee: 'Noah Becker' },
  { id: 4826, subject: 'Patients can’t book online since 08:00', company: 'Harbor Dental Group', requester: 'Daniel Okafor', priority: 'urgent', status: ['Open', 'primary'], slaMinutes: 18, slaKind: 'reply', assignee: null },
  { id: 4819, subject: 'Payment failed for our annual renewal', company: 'Kinetic Sports Lab', requester: 'Marco Bianchi', priority: 'high', status: ['Open', 'primary'], slaMinutes: 110, slaKind: 'reply', assignee: 'Sara Lindberg' },
  { id: 4815, subject: 'Invoice shows the wrong VAT number', company: 'Bergmann Dermatology', requester: 'Julia Brandt', priority: 'high', status: ['Open', 'primary'], slaMinutes: 125, slaKind: 'reply', assignee: null },
  { id: 4809, subject: 'Double bookings after Outlook calendar sync', company: 'Nordic Eye Centre', requester: 'Emma Nielsen', priority: 'high', status: ['In progress', 'accent'], slaMinutes: 220, slaKind: 'resolve', assignee: 'Sara Lindberg' },
  { id: 4824, subject: 'How do I add a second location?', company: 'Coastal Chiropractic', requester: 'Oliver Hughes', priority: 'normal', status: ['Open', 'primary'], slaMinutes: 390, slaKind: 'reply', assignee: 'Hugo Laurent' },
  { id: 4823, subject: 'Staff member can’t log in after password reset', company: 'Calmwater Therapy', requester: 'Priya Shah', priority: 'normal', status: ['Open', 'primary'], slaMinutes: 430, slaKind: 'reply', assignee: null },
  { id: 4802, subject: 'Export last year’s appointments to CSV', company: 'Meadow Vets', requester: 'Pieter de Vries', priority: 'normal', status: ['Waiting on customer', 'neutral'], slaMinutes: null, slaKind: 'resolve', assignee: 'Noah Becker' },
  { id: 4817, subject: 'Colour-code appointment types in the calendar', company: 'Studio Nord Yoga', requester: 'Chloé Martin', priority: 'low', status: ['Open', 'primary'], slaMinutes: 1_270, slaKind: 'reply', assignee: null },
  { id: 4825, subject: 'New logo on our booking page', company: 'Little Oaks Paediatrics', requester: 'Grace Whitfield', priority: 'low', status: ['Open', 'primary'], slaMinutes: 1_395, slaKind: 'reply', assignee: 'Hugo Laurent' },
  { id: 4811, subject: 'Add Dr. Aydin to the online booking page', company: 'Praxis am Park', requester: 'Lukas Meier', priority: 'low', status: ['In progress', 'accent'], slaMinutes: 2_860, slaKind: 'resolve', assignee: 'Noah Becker' },
];

function duration(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return hours === 0 ? `${rest} min` : `${hours} h ${String(rest).padStart(2, '0')} min`;
}

/** Red once breached, amber in the last two hours, green otherwise. */
function slaBadge(ticket: Ticket): string {
  if (ticket.slaMinutes === null) return badge(`${icons.clock}Paused`, 'neutral');
  if (ticket.slaMinutes < 0) return badge(`${icons.clock}Breached ${duration(-ticket.slaMinutes)} ago`, 'danger');
  const verb = ticket.slaKind === 'reply' ? 'Reply' : 'Resolve';
  return badge(`${icons.clock}${verb} in ${duration(ticket.slaMinutes)}`, ticket.slaMinutes <= 120 ? 'warning' : 'success');
}

function ticketQueue(): string {
  const rows = tickets
    .map(
      (ticket) => `<tr>
        <td><span class="checkbox"></span></td>
        <td><span class="priority priority-${ticket.priority}"></span>${badge(ticket.priority[0]!.toUpperCase() + ticket.priority.slice(1), priorityTone[ticket.priority])}</td>
        <td><b class="subject">${ticket.subject}</b><small class="muted block">#${ticket.id} · ${ticket.company}</small></td>
        <td><div class="person">${avatar(ticket.requester, 24)}<span>${ticket.requester}</span></div></td>
        <td>${badge(ticket.status[0], ticket.status[1])}</td>
        <td>${slaBadge(ticket)}</td>
        <td>${ticket.assignee ? `<div class="person">${avatar(ticket.assignee, 22)}<span>${ticket.assignee.split(' ')[0]}</span></div>` : '<span class="unassigned">Unassigned</span>'}</td>
      </tr>`,
    )
    .join('');
  return screen({
    module: 'support',
    sections,
    currentSection: 'All open',
    title: 'All open tickets',
    subtitle: 'Sorted by time left before the SLA target · Standard SLA policy',
    actions: `${button('Assign to me')}${button(`${icons.plus}New ticket`, 'primary')}`,
    body: `<div class="stats">
        ${stat('Open tickets', '48', '7 unassigned')}
        ${stat('Breached or due within 2 h', '4', '1 breached today', 'danger')}
        ${stat('First reply, median', '38 min', '▼ 12 min on last week', 'success')}
        ${stat('Customer satisfaction', '94%', '212 ratings in 30 days')}
      </div>
      <div class="toolbar">${tabs([
        { label: 'All', count: 48, current: true },
        { label: 'Urgent', count: 2 },
        { label: 'High', count: 9 },
        { label: 'Normal', count: 24 },
        { label: 'Low', count: 13 },
      ])}<div class="filters"><span class="chip">${icons.filter}Assignee: anyone</span><span class="chip">Mailbox: support@</span></div></div>
      <div class="card table-card"><div class="table-scroll"><table>
        <thead><tr><th style="width:30px"><span class="checkbox"></span></th><th>Priority</th><th>Subject</th><th>Requester</th><th>Status</th><th>SLA</th><th>Assignee</th></tr></thead>
        <tbody>${rows}</tbody>
      </table></div></div>`,
    css: `
      .toolbar .tabs { border-bottom: none; }
      td { padding: 6px 12px; } th { padding: 9px 12px; }
      .block { display: block; font-size: 11.5px; }
      .subject { font-weight: 600; }
      .priority { display: none; }
      .badge svg { width: 11px; height: 11px; }
      .unassigned { color: var(--color-subtle); font-style: italic; }
    `,
  });
}

function ticket(): string {
  const current = tickets.find((candidate) => candidate.id === 4809)!;
  const history = [
    ['#4688', 'Reminder e-mails land in spam', 'Solved · 12 Oct'],
    ['#4512', 'Add 4 optometrists to the booking page', 'Solved · 2 Sep'],
    ['#4390', 'Question about the annual invoice', 'Solved · 18 Jul'],
  ];
  return screen({
    module: 'support',
    sections,
    currentSection: 'My tickets',
    title: current.subject,
    subtitle: `#${current.id} · from ${current.requester}, ${current.company} · via support@kestrel-labs.eu`,
    actions: `${button('Merge')}${button('Solve', 'primary')}`,
    body: `<div class="ticket-layout">
      <div class="conversation card">
        <div class="message">
          ${avatar(current.requester, 34)}
          <div class="bubble"><div class="meta"><b>${current.requester}</b><span class="subtle">Today, 08:12</span></div>
            <p>Hi, since we connected our Outlook calendars on Friday, two patients were booked into the same slot with Dr. Holm three times this week. The appointments show in Kestrel but not in Outlook until about 20 minutes later.</p>
            <p>Can you check what is going on? We have a full clinic on Thursday.</p>
            <div class="attachment">${icons.clip}double-booking-thursday.png <span class="subtle">184 KB</span></div>
          </div>
        </div>
        <div class="message">
          ${avatar('Sara Lindberg', 34)}
          <div class="bubble"><div class="meta"><b>Sara Lindberg</b><span class="subtle">Today, 08:41</span>${badge('First reply · 29 min', 'success')}</div>
            <p>Hi Emma, thanks for the screenshot — I can see the two bookings on Thursday. I’m looking at your calendar sync settings now and will get back to you within the hour.</p>
          </div>
        </div>
        <div class="message note">
          ${avatar('Tobias Schmidt', 34)}
          <div class="bubble"><div class="meta"><b>Tobias Schmidt</b><span class="subtle">Today, 09:30</span>${badge('Internal note', 'warning')}</div>
            <p>Their sync runs every 30 min instead of on change: the Outlook connection was made with a shared mailbox, which has no push notifications. Reconnecting with Dr. Holm’s own account fixes it.</p>
          </div>
        </div>
        <div class="composer">
          <div class="composer-tabs"><span class="current">Reply</span><span>Internal note</span><span class="saved">Saved reply: <b>Calendar sync · reconnect account</b>${icons.chevronDown}</span></div>
          <div class="draft">Hi Emma,<br><br>We found the cause: your Outlook calendars are connected through a shared mailbox, which Outlook only syncs every 30 minutes. In <b>Settings → Calendars</b>, disconnect <i>bookings@nordiceye.dk</i> and connect each practitioner’s own account; new bookings then appear in Outlook within seconds.<br><br>I’ve checked Thursday: both double bookings are moved, and the patients have been told.</div>
          <div class="composer-foot"><span class="subtle">${icons.clip} Attach · Status after sending:</span><span class="chip">Waiting on customer ${icons.chevronDown}</span><span class="button button-primary">Send reply</span></div>
        </div>
      </div>
      <aside class="details">
        <div class="card"><div class="card-title">Ticket</div>
          <dl>
            <dt>Priority</dt><dd>${badge('High', 'warning')}</dd>
            <dt>SLA</dt><dd>${slaBadge(current)}</dd>
            <dt>Assignee</dt><dd><span class="person">${avatar('Sara Lindberg', 20)}Sara Lindberg</span></dd>
            <dt>Mailbox</dt><dd>support@</dd>
            <dt>Tags</dt><dd>${badge('calendar-sync')} ${badge('outlook')}</dd>
          </dl>
        </div>
        <div class="card"><div class="card-title">${current.company}</div>
          <div class="customer"><div class="person">${avatar(current.requester, 32)}<div><b>${current.requester}</b><small>CFO · emma.nielsen@nordiceye.dk</small></div></div>
            <div class="facts"><span>Plan</span><b>Clinic group · 38 seats</b><span>Customer since</span><b>March 2024</b><span>Open deal</span><b>€38,500 · Negotiation</b></div>
          </div>
        </div>
        <div class="card"><div class="card-title">Earlier tickets <small>7 in total</small></div>
          ${history.map(([id, subject, when]) => `<div class="history"><b>${subject}</b><small class="subtle">${id} · ${when}</small></div>`).join('')}
        </div>
      </aside>
    </div>`,
    css: `
      .page-header h1 { font-size: 19px; }
      .ticket-layout { display: grid; grid-template-columns: 1fr 300px; gap: 14px; flex: 1; min-height: 0; }
      .conversation { padding: 16px 18px; display: flex; flex-direction: column; gap: 14px; overflow: hidden; }
      .message { display: flex; gap: 12px; }
      .bubble { flex: 1; display: grid; gap: 6px; }
      .bubble p { color: #2a3046; line-height: 1.5; }
      .meta { display: flex; align-items: center; gap: 10px; }
      .meta .badge { font-size: 10.5px; }
      .note .bubble { background: #fff8ec; border: 1px solid #f6dfb8; border-radius: 8px; padding: 8px 12px; }
      .attachment { display: inline-flex; align-items: center; gap: 6px; border: 1px solid var(--color-border); border-radius: 7px; padding: 4px 10px; width: fit-content; font-weight: 600; font-size: 12px; }
      .composer { margin-top: auto; border: 1px solid var(--color-border-strong); border-radius: 10px; overflow: hidden; }
      .composer-tabs { display: flex; gap: 16px; padding: 8px 12px; background: #fafbfd; border-bottom: 1px solid var(--color-border); font-weight: 600; color: var(--color-muted); }
      .composer-tabs .current { color: var(--color-primary); }
      .composer-tabs .saved { margin-left: auto; display: inline-flex; align-items: center; gap: 4px; font-weight: 500; font-size: 12px; }
      .composer-tabs .saved b { color: var(--color-text); }
      .draft { padding: 10px 14px; line-height: 1.5; color: #2a3046; }
      .composer-foot { display: flex; justify-content: flex-end; align-items: center; gap: 10px; padding: 8px 12px; border-top: 1px solid var(--color-border); }
      .composer-foot .subtle { margin-right: auto; display: inline-flex; gap: 5px; align-items: center; }
      .details { display: flex; flex-direction: column; gap: 12px; }
      dl { display: grid; grid-template-columns: 80px 1fr; gap: 8px 10px; margin: 0; padding: 12px 16px; align-items: center; }
      dt { color: var(--color-muted); font-size: 12px; }
      dd { margin: 0; }
      dd .badge svg { width: 11px; height: 11px; }
      .customer { padding: 12px 16px; display: grid; gap: 10px; }
      .facts { display: grid; grid-template-columns: auto 1fr; gap: 4px 12px; font-size: 12.5px; }
      .facts span { color: var(--color-muted); }
      .facts b { font-weight: 600; text-align: right; }
      .history { padding: 7px 16px; border-bottom: 1px solid #f0f1f6; display: grid; }
      .history:last-child { border-bottom: none; }
      .history b { font-weight: 600; font-size: 12.5px; }
      .history small { font-size: 11.5px; }
    `,
  });
}

export const supportScreens: ModuleScreens = { 'ticket-queue': ticketQueue, ticket };
