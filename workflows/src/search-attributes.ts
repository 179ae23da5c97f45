import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';

/** Let an operator find every workflow of one company in the Temporal UI. */
export const companyIdAttribute = defineSearchAttributeKey('AtriumCompanyId', SearchAttributeType.KEYWORD);
export const planAttribute = defineSearchAttributeKey('AtriumPlan', SearchAttributeType.KEYWORD);
export const statusAttribute = defineSearchAttributeKey('AtriumStatus', SearchAttributeType.KEYWORD);

export const atriumSearchAttributes = [companyIdAttribute, planAttribute, statusAttribute];
