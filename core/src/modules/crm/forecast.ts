/** A pipeline stage as provisioned (a `pipeline_stage` module setting). */
export interface StageDefinition {
  id: string;
  name: string;
  position: number;
  /** Percent chance that a deal in the stage is won. */
  probability: number;
}

export type DealStatus = 'open' | 'won' | 'lost';

/** A stage at 100 % is where deals are won, at 0 % where they are lost; the rest are open. */
export function dealStatusIn(stage: Pick<StageDefinition, 'probability'>): DealStatus {
  if (stage.probability >= 100) return 'won';
  if (stage.probability <= 0) return 'lost';
  return 'open';
}

export interface DealFigure {
  stageId: string;
  valueMinor: number;
}

export interface StageTotal {
  stageId: string;
  name: string;
  probability: number;
  deals: number;
  /** Sum of the deals' values, minor units. */
  totalMinor: number;
  /** Sum weighted by the stage probability, rounded to the minor unit. */
  weightedMinor: number;
}

export interface Forecast {
  stages: StageTotal[];
  /** Open deals weighted by their stage's probability, plus nothing for won or lost. */
  weightedOpenMinor: number;
  openMinor: number;
  wonMinor: number;
}

/** Totals per stage and the weighted forecast, in integer minor units (rounded per stage). */
export function pipelineForecast(stages: readonly StageDefinition[], deals: readonly DealFigure[]): Forecast {
  const ordered = [...stages].sort((a, b) => a.position - b.position);
  const totals = ordered.map((stage) => {
    const inStage = deals.filter((deal) => deal.stageId === stage.id);
    const totalMinor = inStage.reduce((sum, deal) => sum + deal.valueMinor, 0);
    return { stageId: stage.id, name: stage.name, probability: stage.probability, deals: inStage.length, totalMinor, weightedMinor: Math.round((totalMinor * stage.probability) / 100) };
  });
  const byStatus = (status: DealStatus) => totals.filter((total) => dealStatusIn(total) === status);
  return {
    stages: totals,
    weightedOpenMinor: byStatus('open').reduce((sum, total) => sum + total.weightedMinor, 0),
    openMinor: byStatus('open').reduce((sum, total) => sum + total.totalMinor, 0),
    wonMinor: byStatus('won').reduce((sum, total) => sum + total.totalMinor, 0),
  };
}
