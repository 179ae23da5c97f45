import type { Mailer } from '@atrium/db';
import { invitationValidDays } from './invitation-token';

export async function sendInvitationMail(
  mailer: Mailer,
  invitation: { email: string; role: string; token: string; companyName: string; inviterName: string; publicUrl: string },
): Promise<void> {
  const link = `${invitation.publicUrl}/invite/${invitation.token}`;
  await mailer.send({
    to: invitation.email,
    subject: `${invitation.inviterName} invited you to ${invitation.companyName} on Atrium`,
    text: [
      `Hello,`,
      ``,
      `${invitation.inviterName} invited you to join ${invitation.companyName} on Atrium as ${invitation.role}.`,
      `Accept the invitation here (the link works once, for ${invitationValidDays} days):`,
      ``,
      link,
      ``,
      `If you did not expect this, you can ignore this mail.`,
    ].join('\n'),
  });
}
