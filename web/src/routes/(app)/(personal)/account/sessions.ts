import type { RequestEvent } from '@sveltejs/kit';
import { callApi, type ApiResult } from '#lib/server/api';
import type { DeviceSession } from '#lib/types';

/** A better-auth session as `/api/auth/list-sessions` returns it; the token stays on the server. */
interface AuthSession {
  id: string;
  token: string;
  userAgent?: string | null;
  ipAddress?: string | null;
  createdAt: string;
  updatedAt: string;
}

type Listed = { ok: true; sessions: (AuthSession & { current: boolean })[]; setCookies: string[] } | Extract<ApiResult<never>, { ok: false }>;

/** The person's signed-in devices, the one they are using marked as current. */
export async function listSessions(event: RequestEvent): Promise<Listed> {
  const [list, current] = await Promise.all([
    callApi<AuthSession[]>(event, '/api/auth/list-sessions'),
    callApi<{ session: { id: string } } | null>(event, '/api/auth/get-session'),
  ]);
  if (!list.ok) return list;
  const currentId = current.ok ? current.data?.session.id : undefined;
  return {
    ok: true,
    sessions: list.data.map((session) => ({ ...session, current: session.id === currentId })),
    setCookies: [...list.setCookies, ...current.setCookies],
  };
}

export function toDeviceSession(session: AuthSession & { current: boolean }): DeviceSession {
  return {
    id: session.id,
    userAgent: session.userAgent ?? null,
    ipAddress: session.ipAddress ?? null,
    createdAt: session.createdAt,
    lastActiveAt: session.updatedAt,
    current: session.current,
  };
}
