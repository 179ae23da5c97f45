import type { ModuleKey } from '../catalog';
import { analyticsKit } from '../analytics/analytics-kit';
import { crmKit } from '../crm/crm-kit';
import { financeKit } from '../finance/finance-kit';
import { hrKit } from '../hr/hr-kit';
import { supportKit } from '../support/support-kit';
import { cmsKit } from '../cms/cms-kit';
import { projectsKit } from '../projects/projects-kit';
import type { ModuleKit } from './module-kit';

/** Modules built with the kit; the others have only their landing, setup steps and settings. */
export const moduleKits: Partial<Record<ModuleKey, ModuleKit>> = { crm: crmKit, hr: hrKit, finance: financeKit, projects: projectsKit, support: supportKit, cms: cmsKit, analytics: analyticsKit };
