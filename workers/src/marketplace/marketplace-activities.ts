import type { Mailer, MikroORM } from '@atrium/db';
import type { MarketplaceActivities } from '@atrium/workflows';
import { convertTrial } from './convert-trial';
import { activateModule, deactivateModule, type TemporalAccess } from './module-activation';
import { deprovisionModule, provisionModule, purgeModule } from './module-installation';
import { closeModuleTrial, startModuleTrial } from './module-trials';

export function createMarketplaceActivities({ orm, temporal, mailer }: { orm: MikroORM; temporal: TemporalAccess; mailer: Mailer }): MarketplaceActivities {
  return {
    startModuleTrial: startModuleTrial(orm, mailer),
    closeModuleTrial: closeModuleTrial(orm),
    provisionModule: provisionModule(orm, temporal),
    deprovisionModule: deprovisionModule(orm, mailer, temporal),
    purgeModule: purgeModule(orm, temporal),
    activateModule: activateModule(temporal),
    deactivateModule: deactivateModule(temporal),
    convertTrial: convertTrial(orm, temporal, mailer),
  };
}
