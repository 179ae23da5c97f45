import type { MikroORM } from '@atrium/db';
import type { MarketplaceActivities } from '@atrium/workflows';
import { convertTrial } from './convert-trial';
import { activateModule, deactivateModule, type TemporalAccess } from './module-activation';
import { deprovisionModule, provisionModule, purgeModule } from './module-installation';
import { closeModuleTrial, startModuleTrial } from './module-trials';

export function createMarketplaceActivities({ orm, temporal }: { orm: MikroORM; temporal: TemporalAccess }): MarketplaceActivities {
  return {
    startModuleTrial: startModuleTrial(orm),
    closeModuleTrial: closeModuleTrial(orm),
    provisionModule: provisionModule(orm),
    deprovisionModule: deprovisionModule(orm),
    purgeModule: purgeModule(orm),
    activateModule: activateModule(temporal),
    deactivateModule: deactivateModule(temporal),
    convertTrial: convertTrial(orm, temporal),
  };
}
