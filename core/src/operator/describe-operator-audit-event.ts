/** What an operator did, as one sentence for the operator audit log. */
export function describeOperatorAuditEvent({ action, target, details }: { action: string; target: string; details: Record<string, unknown> }): string {
  const quoted = (value: unknown) => `“${String(value)}”`;
  switch (action) {
    case 'operator.signed_in':
      return 'Signed in.';
    case 'operator.sign_in_refused':
      return `A sign-in as ${target} was refused (${String(details.reason ?? 'wrong credentials')}).`;
    case 'operator.enrolled':
      return 'Enrolled two-factor sign-in and replaced the one-time password.';
    case 'operator.signed_out':
      return 'Signed out.';
    case 'companies.searched':
      return details.q ? `Searched companies for ${quoted(details.q)}.` : 'Listed companies.';
    case 'company.viewed':
      return `Viewed the account of ${target}.`;
    case 'company.billing_viewed':
      return `Viewed the billing timeline of ${target}.`;
    case 'help.category_created':
      return `Created the help category ${quoted(target)}.`;
    case 'help.article_created':
      return `Wrote the article ${quoted(target)}${details.status === 'published' ? ' and published it' : ' as a draft'}.`;
    case 'help.article_updated': {
      const fields = Array.isArray(details.fields) ? details.fields.join(', ') : 'details';
      return `Changed the article ${quoted(target)} (${fields})${details.published ? '; published it' : details.unpublished ? '; took it back to draft' : ''}.`;
    }
    case 'module_update.created':
      return `Wrote the ${String(details.moduleName ?? 'module')} update ${quoted(target)} as a draft.`;
    case 'module_update.changed': {
      const fields = Array.isArray(details.fields) ? details.fields.join(', ') : 'details';
      return `Changed the draft update ${quoted(target)} (${fields}).`;
    }
    case 'module_update.published':
      return `Published the ${String(details.moduleName ?? 'module')} update ${quoted(target)} to the companies that have it.`;
    case 'module_update.resent':
      return `Sent the ${String(details.moduleName ?? 'module')} update ${quoted(target)} again: ${String(details.notified ?? 0)} of ${String(details.companies ?? 0)} companies had not had it.`;
    case 'tickets.listed':
      return `Opened the support inbox${details.status ? ` (${String(details.status)})` : ''}${details.assigned && details.assigned !== 'all' ? `, ${String(details.assigned)}` : ''}.`;
    case 'ticket.viewed':
      return `Read the ticket ${quoted(target)}.`;
    case 'ticket.replied':
      return `Answered the ticket ${quoted(target)}.`;
    case 'ticket.status_changed':
      return `Set the ticket ${quoted(target)} from ${String(details.from)} to ${String(details.to)}.`;
    case 'ticket.assigned':
      return details.to ? `Assigned the ticket ${quoted(target)} to ${String(details.to)}.` : `Unassigned the ticket ${quoted(target)}.`;
    case 'ticket.attachment_viewed':
      return `Opened the attachment ${quoted(target)} of a ticket.`;
    default: {
      const words = action.replace(/[._]/g, ' ');
      return `${words.charAt(0).toUpperCase()}${words.slice(1)}${target ? `: ${target}` : ''}.`;
    }
  }
}
