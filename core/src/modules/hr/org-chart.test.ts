import { describe, expect, it } from 'vitest';
import { buildOrgChart, wouldCreateManagementLoop } from './org-chart';

const people = [
  { id: 'ceo', managerId: null, name: 'Ada' },
  { id: 'cto', managerId: 'ceo', name: 'Grace' },
  { id: 'dev2', managerId: 'cto', name: 'Linus' },
  { id: 'dev1', managerId: 'cto', name: 'Ken' },
  { id: 'cfo', managerId: 'ceo', name: 'Emmy' },
  { id: 'orphan', managerId: 'gone', name: 'Zed' },
];
const names = (nodes: ReturnType<typeof buildOrgChart>): unknown => nodes.map((node) => (node.reports.length ? { [node.name]: names(node.reports) } : node.name));

describe('the org chart', () => {
  it('puts people under their managers, sorted by name; someone whose manager left is at the top', () => {
    expect(names(buildOrgChart(people))).toEqual([{ Ada: ['Emmy', { Grace: ['Ken', 'Linus'] }] }, 'Zed']);
  });

  it('leaves nobody out when managers point at each other', () => {
    const loop = [
      { id: 'a', managerId: 'b', name: 'A' },
      { id: 'b', managerId: 'a', name: 'B' },
    ];
    expect(names(buildOrgChart(loop))).toEqual([{ A: ['B'] }]);
  });

  it('refuses a manager who reports, directly or not, to the employee', () => {
    expect(wouldCreateManagementLoop(people, 'cto', 'dev1')).toBe(true);
    expect(wouldCreateManagementLoop(people, 'ceo', 'dev2')).toBe(true);
    expect(wouldCreateManagementLoop(people, 'cto', 'cto')).toBe(true);
    expect(wouldCreateManagementLoop(people, 'dev1', 'cfo')).toBe(false);
    expect(wouldCreateManagementLoop(people, 'dev1', null)).toBe(false);
  });
});
