import { describe, expect, it } from 'vitest';
import { moduleKeys } from './catalog';
import { moduleDefaultSettings } from './default-settings';
import { moduleDefaults, ticketPriorities } from './module-defaults';

describe('the defaults a module is provisioned with', () => {
  it('a CRM pipeline runs from Lead to Won and Lost, more likely to close at each stage', () => {
    const stages = moduleDefaults.crm.pipelineStages;
    expect(stages.map((stage) => stage.name)).toEqual(['Lead', 'Qualified', 'Proposal', 'Negotiation', 'Won', 'Lost']);
    const open = stages.slice(0, -2).map((stage) => stage.probability);
    expect(open).toEqual([...open].sort((a, b) => a - b));
    expect(stages.at(-2)?.probability).toBe(100);
    expect(stages.at(-1)?.probability).toBe(0);
  });

  it('a support SLA answers and resolves higher priorities sooner, and answers before it resolves', () => {
    const targets = ticketPriorities.map((priority) => moduleDefaults.support.slaPolicy.targets[priority]);
    for (const [index, target] of targets.entries()) {
      expect(target.firstResponseHours).toBeLessThan(target.resolutionHours);
      const lower = targets[index + 1];
      if (lower) {
        expect(target.firstResponseHours).toBeLessThanOrEqual(lower.firstResponseHours);
        expect(target.resolutionHours).toBeLessThanOrEqual(lower.resolutionHours);
      }
    }
  });

  it('provisioning writes each default once: names are unique within their kind', () => {
    for (const module of moduleKeys) {
      const settings = moduleDefaultSettings(module);
      expect(settings.length, module).toBeGreaterThan(0);
      const keys = settings.map((setting) => `${setting.kind}:${setting.name}`);
      expect(new Set(keys).size, module).toBe(keys.length);
    }
  });

  it('provisioning writes the SLA targets and project tasks the marketplace shows', () => {
    expect(moduleDefaultSettings('support')).toEqual([{ kind: 'sla_policy', name: 'Standard', data: moduleDefaults.support.slaPolicy.targets }]);
    expect(moduleDefaultSettings('projects')[0]?.data.tasks).toEqual(moduleDefaults.projects.projectTemplate.tasks);
    expect(moduleDefaultSettings('analytics').map((setting) => setting.name)).toEqual(['Overview', 'Revenue and spend', 'Team and service']);
  });
});
