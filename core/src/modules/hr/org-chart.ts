export interface OrgChartPerson {
  id: string;
  managerId: string | null;
  name: string;
}

export type OrgChartNode<TPerson extends OrgChartPerson> = TPerson & { reports: OrgChartNode<TPerson>[] };

/**
 * The company as a tree: people without a manager (or whose manager is not on file) at the
 * top, each with their direct reports sorted by name. Nobody is left out: should managers
 * ever point at each other in a loop, the first of the loop is put at the top.
 */
export function buildOrgChart<TPerson extends OrgChartPerson>(people: readonly TPerson[]): OrgChartNode<TPerson>[] {
  const nodes = new Map(people.map((person) => [person.id, { ...person, reports: [] as OrgChartNode<TPerson>[] }]));
  const byName = (a: OrgChartNode<TPerson>, b: OrgChartNode<TPerson>) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id);
  const roots: OrgChartNode<TPerson>[] = [];
  for (const node of nodes.values()) {
    const manager = node.managerId && node.managerId !== node.id ? nodes.get(node.managerId) : undefined;
    if (manager) manager.reports.push(node);
    else roots.push(node);
  }
  const placed = new Set<string>();
  const visit = (node: OrgChartNode<TPerson>) => {
    placed.add(node.id);
    node.reports.sort(byName);
    for (const report of node.reports) visit(report);
  };
  roots.sort(byName).forEach(visit);
  for (const node of [...nodes.values()].sort(byName)) {
    if (placed.has(node.id)) continue;
    // A loop: detach this person from their manager's reports and put them at the top.
    const manager = nodes.get(node.managerId!);
    if (manager) manager.reports = manager.reports.filter((report) => report.id !== node.id);
    roots.push(node);
    visit(node);
  }
  return roots;
}

/** True when making `managerId` the manager of `employeeId` would close a loop (someone managing their own manager). */
export function wouldCreateManagementLoop(people: readonly Pick<OrgChartPerson, 'id' | 'managerId'>[], employeeId: string, managerId: string | null): boolean {
  if (managerId === null) return false;
  const managerOf = new Map(people.map((person) => [person.id, person.managerId]));
  for (let current: string | null | undefined = managerId, steps = 0; current && steps <= people.length; current = managerOf.get(current), steps += 1) {
    if (current === employeeId) return true;
  }
  return false;
}
