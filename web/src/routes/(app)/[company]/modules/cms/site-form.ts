import { cmsSiteInput } from '@atrium/core';

/** The new-site form: a name and an address; the site starts in English (languages are set on the site's page). */
export const newSiteForm = cmsSiteInput.omit({ languages: true });
