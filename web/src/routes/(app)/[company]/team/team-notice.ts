/**
 * What a team action tells the page: which part of it the message belongs to (the invite
 * form, one member's row, one invitation, or the team as a whole) and how it went.
 */
export interface TeamNotice {
  scope: 'invite' | 'member' | 'invitation' | 'team';
  /** The member or invitation the message is about. */
  id?: string;
  tone: 'success' | 'error';
  message: string;
}
