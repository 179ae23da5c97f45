import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';

// Settings has no page of its own: the profile is where it starts.
export const load: PageServerLoad = ({ params }) => redirect(307, `/${params.company}/settings/profile`);
