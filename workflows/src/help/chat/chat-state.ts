import type { ChatPhase, ChatProgress } from './messages';

/** A chat's state as the workflow sees it, free of Temporal. */
export class ChatState {
  phase: ChatPhase = 'waiting';
  ticketId: string | null = null;
  operatorOnline: boolean | null = null;

  get waiting(): boolean {
    return this.phase === 'waiting';
  }

  get ended(): boolean {
    return this.phase === 'ended' || this.phase === 'ticketed';
  }

  get progress(): ChatProgress {
    return { phase: this.phase, ticketId: this.ticketId, operatorOnline: this.operatorOnline };
  }

  answered(): void {
    if (this.phase === 'waiting') this.phase = 'answered';
  }

  end(): void {
    if (this.phase !== 'ticketed') this.phase = 'ended';
  }

  ticketed(ticketId: string): void {
    this.phase = 'ticketed';
    this.ticketId = ticketId;
  }
}
