import { abilityFor } from '#lib/permissions';
import type { LayoutLoad } from './$types';

// The ability is a class instance, so it is built here (on the server and in the browser)
// from the serialisable rules rather than sent over the wire.
export const load: LayoutLoad = ({ data }) => ({ ...data, ability: abilityFor(data.company.rules) });
